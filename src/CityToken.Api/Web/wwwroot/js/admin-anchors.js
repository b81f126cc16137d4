// /admin/anchors: the chosen document's SHA-256 is computed here (WebCrypto) and put in the fingerprint field; only
// the fingerprint is sent, never the document.
(() => {
  "use strict";
  const file = document.getElementById("record-file");
  const hash = document.getElementById("Hash");
  file.addEventListener("change", async () => {
    if (file.files.length === 0) return;
    const digest = await crypto.subtle.digest("SHA-256", await file.files[0].arrayBuffer());
    hash.value = "0x" + Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
    hash.dispatchEvent(new Event("input"));
  });
})();
