// CityToken resident portal, catalog and redemptions: the wallet signs (eth_signTypedData_v4) an ERC-2612 permit for
// the exact price and the choice itself (reward, quantity, price, deadline: the catalog checks it on chain, so no relayer
// can redeem something else with the permit); the service relays redeemWithPermit (no gas for the resident), and the
// voucher code the service issues is shown to the resident's own signed-in session only.
(function () {
  "use strict";

  const P = window.CityTokenPortal;
  const A = window.CityTokenAmounts;
  if (!P) return;
  const { el, state } = P;
  let catalog = [];

  const say = (message, kind) => P.notice(el("catalog-status"), message, kind);
  const nameOf = (rewardId) => (catalog.find((r) => r.id === rewardId) || {}).name || `Reward ${rewardId}`;

  // The voucher as a QR code for the merchant page's camera; drawn by the service (QRCoder), the code stays as text.
  async function showVoucherQr(code) {
    const image = el("voucher-qr");
    image.hidden = true;
    const qr = await fetch("/api/vouchers/qr", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ code }) });
    if (!qr.ok) return; // the code below still works when typed
    image.src = "data:image/svg+xml;base64," + btoa(await qr.text());
    image.hidden = false;
  }

  async function loadCatalog() {
    el("catalog-section").hidden = false;
    const response = await fetch("/api/catalog");
    if (!response.ok) {
      say(`The catalog could not be read: ${await P.problemText(response)}`, "error");
      return;
    }
    catalog = (await response.json()).items;
    const active = catalog.filter((r) => r.active && (r.unlimited || r.stock !== "0"));
    el("catalog").replaceChildren(...active.map(row));
    el("catalog-empty").hidden = active.length > 0;
    el("catalog-wrap").hidden = active.length === 0;
  }

  function row(reward) {
    const tr = document.createElement("tr");
    tr.dataset.reward = String(reward.id);
    const what = document.createElement("td");
    const name = document.createElement("strong");
    name.textContent = reward.name || `Reward ${reward.id}`;
    what.appendChild(name);
    if (reward.description) {
      const description = document.createElement("div");
      description.className = "hint";
      description.textContent = reward.description;
      what.appendChild(description);
    }
    const price = document.createElement("td");
    price.textContent = A.withUnit(reward.priceBaseUnits);
    const stock = document.createElement("td");
    stock.textContent = reward.unlimited ? "unlimited" : `${reward.stock} left`;
    const action = document.createElement("td");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = "Redeem";
    button.setAttribute("aria-label", `Redeem ${name.textContent} for ${A.withUnit(reward.priceBaseUnits)}`);
    button.addEventListener("click", async () => {
      button.disabled = true;
      try {
        await redeem(reward);
      } finally {
        button.disabled = false;
      }
    });
    action.appendChild(button);
    tr.append(what, price, stock, action);
    return tr;
  }

  async function redeem(reward) {
    const provider = P.wallet();
    if (!provider || !state.account) return;
    const label = reward.name || `reward ${reward.id}`;
    if (!state.signedIn) {
      say(`Sign in with Ethereum first (the button at the top): your voucher code is shown only to you.`, "error");
      return;
    }
    if (state.balance !== null && state.balance < BigInt(reward.priceBaseUnits)) {
      say(`Your balance is too low for ${label}: it costs ${A.withUnit(reward.priceBaseUnits)} and you hold ${A.withUnit(state.balance)}. Nothing was signed.`, "error");
      return;
    }
    if (!(await P.chainOk(provider))) return;
    const resident = state.account;
    say(`Preparing the permit for ${label}…`);
    el("voucher-box").hidden = true;
    const prepared = await fetch(`/api/redemptions/permit-typed-data?resident=${encodeURIComponent(resident)}&rewardId=${reward.id}&quantity=1`);
    if (!prepared.ok) {
      say(`The redemption could not be prepared: ${await P.problemText(prepared)}`, "error");
      return;
    }
    const typedData = await prepared.json();
    const deadline = typedData.message.deadline;
    const chosen = await fetch(`/api/redemptions/redemption-typed-data?resident=${encodeURIComponent(resident)}&rewardId=${reward.id}&quantity=1&deadline=${deadline}`);
    if (!chosen.ok) {
      say(`The redemption could not be prepared: ${await P.problemText(chosen)}`, "error");
      return;
    }
    const choiceData = await chosen.json();
    const sign = async (data, what) => {
      try {
        return await provider.request({ method: "eth_signTypedData_v4", params: [resident, JSON.stringify(data)] });
      } catch (error) {
        say(error && error.code === P.USER_REJECTED
          ? "You rejected the signature request, so nothing was redeemed and no tokens moved."
          : `The wallet could not sign the ${what}: ${error && error.message}`, "error");
        return null;
      }
    };
    say(`Confirm in your wallet (1 of 2): you choose ${label}, 1 unit at ${A.withUnit(reward.priceBaseUnits)}.`);
    const redemptionSignature = await sign(choiceData, "redemption");
    if (!redemptionSignature) return;
    say(`Confirm in your wallet (2 of 2): the catalog may take ${A.withUnit(reward.priceBaseUnits)}, once.`);
    const signature = await sign(typedData, "permit");
    if (!signature) return;
    say(`Redeeming ${label}…`);
    const sent = await fetch("/api/redemptions", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ rewardId: reward.id, quantity: 1, resident, deadline, signature, redemptionSignature }),
    });
    if (!sent.ok) {
      say(`The redemption was refused: ${await P.problemText(sent)}`, "error");
      return;
    }
    const accepted = await sent.json();
    say(`Your redemption of ${label} is on its way to the chain…`);
    const { result, body: redemption } = await P.followStatus(accepted.statusUrl,
      async (redemption) => Boolean(redemption.voucher && redemption.voucher.code));
    if (result === "failed") {
      say(`The redemption did not go through (${redemption.status}${redemption.error ? ": " + redemption.error : ""}). No tokens were taken.`, "error");
      return;
    }
    if (result === "settled") {
      el("voucher-reward").textContent = label;
      el("voucher-code").textContent = redemption.voucher.code;
      el("voucher-box").hidden = false;
      await showVoucherQr(redemption.voucher.code);
      say(`You redeemed ${label}. Your voucher code is ${redemption.voucher.code}.`, "ok");
      await Promise.all([P.refreshAccount(), loadCatalog(), loadRedemptions()]);
      return;
    }
    say("Your redemption was sent but is not confirmed yet. Your voucher appears under your redemptions once it is.", "error");
  }

  async function loadRedemptions() {
    el("redemptions-signin").hidden = state.signedIn;
    if (!state.signedIn) return;
    const response = await fetch(`/api/residents/${state.account}/redemptions?limit=50`, { credentials: "same-origin" });
    if (!response.ok) {
      el("redemptions-signin").hidden = false;
      el("redemptions-signin").textContent = `Your redemptions could not be read: ${await P.problemText(response)}`;
      return;
    }
    const items = (await response.json()).items;
    el("redemptions").replaceChildren(...items.map((r) => {
      const tr = document.createElement("tr");
      tr.dataset.redemption = String(r.redemptionId);
      const voucher = r.voucher;
      const used = voucher && voucher.status === "used";
      const cells = [
        new Date(r.blockTime).toLocaleString(),
        `${nameOf(r.rewardId)}${r.quantity !== "1" ? " × " + r.quantity : ""}`,
        A.amount(r.total),
        voucher ? voucher.code || "(hidden)" : "being issued",
        voucher ? (used ? `used ${new Date(voucher.usedAt).toLocaleString()}` : "unused") : "–",
      ];
      cells.forEach((value, i) => {
        const td = document.createElement("td");
        td.textContent = value;
        if (i === 3) td.className = "mono";
        if (i === 4) td.dataset.testid = "voucher-status";
        tr.appendChild(td);
      });
      if (voucher && voucher.code && !used) {
        // An unused voucher can be shown again, as a QR code, at the counter.
        const show = document.createElement("button");
        show.type = "button";
        show.className = "secondary";
        show.textContent = "QR code";
        show.setAttribute("aria-label", `Show the voucher for ${nameOf(r.rewardId)} as a QR code`);
        show.addEventListener("click", async () => {
          el("voucher-reward").textContent = nameOf(r.rewardId);
          el("voucher-code").textContent = voucher.code;
          el("voucher-box").hidden = false;
          await showVoucherQr(voucher.code);
          el("voucher-box").scrollIntoView({ block: "nearest" });
        });
        tr.children[3].append(" ", show);
      }
      return tr;
    }));
    el("redemptions-empty").hidden = items.length > 0;
    el("redemptions-wrap").hidden = items.length === 0;
  }

  P.root.addEventListener("portal:loaded", async () => {
    await loadCatalog();
    await loadRedemptions();
  });
  P.root.addEventListener("portal:signedin", () => loadRedemptions());
})();
