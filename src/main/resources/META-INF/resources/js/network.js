// Connect by scanning: the other person's QR code is a link to this app's connect page, so a
// phone's own camera app works too; this button saves switching apps.
(function () {
  'use strict';
  const box = document.getElementById('connect-scanner');
  if (!box || !window.PitchnightScanner) {
    return;
  }
  box.hidden = false;
  const status = box.querySelector('[data-scan-status]');
  const startButton = box.querySelector('[data-scan-start]');
  const stopButton = box.querySelector('[data-scan-stop]');
  let scanner = null;
  function onCode(text) {
    let url;
    try {
      url = new URL(text);
    } catch (notUrl) {
      status.textContent = box.dataset.msgForeign;
      return;
    }
    if (url.origin === window.location.origin && /^\/events\/\d+\/network\/connect\/[^/]+$/.test(url.pathname)) {
      if (scanner) {
        scanner.stop();
      }
      window.location.assign(url.pathname);
    } else {
      status.textContent = box.dataset.msgForeign;
    }
  }
  startButton.addEventListener('click', async function () {
    try {
      scanner = await window.PitchnightScanner.start(box.querySelector('video'), onCode);
      startButton.hidden = true;
      stopButton.hidden = false;
      status.textContent = box.dataset.msgScanning;
    } catch (noCamera) {
      status.textContent = box.dataset.msgCamera;
    }
  });
  stopButton.addEventListener('click', function () {
    if (scanner) {
      scanner.stop();
    }
    startButton.hidden = false;
    stopButton.hidden = true;
    status.textContent = '';
  });
})();
