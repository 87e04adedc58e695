// The door on a phone, enhanced: scans and typed codes go to the JSON API without a reload;
// when the network is gone they wait in IndexedDB (kept when the tab is closed or the phone
// locks) and are sent when it is back. Sending twice is harmless: the server answers a repeat
// with "already checked in" and changes nothing. A service worker (/sw.js) keeps the page, its
// scripts and the night's door list, so a reload without network still opens the door, and the
// name search then looks through the list kept in the page.
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

  // The queue lives in memory for reading and is written through to IndexedDB on every change.
  let items = [];
  const store = openStore();

  function openStore() {
    if (!window.indexedDB) {
      return Promise.resolve(null);
    }
    return new Promise(function (resolve) {
      const request = indexedDB.open('pitchnight-door', 1);
      request.onupgradeneeded = function () { request.result.createObjectStore('queues'); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { resolve(null); };
    });
  }

  async function loadQueue() {
    const db = await store;
    let kept = [];
    if (db) {
      kept = await new Promise(function (resolve) {
        const get = db.transaction('queues').objectStore('queues').get(queueKey);
        get.onsuccess = function () { resolve(Array.isArray(get.result) ? get.result : []); };
        get.onerror = function () { resolve([]); };
      });
    }
    // Scans queued by the page before it used IndexedDB move over once.
    try {
      const old = JSON.parse(localStorage.getItem(queueKey) || '[]');
      localStorage.removeItem(queueKey);
      kept = kept.concat(old.filter(function (token) { return kept.indexOf(token) < 0; }));
    } catch (broken) { /* nothing to move */ }
    return kept;
  }

  function queue() {
    return items;
  }

  function saveQueue(next) {
    items = next;
    queueLine.hidden = items.length === 0;
    queueLine.textContent = box.dataset.msgPending + ' ' + items.length;
    const copy = items.slice();
    return store.then(function (db) {
      if (!db) return;
      return new Promise(function (resolve) {
        const tx = db.transaction('queues', 'readwrite');
        tx.objectStore('queues').put(copy, queueKey);
        tx.oncomplete = resolve;
        tx.onerror = resolve;
      });
    });
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

  // Name search without network: the door list kept in the page (data-door-list), by name.
  const search = document.querySelector('form[role=search]');
  const list = document.querySelector('[data-door-list]');
  const offlineFound = document.querySelector('[data-offline-found]');
  if (search && list && offlineFound) {
    search.addEventListener('submit', function (event) {
      if (navigator.onLine !== false) {
        return;
      }
      event.preventDefault();
      const q = (document.getElementById('q').value || '').trim().toLowerCase();
      const rows = Array.prototype.filter.call(list.children, function (li) {
        return q && li.dataset.name.toLowerCase().indexOf(q) >= 0;
      });
      const note = document.createElement('p');
      note.className = 'muted';
      note.textContent = rows.length ? box.dataset.msgOfflineSearch : box.dataset.msgOfflineNone;
      const ul = document.createElement('ul');
      ul.className = 'door-list';
      rows.forEach(function (li) {
        const item = document.createElement('li');
        const name = document.createElement('span');
        name.className = 'door-name';
        name.textContent = li.dataset.name + (Number(li.dataset.guests) > 0 ? ' +' + li.dataset.guests + ' ' + box.dataset.msgGuest : '');
        item.append(name);
        if (li.dataset.checked) {
          const when = document.createElement('span');
          when.className = 'muted';
          when.textContent = box.dataset.msgAgain + ' ' + clock(li.dataset.checked);
          item.append(when);
        }
        ul.append(item);
      });
      offlineFound.replaceChildren(note, ul);
      offlineFound.hidden = false;
    });
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* the door still works online */ });
  }

  loadQueue().then(function (kept) {
    saveQueue(kept.concat(items.filter(function (token) { return kept.indexOf(token) < 0; })));
    replay();
  });
  window.addEventListener('online', replay);
  setInterval(replay, 5000);
  setInterval(refreshCounts, 10000);
})();
