// The door's service worker: a reload of the check-in page at a venue without network still
// opens it. It touches nothing but the door: the check-in page (network first, the last good copy
// when offline, with the night's door list inside), and the files that page needs (also network
// first). Every other request goes to the network as if it were not here.
'use strict';
const CACHE = 'pitchnight-door-1';
const SHELL = ['/css/app.css', '/js/checkin.js', '/js/scanner.js', '/vendor/barcode-detector/ponyfill.js',
  '/vendor/zxing-wasm/zxing_reader.wasm', '/img/favicon.svg', '/img/door-192.png', '/door-manifest.json'];
const DOOR_PAGE = /^\/events\/\d+\/checkin$/;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.startsWith('pitchnight-door-') && key !== CACHE; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && DOOR_PAGE.test(url.pathname)) {
    event.respondWith(doorPage(request, url));
  } else if (SHELL.indexOf(url.pathname) >= 0 || url.pathname.startsWith('/vendor/')) {
    event.respondWith(shellFile(request));
  }
});

// The page itself, fresh when the network answers; the copy kept per night when it does not.
// A search (?q=) is answered by the page's own script from the door list when offline.
async function doorPage(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && !url.search) {
      await cache.put(url.pathname, response.clone());
    }
    return response;
  } catch (offline) {
    const kept = await cache.match(url.pathname);
    if (kept) return kept;
    throw offline;
  }
}

// The files the door needs: fresh from the network like any page's (so a new release is seen at
// once, on every page), the kept copy only when the network does not answer.
async function shellFile(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw offline;
  }
}
