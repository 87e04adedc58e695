// The live night's pages (live control, stage, presenter, audience Q&A): a countdown that ticks in
// the browser from the server's state and clock, and live updates over server-sent events.
// Without this script the pages still work: they show the state at load time, forms post and
// redirect. With it, the parts marked data-live-part are re-rendered by the server and swapped in.
(function () {
  'use strict';
  var root = document.querySelector('[data-live-event]');
  if (!root || !window.fetch) return;
  var eventId = root.getAttribute('data-live-event');
  var key = root.getAttribute('data-stage-key');
  var keyQuery = key ? 'key=' + encodeURIComponent(key) : '';
  var state = null;
  var offset = 0; // server clock minus browser clock, in ms

  function parse(text) {
    try { return JSON.parse(text); } catch (e) { return null; }
  }

  function remaining() {
    if (!state || state.remainingMillis === undefined || state.remainingMillis === null) return null;
    if (state.paused) return state.remainingMillis;
    return state.remainingMillis - (Date.now() + offset - state.serverTime);
  }

  function clockText(ms) {
    var seconds = ms >= 0 ? Math.ceil(ms / 1000) : -Math.floor(-ms / 1000);
    var abs = Math.abs(seconds);
    var s = abs % 60;
    return (seconds < 0 ? '-' : '') + Math.floor(abs / 60) + ':' + (s < 10 ? '0' : '') + s;
  }

  // Before the night: the time to its start (epoch ms in data-countdown), on the server's clock.
  function tickCountdowns() {
    var countdowns = document.querySelectorAll('[data-countdown]');
    for (var i = 0; i < countdowns.length; i++) {
      var left = Math.max(0, Number(countdowns[i].getAttribute('data-countdown')) - (Date.now() + offset));
      if (left >= 86400000) continue; // days away: the server's "in 3 days" stays
      var seconds = Math.ceil(left / 1000);
      var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
      countdowns[i].textContent = (h > 0 ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
    }
  }

  function tick() {
    tickCountdowns();
    var ms = remaining();
    var clocks = document.querySelectorAll('[data-clock]');
    for (var i = 0; i < clocks.length; i++) {
      var clock = clocks[i];
      if (ms === null) {
        clock.textContent = '';
        clock.setAttribute('data-state', 'idle');
      } else {
        clock.textContent = clockText(ms);
        clock.setAttribute('data-state', ms < 0 ? 'over' : ms <= 60000 ? 'warning' : 'normal');
      }
      clock.classList.toggle('live-clock-paused', !!(state && state.paused));
    }
  }

  // Re-render the live parts from the server (the same templates as the first load).
  var pending = null;
  function refresh() {
    if (pending) return;
    pending = setTimeout(function () {
      pending = null;
      fetch(location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html) swap(html); })
        .catch(function () { /* the next change tries again */ });
    }, 150);
  }

  function swap(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var focus = focusPlace();
    var parts = document.querySelectorAll('[data-live-part]');
    for (var i = 0; i < parts.length; i++) {
      var name = parts[i].getAttribute('data-live-part');
      var fresh = doc.querySelector('[data-live-part="' + name + '"]');
      if (fresh) parts[i].replaceWith(document.importNode(fresh, true));
    }
    if (focus) restoreFocus(focus);
    tick();
  }

  // A swapped part must not take the keyboard focus with it (it would fall back to the top of the
  // page): remember where in the part it was, by the nearest id (a question's "q-12") and the
  // control's place among that element's controls, and put it on the same place in the fresh part.
  var CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]';

  function focusPlace() {
    var el = document.activeElement;
    var part = el && el !== document.body && el.closest ? el.closest('[data-live-part]') : null;
    if (!part) return null;
    if (el.id) return { part: part.getAttribute('data-live-part'), id: el.id, index: -1 };
    var anchor = el.parentElement.closest('[id]');
    if (!anchor || !part.contains(anchor)) anchor = part;
    return { part: part.getAttribute('data-live-part'), anchor: anchor.id || null,
             index: Array.prototype.indexOf.call(anchor.querySelectorAll(CONTROLS), el) };
  }

  function restoreFocus(place) {
    var part = document.querySelector('[data-live-part="' + place.part + '"]');
    if (!part) return;
    var target = place.id ? document.getElementById(place.id) : null;
    if (!target) {
      var anchor = place.anchor ? document.getElementById(place.anchor) : part;
      var controls = anchor ? anchor.querySelectorAll(CONTROLS) : [];
      target = controls.length ? controls[Math.min(Math.max(place.index, 0), controls.length - 1)] : null;
    }
    if (!target) {
      // The question is gone (hidden, or the list moved on): keep the focus in the part at least.
      part.setAttribute('tabindex', '-1');
      target = part;
    }
    target.focus({ preventScroll: true });
  }

  function onLive(next) {
    var before = state;
    state = next;
    var moved = !before || (before.slot ? before.slot.id : null) !== (next.slot ? next.slot.id : null)
      || before.phase !== next.phase || before.award !== next.award;
    if (moved && root.hasAttribute('data-reload-on-slot')) {
      location.reload();
      return;
    }
    if (moved || (before && before.paused !== next.paused)) refresh();
    tick();
  }

  function connect(since) {
    if (!window.EventSource) return;
    var query = [keyQuery, 'since=' + (since || 0)].filter(Boolean).join('&');
    var source = new EventSource('/api/events/' + eventId + '/live/stream?' + query);
    source.addEventListener('live', function (e) { var s = parse(e.data); if (s) onLive(s); });
    source.addEventListener('award', function (e) { var s = parse(e.data); if (s) onLive(s); });
    source.addEventListener('question', refresh);
    source.addEventListener('vote', refresh);
    source.addEventListener('reset', function () { location.reload(); });
    // EventSource reconnects by itself and sends Last-Event-ID: nothing is missed.
  }

  // Votes without a reload: post the form, show the page it answers with.
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.matches || !form.matches('form[data-async]')) return;
    e.preventDefault();
    fetch(form.action, { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form)) })
      .then(function (r) { return r.text(); })
      .then(swap)
      .catch(function () { form.submit(); });
  });

  var initial = parse(root.getAttribute('data-live-state') || '');
  if (initial) state = initial;
  var started = Date.now();
  fetch('/api/events/' + eventId + '/live' + (keyQuery ? '?' + keyQuery : ''), { credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (s) {
      if (!s) return;
      // The answer's serverTime is somewhere in the round trip; its middle is the best guess.
      offset = s.serverTime - (started + Date.now()) / 2;
      state = s;
      tick();
      connect(s.changeId);
    })
    .catch(function () { /* the page keeps what it showed */ });
  setInterval(tick, 250);
  // Award votes are not streamed one by one: while voting is open the stage asks for its progress.
  if (key) setInterval(function () { if (state && state.award === 'OPEN') refresh(); }, 5000);
})();
