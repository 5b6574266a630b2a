// The door's service worker: keeps door mode (its page, style and scripts) on the phone, so a
// door in a basement without a signal still opens it. The network comes first, always (so a
// door phone never runs an old page while it has a signal); the kept copy answers only when
// the network does not, within a few seconds. Nothing else of /host/ is touched: the guest
// list and the check-ins waiting to be sent are kept by door.js itself.
"use strict";
var CACHE = "failnight-door-v1";
var ASSETS = ["/static/style.css", "/static/door.js", "/static/jsqr.js", "/favicon.svg", "/host/door.webmanifest"];
var DOOR_MODE = /^\/host\/c\/[^/]+\/events\/\d+\/door\/mode$/;
var WAIT_MS = 4000;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("failnight-door-") === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

// The network's answer within WAIT_MS, kept for next time; else the kept copy; else the error.
function networkFirst(request, key) {
  return caches.open(CACHE).then(function (cache) {
    var fromNetwork = fetch(request).then(function (response) {
      if (response.ok && !response.redirected) cache.put(key, response.clone());
      return response;
    });
    var late = new Promise(function (resolve) { setTimeout(resolve, WAIT_MS); });
    return Promise.race([fromNetwork.catch(function () { return null; }), late]).then(function (response) {
      if (response) return response;
      return cache.match(key).then(function (kept) { return kept || fromNetwork; });
    });
  });
}

// Door mode asks for its own page to be kept as soon as this worker runs (the visit that
// installed the worker went past it).
self.addEventListener("message", function (event) {
  var path = event.data && event.data.keep;
  if (typeof path !== "string" || !DOOR_MODE.test(path)) return;
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.add(path); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && DOOR_MODE.test(url.pathname)) {
    // One kept copy per night, whatever the query (a done check-in's notice).
    event.respondWith(networkFirst(request, url.origin + url.pathname));
  } else if (ASSETS.indexOf(url.pathname) >= 0) {
    event.respondWith(networkFirst(request, url.pathname));
  }
});
