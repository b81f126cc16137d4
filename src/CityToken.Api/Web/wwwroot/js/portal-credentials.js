// CityToken resident portal, credentials in the resident's hands: "Keep" fetches the credential's W3C Verifiable
// Credential (a JWT signed by the city) to copy or download; "Show" signs a Verifiable Presentation of it for the
// challenge a verifier shows (its QR code's text), with the wallet's personal_sign (wallets sign no raw JWT digest; the
// service's verifier accepts this as alg "EthPersonalSign"), and shows it as a QR code for the verifier to scan.
(function () {
  "use strict";

  const P = window.CityTokenPortal;
  if (!P) return;
  const { el, state } = P;
  let presented = null; // the VC JWT being shown

  const say = (message, kind) => P.notice(el("present-status"), message, kind);

  function base64url(bytes) {
    let text = "";
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  const jsonPart = (value) => base64url(new TextEncoder().encode(JSON.stringify(value)));
  const hexBytes = (hex) => Uint8Array.from(hex.replace(/^0x/, "").match(/../g), (h) => Number.parseInt(h, 16));

  // Adds the "In your wallet" cell to each credential row: the actions once signed in (the JWT is the subject's only).
  async function decorate() {
    const rows = Array.from(el("credentials").querySelectorAll("tr"));
    if (rows.length === 0) return;
    let requests = new Map();
    if (state.signedIn) {
      const response = await fetch("/api/credentials?limit=200", { credentials: "same-origin" });
      if (response.ok) {
        for (const item of (await response.json()).items) {
          if (item.credentialId != null) requests.set(String(item.credentialId), item.id);
        }
      }
    }
    for (const tr of rows) {
      tr.querySelector("td.credential-actions")?.remove();
      const td = document.createElement("td");
      td.className = "credential-actions";
      const request = requests.get(tr.dataset.credential);
      if (!state.signedIn) {
        td.textContent = "Sign in to keep or show it";
      } else if (request === undefined) {
        td.textContent = "Not issued through this city's service";
      } else {
        td.append(button("Keep", () => keep(request)), " ", button("Show", () => startShow(request)));
      }
      tr.appendChild(td);
    }
  }

  function button(label, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "secondary";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  async function credentialJwt(request) {
    const response = await fetch(`/api/credentials/${request}/vc`, { credentials: "same-origin" });
    if (!response.ok) {
      P.show(`The credential could not be fetched: ${await P.problemText(response)}`, "error");
      return null;
    }
    return (await response.json()).jwt;
  }

  async function keep(request) {
    const jwt = await credentialJwt(request);
    if (!jwt) return;
    el("vc-jwt").value = jwt;
    el("vc-download").href = "data:application/vc+jwt;charset=utf-8," + encodeURIComponent(jwt);
    el("vc-download").download = `credential-${request}.jwt`;
    el("vc-box").hidden = false;
  }

  async function startShow(request) {
    presented = await credentialJwt(request);
    if (!presented) return;
    el("present-box").hidden = false;
    el("present-result").hidden = true;
    say("");
    el("present-challenge").focus();
  }

  // The verifier's code: {"challenge","domain"} as its QR code holds it, or a bare challenge for this site.
  function readChallenge(text) {
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed.challenge === "string" && typeof parsed.domain === "string") return parsed;
    } catch {
      // not JSON: a bare challenge
    }
    return text ? { challenge: text, domain: window.location.host } : null;
  }

  async function show() {
    const provider = P.wallet();
    const code = readChallenge(el("present-challenge").value.trim());
    if (!code || !presented || !provider) {
      say("Enter the code the verifier shows you.", "error");
      return;
    }
    const did = `did:ethr:0x${Number(el("portal").dataset.chainId).toString(16)}:${state.account}`;
    const header = { alg: "EthPersonalSign", typ: "JWT" };
    const payload = {
      iss: did,
      nonce: code.challenge,
      aud: [code.domain],
      iat: Math.floor(Date.now() / 1000),
      vp: { "@context": ["https://www.w3.org/2018/credentials/v1"], type: ["VerifiablePresentation"], verifiableCredential: [presented] },
    };
    const signingInput = `${jsonPart(header)}.${jsonPart(payload)}`;
    let signature;
    try {
      signature = await provider.request({ method: "personal_sign", params: [P.utf8Hex(signingInput), state.account] });
    } catch (error) {
      say(error && error.code === P.USER_REJECTED ? "You declined to sign: nothing was shown." : `The wallet could not sign: ${error && error.message}`, "error");
      return;
    }
    const jwt = `${signingInput}.${base64url(hexBytes(signature))}`;
    el("present-jwt").value = jwt;
    const qr = await fetch("/api/presentations/qr", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ presentation: jwt }),
    });
    if (qr.ok) {
      el("present-qr").src = "data:image/svg+xml;base64," + btoa(await qr.text());
      el("present-qr").hidden = false;
    } else {
      el("present-qr").hidden = true;
    }
    el("present-result").hidden = false;
    say(qr.ok ? "Show this QR code (or the text below) to the verifier. It works once." : "Give the verifier the text below. It works once.", "ok");
  }

  el("present-sign").addEventListener("click", show);
  P.root.addEventListener("portal:loaded", decorate);
  P.root.addEventListener("portal:signedin", decorate);
})();
