// Wallet discovery (EIP-6963): every injected wallet announces itself with a name and an icon, so a resident with
// several wallets chooses one instead of getting whichever extension won the race for window.ethereum. A browser
// whose wallet does not announce itself (older extensions, some in-app browsers) falls back to window.ethereum.
// Loaded before portal.js, which asks window.CityTokenWallets for the provider to use.
(function () {
  "use strict";

  const announced = new Map(); // uuid → { info, provider }
  const CHOICE_KEY = "citytoken.wallet"; // the rdns of the wallet the resident chose last, remembered on this browser
  let chosen = null;
  const listeners = [];

  window.addEventListener("eip6963:announceProvider", (event) => {
    const detail = event.detail;
    if (!detail || !detail.info || !detail.provider || typeof detail.provider.request !== "function") return;
    const { uuid, name, icon, rdns } = detail.info;
    if (typeof uuid !== "string" || typeof name !== "string") return;
    // A wallet announces again on every request: the same uuid replaces its entry.
    announced.set(uuid, { info: { uuid, name, icon: typeof icon === "string" && icon.startsWith("data:image/") ? icon : "", rdns: String(rdns || "") }, provider: detail.provider });
    listeners.forEach((listener) => listener());
  });
  window.dispatchEvent(new Event("eip6963:requestProvider"));

  function fallback() {
    const injected = window.ethereum;
    return typeof injected === "object" && injected && typeof injected.request === "function" ? injected : null;
  }

  function remembered() {
    try {
      return window.localStorage.getItem(CHOICE_KEY);
    } catch {
      return null; // storage blocked: the resident chooses again
    }
  }

  window.CityTokenWallets = {
    /** The announced wallets, in the order they announced themselves. */
    list: () => Array.from(announced.values()),

    /** Calls back whenever a wallet announces itself (a slow extension may come after the page script). */
    onChange: (listener) => listeners.push(listener),

    /** The wallet to use: the chosen one, the only announced one, the one chosen last time, else window.ethereum. */
    current() {
      if (chosen) return chosen.provider;
      const all = this.list();
      if (all.length === 1) return all[0].provider;
      const rdns = remembered();
      const again = rdns && all.find((w) => w.info.rdns === rdns);
      if (again) return again.provider;
      return all.length > 1 ? null : fallback();
    },

    /** True when several wallets announced themselves and the resident has not chosen among them yet. */
    needsChoice() {
      return !chosen && this.list().length > 1 && this.current() === null;
    },

    /** Whether any wallet (announced or injected) is there at all. */
    any: () => announced.size > 0 || fallback() !== null,

    choose(uuid) {
      chosen = announced.get(uuid) || null;
      if (chosen && chosen.info.rdns) {
        try {
          window.localStorage.setItem(CHOICE_KEY, chosen.info.rdns);
        } catch {
          /* not remembered; the choice still holds for this page */
        }
      }
      return chosen ? chosen.provider : null;
    },

    /** Name of the wallet in use, for messages ("MetaMask declined…"); empty for the plain window.ethereum. */
    currentName() {
      const provider = this.current();
      const entry = this.list().find((w) => w.provider === provider);
      return entry ? entry.info.name : "";
    },
  };
})();
