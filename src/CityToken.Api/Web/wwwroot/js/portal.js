// CityToken resident portal: an EIP-1193 wallet (window.ethereum), the public read API, and Sign-In with
// Ethereum (EIP-4361) against /api/auth/siwe/*. The resident's key never leaves the wallet.
// portal-ballots.js and portal-redeem.js build on window.CityTokenPortal and the "portal:loaded" / "portal:signedin"
// events this file dispatches on #portal.
(function () {
  "use strict";

  const root = document.getElementById("portal");
  if (!root) return;
  const expectedChainId = Number(root.dataset.chainId);
  const el = (id) => document.getElementById(id);
  const USER_REJECTED = 4001;
  const UNRECOGNIZED_CHAIN = 4902;
  let account = null; // EIP-55 address as the service writes it
  let historyCursor = null;
  // Shared with the other portal scripts: the resident as last loaded, the balance in base units, the session.
  const state = { account: null, info: null, balance: null, token: null, signedIn: false };

  const POLL_MS = 1000;
  const POLL_LIMIT = 120;

  // Writes a message into a notice box (hidden when empty); kind: "error", "ok" or none (information).
  function notice(box, message, kind) {
    box.hidden = !message;
    box.textContent = message || "";
    box.className = "notice" + (kind ? " " + kind : "");
    box.dataset.kind = kind || "info";
  }

  const show = (message, kind) => notice(el("portal-message"), message, kind);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // Follows a relayed request's status URL (once a second, two minutes at most) until the chain refused it or
  // settled(body) resolves true: { result: "failed" | "settled" | "pending", body }.
  async function followStatus(url, settled) {
    for (let i = 0; i < POLL_LIMIT; i++) {
      await sleep(POLL_MS);
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) continue;
      const body = await response.json();
      if (body.status === "reverted" || body.status === "failed") return { result: "failed", body };
      if (await settled(body)) return { result: "settled", body };
    }
    return { result: "pending", body: null };
  }

  const wallets = window.CityTokenWallets;
  const watched = new WeakSet(); // providers whose account and chain changes the portal follows

  // The wallet the resident uses (EIP-6963 choice, else window.ethereum; see wallets.js), followed for changes.
  function wallet() {
    const provider = wallets.current();
    if (provider && typeof provider.on === "function" && !watched.has(provider)) {
      watched.add(provider);
      provider.on("accountsChanged", (accounts) => (accounts && accounts.length ? load(accounts[0]) : window.location.reload()));
      provider.on("chainChanged", () => connect());
    }
    return provider;
  }

  // Several wallets announced themselves (EIP-6963): one button each, the resident picks.
  function offerChoice() {
    const list = el("wallet-list");
    list.replaceChildren();
    for (const { info } of wallets.list()) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "secondary wallet-choice";
      button.dataset.uuid = info.uuid;
      if (info.icon) {
        const icon = document.createElement("img");
        icon.src = info.icon;
        icon.alt = "";
        icon.width = 24;
        icon.height = 24;
        button.appendChild(icon);
      }
      button.appendChild(document.createTextNode(info.name));
      button.addEventListener("click", () => {
        wallets.choose(info.uuid);
        el("wallet-chooser").hidden = true;
        connect();
      });
      list.appendChild(button);
    }
    el("wallet-chooser").hidden = false;
    show("");
  }

  async function problemText(response) {
    try {
      const body = await response.json();
      const errors = body.errors ? Object.values(body.errors).flat().join(" ") : "";
      return [body.title, body.detail, errors].filter(Boolean).join(" ");
    } catch {
      return `HTTP ${response.status}`;
    }
  }

  async function chainOk(provider) {
    const chainId = Number.parseInt(await provider.request({ method: "eth_chainId" }), 16);
    if (chainId !== expectedChainId) {
      show(`Your wallet is on chain ${chainId}, but CityToken runs on chain ${expectedChainId}. Switch your wallet's network to continue.`, "error");
      el("switch-chain").hidden = false;
      el("sign-in").hidden = true;
      return false;
    }
    el("switch-chain").hidden = true;
    return true;
  }

  async function connect() {
    if (wallets.needsChoice()) {
      offerChoice();
      return;
    }
    const provider = wallet();
    if (!provider) {
      show("No Ethereum wallet was found in this browser. Install a wallet extension (or open this page in your wallet's browser), then reload.", "error");
      return;
    }
    let accounts;
    try {
      accounts = await provider.request({ method: "eth_requestAccounts" });
    } catch (error) {
      show(error && error.code === USER_REJECTED ? "You declined to connect your wallet. Nothing was shared." : `The wallet could not connect: ${error && error.message}`, "error");
      return;
    }
    if (!accounts || accounts.length === 0) {
      show("Your wallet shared no account. Unlock it and try again.", "error");
      return;
    }
    if (!(await chainOk(provider))) return;
    await load(accounts[0]);
  }

  async function load(address) {
    const loading = "Loading your account…";
    show(loading);
    const resident = await fetch(`/api/residents/${encodeURIComponent(address)}`);
    if (!resident.ok) {
      show(`Your account could not be read: ${await problemText(resident)}`, "error");
      return;
    }
    const info = await resident.json();
    if (state.account && state.account !== info.address) {
      // Another account of the wallet: the earlier session is not this one's.
      state.signedIn = false;
      el("signed-in").hidden = true;
    }
    account = info.address;
    state.account = account;
    state.info = info;
    el("account").hidden = false;
    el("address").textContent = account;
    el("did").textContent = info.did;
    el("sign-in").hidden = state.signedIn;
    el("connect").textContent = "Refresh";
    el("watch-asset").hidden = !root.dataset.tokenAddress;

    renderCredentials(info.credentials || []);
    await refreshAccount();
    await loadDid(info.did);
    // Clear our own note only: a message the user caused meanwhile (a sign-in they rejected, say) stays.
    if (el("portal-message").textContent === loading) show("");
    await restoreSession();
    root.dispatchEvent(new CustomEvent("portal:loaded", { detail: info }));
  }

  // Balance and history again from the start (after a redemption moved tokens, say).
  async function refreshAccount() {
    await loadBalance();
    el("history").replaceChildren();
    historyCursor = null;
    await loadHistory();
  }

  async function loadBalance() {
    const balance = await fetch(`/api/residents/${account}/balance`);
    if (balance.ok) {
      const b = await balance.json();
      state.balance = BigInt(b.balance);
      state.token = { symbol: b.symbol, decimals: b.decimals };
      el("balance").textContent = window.CityTokenAmounts.amount(b.balance, b.decimals);
      el("balance-label").textContent = `${b.symbol} balance`;
    } else {
      state.balance = null;
      el("balance").textContent = "unavailable";
      el("balance-label").textContent = await problemText(balance);
    }
  }

  // The resident's credentials from the index: what they are, whether they count today, who vouched for them.
  function renderCredentials(credentials) {
    const body = el("credentials");
    body.replaceChildren();
    for (const c of credentials) {
      const tr = document.createElement("tr");
      tr.dataset.credential = String(c.id);
      const name = c.typeName ? `${c.typeName} credential` : `credential ${c.type.slice(0, 10)}…`;
      const status = c.status + (c.revocationReason === "superseded" ? " (replaced by a newer one)" : "");
      const until = c.revokedAt ? `revoked ${new Date(c.revokedAt).toLocaleDateString()}` : new Date(c.expiresAt).toLocaleDateString();
      [name, status, new Date(c.issuedAt).toLocaleDateString(), until, c.issuer].forEach((value, i) => {
        const td = document.createElement("td");
        if (i === 1) {
          const badge = document.createElement("span");
          badge.className = `status status-${c.status === "valid" ? "confirmed" : c.status === "pending" ? "queued" : "failed"}`;
          badge.textContent = status;
          td.appendChild(badge);
        } else {
          td.textContent = value;
          if (i === 4) td.className = "mono";
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    el("credentials-empty").hidden = credentials.length > 0;
    el("credentials-wrap").hidden = credentials.length === 0;
  }

  // A session cookie from an earlier sign-in on this browser counts when it belongs to the connected account.
  async function restoreSession() {
    if (state.signedIn) return;
    const me = await fetch("/api/auth/me", { credentials: "same-origin" });
    if (!me.ok) return;
    const who = await me.json();
    if (who.kind === "resident" && who.address && who.address.toLowerCase() === account.toLowerCase()) markSignedIn();
  }

  function markSignedIn() {
    state.signedIn = true;
    el("signed-in").hidden = false;
    el("signed-in").textContent = `Signed in as ${account}.`;
    el("sign-in").hidden = true;
    root.dispatchEvent(new CustomEvent("portal:signedin", { detail: { address: account } }));
  }

  async function loadHistory() {
    const url = `/api/residents/${account}/history?limit=20` + (historyCursor ? `&cursor=${encodeURIComponent(historyCursor)}` : "");
    const response = await fetch(url);
    if (!response.ok) {
      show(`Your history could not be read: ${await problemText(response)}`, "error");
      return;
    }
    const page = await response.json();
    const body = el("history");
    for (const entry of page.items) {
      const tr = document.createElement("tr");
      tr.dataset.kind = entry.kind;
      const sign = entry.direction === "out" ? "−" : "+";
      const cells = [new Date(entry.time).toLocaleString(), entry.kind, `${sign}${window.CityTokenAmounts.amount(entry.amount)}`, entry.for ?? "", entry.transactionHash];
      cells.forEach((value, i) => {
        const td = document.createElement("td");
        if (i === 4) {
          // Shortened for small screens; the full hash is in the title and for screen readers.
          td.className = "mono";
          td.title = value;
          td.setAttribute("aria-label", value);
          td.textContent = `${value.slice(0, 10)}…${value.slice(-6)}`;
        } else {
          td.textContent = value;
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    historyCursor = page.nextCursor;
    const empty = body.children.length === 0;
    el("history-empty").hidden = !empty;
    el("history-wrap").hidden = empty;
    el("history-more").hidden = !historyCursor;
  }

  async function loadDid(did) {
    const response = await fetch(`/1.0/identifiers/${encodeURIComponent(did)}`, { headers: { Accept: "application/did+ld+json" } });
    const text = await response.text();
    let pretty = text;
    try {
      pretty = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      /* shown as received */
    }
    el("did-document").textContent = response.ok ? pretty : `The DID could not be resolved (HTTP ${response.status}).\n${pretty}`;
    let parsed = null;
    try {
      parsed = response.ok ? JSON.parse(text) : null;
    } catch {
      /* no summary for a document that is not JSON; the raw text stays */
    }
    renderDidSummary(parsed && parsed.didDocument ? parsed.didDocument : parsed);
  }

  // Texts of the DID summary in one place, for the localization to come.
  const DID_TEXT = {
    unresolved: "The DID could not be read right now; the raw answer is below.",
    deactivated: "This DID is deactivated: no key may sign for it any more.",
    controller: "Controlled by",
    yourWallet: "your wallet",
    anotherAccount: "another account, not this wallet",
    keys: "Keys that may sign for it",
    services: "Services",
    none: "none",
    authentication: "signs you in",
    assertion: "signs statements",
  };

  // A plain summary of a DID document (controller, keys, services); the JSON stays behind the "details" toggle.
  function renderDidSummary(doc) {
    const list = el("did-summary");
    list.replaceChildren();
    const add = (term, content) => {
      const dt = document.createElement("dt");
      dt.textContent = term;
      const dd = document.createElement("dd");
      if (typeof content === "string") dd.textContent = content;
      else dd.appendChild(content);
      list.append(dt, dd);
    };
    const items = (values) => {
      if (values.length === 0) return DID_TEXT.none;
      const ul = document.createElement("ul");
      for (const value of values) {
        const li = document.createElement("li");
        li.textContent = value;
        ul.appendChild(li);
      }
      return ul;
    };
    if (!doc || typeof doc !== "object") {
      add(DID_TEXT.controller, DID_TEXT.unresolved);
      return;
    }
    const methods = Array.isArray(doc.verificationMethod) ? doc.verificationMethod : [];
    if (methods.length === 0) {
      add(DID_TEXT.controller, DID_TEXT.deactivated);
      return;
    }
    const fragment = (id) => String(id || "").split("#").pop();
    const short = (value) => (value.length > 20 ? `${value.slice(0, 10)}…${value.slice(-6)}` : value);
    const controllerMethod = methods.find((m) => fragment(m.id) === "controller") || methods[0];
    const controller = String(controllerMethod.blockchainAccountId || "").split(":").pop();
    if (controller) {
      const own = account && controller.toLowerCase() === account.toLowerCase();
      add(DID_TEXT.controller, `${controller} (${own ? DID_TEXT.yourWallet : DID_TEXT.anotherAccount})`);
    }
    const refs = (name) => (Array.isArray(doc[name]) ? doc[name].map((r) => (typeof r === "string" ? r : r && r.id)) : []);
    const authentication = refs("authentication");
    const assertion = refs("assertionMethod");
    add(DID_TEXT.keys, items(methods.map((m) => {
      const material = m.blockchainAccountId ? m.blockchainAccountId.split(":").pop() : m.publicKeyHex || m.publicKeyBase58 || m.publicKeyMultibase || "";
      const uses = [authentication.includes(m.id) ? DID_TEXT.authentication : "", assertion.includes(m.id) ? DID_TEXT.assertion : ""].filter(Boolean);
      return `${fragment(m.id)}: ${m.type}${material ? `, ${short(String(material))}` : ""}${uses.length ? ` (${uses.join(", ")})` : ""}`;
    })));
    const services = Array.isArray(doc.service) ? doc.service : [];
    add(DID_TEXT.services, items(services.map((s) => `${s.type}: ${typeof s.serviceEndpoint === "string" ? s.serviceEndpoint : JSON.stringify(s.serviceEndpoint)}`)));
  }

  async function switchChain() {
    const provider = wallet();
    if (!provider) return;
    try {
      await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: "0x" + expectedChainId.toString(16) }] });
      // The wallet announces the new chain (chainChanged), which connects again.
      show("");
    } catch (error) {
      if (error && error.code === USER_REJECTED) {
        show("You declined to switch networks. CityToken only works on its own chain.", "error");
      } else if (error && error.code === UNRECOGNIZED_CHAIN) {
        await addChain(provider);
      } else {
        show(`The wallet could not switch networks: ${error && error.message}`, "error");
      }
    }
  }

  // The wallet lacks the chain (4902): offer to add it (EIP-3085) with what the service's configuration says.
  async function addChain(provider) {
    const rpcUrl = root.dataset.rpcUrl;
    if (!rpcUrl) {
      show(`Your wallet does not know chain ${expectedChainId}, and this server names no public node to add. Ask the city for the network's details.`, "error");
      return;
    }
    const chainId = "0x" + expectedChainId.toString(16);
    try {
      await provider.request({
        method: "wallet_addEthereumChain",
        params: [{ chainId, chainName: root.dataset.chainName, rpcUrls: [rpcUrl], nativeCurrency: { name: root.dataset.currencyName, symbol: root.dataset.currencySymbol, decimals: 18 } }],
      });
      // Most wallets switch to a chain they just added; those that do not are asked once more.
      if (Number.parseInt(await provider.request({ method: "eth_chainId" }), 16) !== expectedChainId) {
        await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
      }
      show("");
    } catch (error) {
      show(error && error.code === USER_REJECTED ? "You declined to add the city's network to your wallet. CityToken only works on its own chain." : `The wallet could not add the network: ${error && error.message}`, "error");
    }
  }

  // EIP-747: the wallet offers to list the city's token, so the resident sees the balance there too.
  async function watchAsset() {
    const provider = wallet();
    if (!provider || !root.dataset.tokenAddress) return;
    if (!state.token) {
      show("The token's details could not be read; try again in a moment.", "error");
      return;
    }
    const { symbol, decimals } = state.token;
    try {
      const added = await provider.request({ method: "wallet_watchAsset", params: { type: "ERC20", options: { address: root.dataset.tokenAddress, symbol, decimals } } });
      show(added === false ? "The token was not added to your wallet." : `${symbol} is now listed in your wallet.`, added === false ? "error" : "ok");
    } catch (error) {
      show(error && error.code === USER_REJECTED ? "You declined to add the token to your wallet." : `The wallet could not add the token: ${error && error.message}`, "error");
    }
  }

  function utf8Hex(text) {
    return "0x" + Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  // EIP-4361 message for this site, this account, this chain and the server's nonce.
  function siweMessage(nonce, chainId) {
    const issuedAt = new Date();
    const expires = new Date(issuedAt.getTime() + 10 * 60 * 1000);
    return [
      `${window.location.host} wants you to sign in with your Ethereum account:`,
      account,
      "",
      "Sign in to CityToken to see and use your civic rewards.",
      "",
      `URI: ${window.location.origin}`,
      "Version: 1",
      `Chain ID: ${chainId}`,
      `Nonce: ${nonce}`,
      `Issued At: ${issuedAt.toISOString()}`,
      `Expiration Time: ${expires.toISOString()}`,
    ].join("\n");
  }

  async function signIn() {
    const provider = wallet();
    if (!provider || !account) return;
    if (!(await chainOk(provider))) return;
    const nonceResponse = await fetch("/api/auth/siwe/nonce", { credentials: "same-origin" });
    if (nonceResponse.status === 404) {
      show("Sign-in with Ethereum is not available on this server yet. Your balance and history stay visible without it.", "error");
      return;
    }
    if (!nonceResponse.ok) {
      show(`Sign-in could not start: ${await problemText(nonceResponse)}`, "error");
      return;
    }
    const { nonce } = await nonceResponse.json();
    const message = siweMessage(nonce, expectedChainId);
    let signature;
    try {
      signature = await provider.request({ method: "personal_sign", params: [utf8Hex(message), account] });
    } catch (error) {
      show(error && error.code === USER_REJECTED ? "You rejected the signature request, so you are not signed in." : `The wallet could not sign: ${error && error.message}`, "error");
      return;
    }
    const verify = await fetch("/api/auth/siwe/verify", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ message, signature }),
    });
    if (!verify.ok) {
      show(`Sign-in was refused: ${await problemText(verify)}`, "error");
      return;
    }
    markSignedIn();
    // Signed in, the history also counts the civic actions behind each reward (private, not in the public answer).
    el("history").replaceChildren();
    historyCursor = null;
    await loadHistory();
    show("You are signed in.", "ok");
  }

  window.CityTokenPortal = { root, el, state, show, notice, followStatus, wallet, problemText, chainOk, refreshAccount, utf8Hex, USER_REJECTED };

  el("connect").addEventListener("click", connect);
  el("switch-chain").addEventListener("click", switchChain);
  el("sign-in").addEventListener("click", signIn);
  el("history-more").addEventListener("click", loadHistory);
  el("watch-asset").addEventListener("click", watchAsset);

  if (!wallets.any()) {
    show("No Ethereum wallet was found in this browser. You need one (e.g. a wallet extension) to see your rewards.", "error");
  }
})();
