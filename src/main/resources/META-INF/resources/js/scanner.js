// Reads QR codes from the phone's camera. Uses the browser's own BarcodeDetector where it has
// one (Chrome on Android), otherwise the barcode-detector ponyfill (vendor/, zxing-wasm) that
// this app serves itself: no CDN, so it works on a venue network that only reaches us.
(function () {
  'use strict';

  async function makeDetector() {
    if ('BarcodeDetector' in window) {
      try {
        const formats = await window.BarcodeDetector.getSupportedFormats();
        if (formats.indexOf('qr_code') >= 0) {
          return new window.BarcodeDetector({ formats: ['qr_code'] });
        }
      } catch (ignored) { /* fall back to the ponyfill */ }
    }
    const api = window.BarcodeDetectionAPI;
    if (!api) {
      throw new Error('no QR reader');
    }
    api.prepareZXingModule({
      overrides: {
        locateFile: function (path, prefix) {
          return path.endsWith('.wasm') ? '/vendor/zxing-wasm/' + path : prefix + path;
        }
      }
    });
    return new api.BarcodeDetector({ formats: ['qr_code'] });
  }

  /** Starts the camera in {@code video}; calls onCode(text) for each new code (a repeat only after 4 s). */
  async function start(video, onCode) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      throw new Error('no camera');
    }
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const detector = await makeDetector();
    let stopped = false;
    let last = null;
    let lastAt = 0;
    async function tick() {
      if (stopped) {
        return;
      }
      try {
        const codes = await detector.detect(video);
        if (codes.length > 0) {
          const text = codes[0].rawValue;
          const now = Date.now();
          if (text !== last || now - lastAt > 4000) {
            last = text;
            lastAt = now;
            onCode(text);
          }
        }
      } catch (ignored) { /* a frame that could not be read */ }
      setTimeout(tick, 200);
    }
    tick();
    return {
      stop: function () {
        stopped = true;
        stream.getTracks().forEach(function (track) { track.stop(); });
        video.hidden = true;
      }
    };
  }

  /**
   * Wires a scanner box's buttons (data-scan-start, data-scan-stop, data-scan-status, a video, and
   * the texts data-msg-scanning / data-msg-camera) to the camera; shows the box. Returns
   * { say(text), stop() } for the page: a line in the box's status, and stopping the camera.
   */
  function wire(box, onCode) {
    box.hidden = false;
    const status = box.querySelector('[data-scan-status]');
    const startButton = box.querySelector('[data-scan-start]');
    const stopButton = box.querySelector('[data-scan-stop]');
    let scanner = null;
    function stop() {
      if (scanner) {
        scanner.stop();
        scanner = null;
      }
      startButton.hidden = false;
      stopButton.hidden = true;
    }
    startButton.addEventListener('click', async function () {
      try {
        scanner = await start(box.querySelector('video'), onCode);
        startButton.hidden = true;
        stopButton.hidden = false;
        status.textContent = box.dataset.msgScanning;
      } catch (noCamera) {
        status.textContent = box.dataset.msgCamera;
      }
    });
    stopButton.addEventListener('click', function () {
      stop();
      status.textContent = '';
    });
    return {
      say: function (text) { status.textContent = text; },
      stop: stop
    };
  }

  window.PitchnightScanner = { start: start, wire: wire };
})();
