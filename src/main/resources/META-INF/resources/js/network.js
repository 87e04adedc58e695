// Connect by scanning: the other person's QR code is a link to this app's connect page, so a
// phone's own camera app works too; this button saves switching apps.
(function () {
  'use strict';
  const box = document.getElementById('connect-scanner');
  if (!box || !window.PitchnightScanner) {
    return;
  }
  const camera = window.PitchnightScanner.wire(box, function (text) {
    let url;
    try {
      url = new URL(text);
    } catch (notUrl) {
      camera.say(box.dataset.msgForeign);
      return;
    }
    if (url.origin === window.location.origin && /^\/events\/\d+\/network\/connect\/[^/]+$/.test(url.pathname)) {
      camera.stop();
      window.location.assign(url.pathname);
    } else {
      camera.say(box.dataset.msgForeign);
    }
  });
})();
