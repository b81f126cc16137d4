// The merchant page scans a voucher's QR code with the camera where the browser can (BarcodeDetector and
// getUserMedia: Chrome on Android, Safari…), fills the code in and submits it; elsewhere the button stays hidden and
// the merchant types the code. Nothing leaves the browser but the code, through the page's own form.
(function () {
  "use strict";

  const box = document.getElementById("scan");
  const input = document.getElementById("Code");
  if (!box || !input) return;
  const start = document.getElementById("scan-start");
  const video = document.getElementById("scan-video");
  const status = document.getElementById("scan-status");
  const TEXT = {
    looking: "Hold the resident's QR code in front of the camera…",
    found: "Code read: accepting it…",
    noCamera: "The camera could not be used",
    typeInstead: "type the code instead.",
  };
  const SCAN_EVERY_MS = 250;

  const canScan = "BarcodeDetector" in window && navigator.mediaDevices && typeof navigator.mediaDevices.getUserMedia === "function";
  if (!canScan) return;
  box.hidden = false;

  let stream = null;
  const stop = () => {
    if (stream) stream.getTracks().forEach((track) => track.stop());
    stream = null;
    video.hidden = true;
    start.disabled = false;
  };

  start.addEventListener("click", async () => {
    start.disabled = true;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch (error) {
      status.textContent = `${TEXT.noCamera} (${(error && error.name) || "refused"}): ${TEXT.typeInstead}`;
      stop();
      return;
    }
    video.srcObject = stream;
    video.hidden = false;
    // Not awaited: play() waits for a first frame, and detect() below simply finds nothing until there is one.
    video.play().catch(() => {});
    status.textContent = TEXT.looking;
    const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    while (stream) {
      let codes = [];
      try {
        codes = await detector.detect(video);
      } catch {
        /* a frame not ready yet: try the next one */
      }
      const code = codes.map((c) => c.rawValue).find((value) => typeof value === "string" && value.trim().length > 0);
      if (code) {
        input.value = code.trim();
        status.textContent = TEXT.found;
        stop();
        input.form.requestSubmit();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, SCAN_EVERY_MS));
    }
  });
})();
