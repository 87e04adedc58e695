// The door on a phone, enhanced: scans and typed codes go to the JSON API without a reload;
// when the network is gone they wait in localStorage and are sent when it is back. Sending
// twice is harmless: the server answers a repeat with "already checked in" and changes nothing.
(function () {
  'use strict';
  const box = document.getElementById('scanner');
  const form = document.getElementById('token-form');
  if (!box || !form) {
    return;
  }
  const eventId = box.dataset.event;
  const zone = box.dataset.zone;
  const api = '/api/events/' + eventId + '/checkins';
  const queueKey = 'pitchnight.checkin.queue.' + eventId;
  const result = document.getElementById('result');
  const queueLine = document.querySelector('[data-queue]');
  const input = document.getElementById('token');

  function queue() {
    try {
      return JSON.parse(localStorage.getItem(queueKey) || '[]');
    } catch (broken) {
      return [];
    }
  }

  function saveQueue(items) {
    localStorage.setItem(queueKey, JSON.stringify(items));
    queueLine.hidden = items.length === 0;
    queueLine.textContent = box.dataset.msgPending + ' ' + items.length;
  }

  function clock(iso) {
    return new Date(iso).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone });
  }

  function show(kind, text) {
    const p = document.createElement('p');
    p.className = 'notice ' + kind;
    p.textContent = text;
    result.replaceChildren(p);
  }

  function showAnswer(answer, replayed) {
    let who = answer.username + (answer.guests > 0 ? ' +' + answer.guests + ' ' + box.dataset.msgGuest : '');
    if (answer.alreadyCheckedIn) {
      show('notice-warn', who + ' — ' + box.dataset.msgAgain + ' ' + clock(answer.checkedInAt));
    } else {
      show('notice-ok', (replayed ? box.dataset.msgSent + ' ' : '') + who + ' — ' + box.dataset.msgOk);
    }
  }

  // Resolves to 'done' (an answer, good or refused), 'retry' (no network, server trouble) or 'signin'.
  async function send(token, replayed) {
    let response;
    try {
      response = await fetch(api, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ token: token })
      });
    } catch (offline) {
      return 'retry';
    }
    if (response.status === 401) {
      return 'signin';
    }
    if (response.status >= 500 || response.status === 429) {
      return 'retry';
    }
    let body = {};
    try {
      body = await response.json();
    } catch (notJson) { /* keep the empty body */ }
    if (response.ok) {
      showAnswer(body, replayed);
      refreshCounts();
    } else {
      show('notice-error', body.detail || body.title || ('HTTP ' + response.status));
    }
    return 'done';
  }

  async function checkIn(token) {
    token = token.trim();
    if (!token) {
      return;
    }
    if (queue().length > 0 || navigator.onLine === false) {
      saveQueue(queue().concat([token]));
      show('notice-warn', box.dataset.msgQueued);
      replay();
      return;
    }
    const outcome = await send(token, false);
    if (outcome === 'retry') {
      saveQueue(queue().concat([token]));
      show('notice-warn', box.dataset.msgQueued);
    } else if (outcome === 'signin') {
      saveQueue(queue().concat([token]));
      show('notice-error', box.dataset.msgSignin);
    }
  }

  let replaying = false;
  async function replay() {
    if (replaying || queue().length === 0 || navigator.onLine === false) {
      return;
    }
    replaying = true;
    try {
      while (queue().length > 0) {
        const outcome = await send(queue()[0], true);
        if (outcome !== 'done') {
          break;
        }
        saveQueue(queue().slice(1));
      }
    } finally {
      replaying = false;
    }
  }

  async function refreshCounts() {
    try {
      const response = await fetch(api + '/counts', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } });
      if (response.ok) {
        const counts = await response.json();
        document.querySelector('[data-checked-in]').textContent = counts.checkedInSeats;
        document.querySelector('[data-confirmed]').textContent = counts.confirmedSeats;
      }
    } catch (offline) { /* counts catch up later */ }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const token = input.value;
    input.value = '';
    checkIn(token);
  });

  // The camera, where the phone has one and allows it.
  if (window.PitchnightScanner) {
    window.PitchnightScanner.wire(box, checkIn);
  }

  saveQueue(queue());
  window.addEventListener('online', replay);
  setInterval(replay, 5000);
  setInterval(refreshCounts, 10000);
  replay();
})();
