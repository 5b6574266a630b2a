// Door mode: the night's guest list kept on this phone, check-ins that work without a signal,
// and a scanner inside the page.
//
// The list comes with the page (`data-list`) and is kept in localStorage with the check-ins and
// undos not yet sent (the queue). What the screen shows is the server's list with the queue
// played over it. The queue goes to the server as soon as it can (at once, when the connection
// returns, and every 15 s with the list's refresh); the server replays it in order and says how
// each went: a guest another door checked in first is told here ("already in at 19:40").
"use strict";
(function () {
  var body = document.body;
  if (!body.classList.contains("door-mode") || !window.fetch || !window.localStorage || !window.JSON) return;
  var KEY = "failnight-door:" + location.pathname;
  var KEEP_DAYS = 3;
  var SHOWN_AT_MOST = 150;
  var syncUrl = body.getAttribute("data-sync");
  var timeFormat = new Intl.DateTimeFormat(document.documentElement.lang || "en", {
    timeZone: body.getAttribute("data-timezone") || undefined, hour: "2-digit", minute: "2-digit", hourCycle: "h23"
  });
  var input = document.getElementById("door-q");
  var list = document.getElementById("door-guests");
  var said = document.getElementById("door-said");
  var syncStatus = document.getElementById("door-sync");
  var scanButton = document.getElementById("door-scan");
  var video = document.getElementById("door-camera");
  var walkIn = document.querySelector(".door-walk-in form");
  var state = load();
  var online = navigator.onLine !== false;
  var signedOut = false;
  var sending = null;
  var inFlight = [];
  var again = false;

  // The words come from the page, in its language; `{name}` marks what is filled in.
  function words(name, values) {
    var text = body.getAttribute("data-text-" + name) || "";
    Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(values[k])); });
    return text;
  }
  function time(ms) { return ms == null ? "" : timeFormat.format(new Date(ms)); }
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim(); }
  function newKey() {
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  }
  function label(guest) { return guest.name + (guest.plus_ones > 0 ? " +" + guest.plus_ones : ""); }

  function load() {
    forgetOldNights();
    var page = JSON.parse(body.getAttribute("data-list"));
    var kept = null;
    try { kept = JSON.parse(localStorage.getItem(KEY)); } catch (e) { kept = null; }
    if (!kept || !kept.list) return { list: page, queue: [] };
    // A page fetched online is newer than the kept list; the kept queue stays either way.
    if (page.at > kept.list.at) kept.list = page;
    kept.queue = kept.queue || [];
    return kept;
  }
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* full: the screen still has it */ }
  }
  // Lists of nights long past leave the phone (guests' names are not kept for ever), unless
  // something of theirs was never sent.
  function forgetOldNights() {
    var before = Date.now() - KEEP_DAYS * 86400000;
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var key = localStorage.key(i);
      if (!key || key.indexOf("failnight-door:") !== 0) continue;
      try {
        var kept = JSON.parse(localStorage.getItem(key));
        if (!kept.queue.length && kept.list.at < before) localStorage.removeItem(key);
      } catch (e) { localStorage.removeItem(key); }
    }
  }

  // The server's list with the queue played over it.
  function view() {
    var byCode = {};
    var guests = state.list.guests.map(function (g) {
      var v = { code: g.code, name: g.name, plus_ones: g.plus_ones, walk_in: g.walk_in, in_at: g.in_at, pending: false };
      byCode[g.code] = v;
      return v;
    });
    state.queue.forEach(function (op) {
      if (op.action === "walk_in") {
        // Not sent yet: on top, in, until the server's list has them.
        var w = { code: "walk-in:" + op.key, name: op.name, plus_ones: op.plus_ones, walk_in: true, in_at: op.at, pending: true };
        byCode[w.code] = w;
        guests.unshift(w);
        return;
      }
      var g = byCode[op.code];
      if (!g) return;
      if (op.action === "check_in" && g.in_at == null) g.in_at = op.at;
      if (op.action === "undo") g.in_at = null;
      g.pending = true;
    });
    return { guests: guests, byCode: byCode };
  }

  function render() {
    var v = view();
    var seatsIn = 0;
    v.guests.forEach(function (g) { if (g.in_at != null) seatsIn += 1 + g.plus_ones; });
    document.getElementById("door-in").textContent = seatsIn;
    document.getElementById("door-capacity").textContent = state.list.capacity;
    var pending = state.queue.length;
    var text, waiting = pending > 0 || !online || signedOut;
    if (signedOut) text = words("signed-out");
    else if (!online) text = words("offline") + (pending ? " " + words("pending", { count: pending }) : "");
    else if (pending) text = words("pending", { count: pending });
    else text = words("synced", { time: time(state.list.at) });
    syncStatus.textContent = text;
    syncStatus.className = "door-sync" + (waiting ? " is-waiting" : "");

    var q = fold(input.value);
    var found = v.guests.filter(function (g) { return !q || fold(g.name).indexOf(q) >= 0; });
    list.textContent = "";
    found.slice(0, SHOWN_AT_MOST).forEach(function (g) {
      var li = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "door-guest" + (g.in_at != null ? " is-in" : "") + (g.pending ? " is-pending" : "");
      button.setAttribute("data-code", g.code);
      button.disabled = g.in_at == null && !state.list.open;
      var who = document.createElement("span");
      who.className = "who";
      who.textContent = label(g);
      var what = document.createElement("span");
      what.className = "state";
      what.textContent = g.in_at != null
        ? words("in-at", { time: time(g.in_at) }) + (g.pending ? " · " + words("not-synced") : "")
        : words("check-in");
      button.appendChild(who);
      button.appendChild(document.createTextNode(" "));
      button.appendChild(what);
      li.appendChild(button);
      list.appendChild(li);
    });
    var more = document.getElementById("door-more") || document.createElement("p");
    more.id = "door-more";
    more.className = "muted";
    more.textContent = found.length > SHOWN_AT_MOST ? words("more", { count: found.length - SHOWN_AT_MOST })
      : found.length === 0 ? (q ? words("no-match", { query: input.value.trim() }) : words("nobody")) : "";
    list.parentNode.insertBefore(more, list.nextSibling);
    var nobody = document.getElementById("door-nobody");
    if (nobody) nobody.remove();
  }

  // What the last action did, in green (ok), amber (warn) or red (bad), with undo where it helps.
  function say(kind, lines, undoCode) {
    said.textContent = "";
    said.className = "door-said said-" + kind;
    [].concat(lines).forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      said.appendChild(p);
    });
    if (undoCode) {
      var undoButton = document.createElement("button");
      undoButton.type = "button";
      undoButton.className = "secondary";
      undoButton.textContent = words("undo");
      undoButton.addEventListener("click", function () { undo(undoCode); });
      said.appendChild(undoButton);
    }
  }

  function checkIn(code, fromScanner) {
    var g = view().byCode[code];
    if (!g) {
      if (!online) return say("bad", words("unknown-offline", { time: time(state.list.at) }));
      // Booked after this list was made? Ask the server for the list first.
      return sync().then(function () {
        if (view().byCode[code]) checkIn(code, fromScanner);
        else say("bad", words(online ? "unknown" : "unknown-offline", { time: time(state.list.at) }));
      });
    }
    if (g.in_at != null) {
      say("warn", words("already", { who: label(g), time: time(g.in_at) }), g.walk_in ? null : code);
    } else if (state.list.open) {
      state.queue.push({ key: newKey(), action: "check_in", code: code, at: Date.now() });
      save();
      say("ok", words("welcome", { who: label(g) }), code);
      if (navigator.vibrate) navigator.vibrate(80);
      sync();
    }
    input.value = "";
    render();
    if (!fromScanner) input.focus();
  }

  function undo(code) {
    var g = view().byCode[code];
    if (!g) return;
    var last = -1;
    state.queue.forEach(function (op, i) { if (op.code === code && op.action === "check_in") last = i; });
    if (last >= 0 && inFlight.indexOf(state.queue[last].key) < 0) {
      // Never sent: forgetting it is the undo.
      state.queue.splice(last, 1);
    } else {
      state.queue.push({ key: newKey(), action: "undo", code: code, at: Date.now() });
    }
    save();
    say("ok", words("undone", { who: label(g) }));
    render();
    input.focus();
    sync();
  }

  // Sends the queue (or nothing, to refresh the list); one request at a time, 10 s at most.
  function sync() {
    if (sending) { again = true; return sending; }
    var ops = state.queue.slice();
    inFlight = ops.map(function (op) { return op.key; });
    // Who each action is about, by its key, for what the server answers.
    var names = {}, byCode = view().byCode;
    ops.forEach(function (op) {
      var g = byCode[op.action === "walk_in" ? "walk-in:" + op.key : op.code];
      names[op.key] = g ? label(g) : "";
    });
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, 10000);
    sending = fetch(syncUrl, {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ ops: ops }),
      signal: controller.signal
    }).then(function (r) {
      online = true;
      // A lapsed session answers with the sign-in page: keep everything and say so.
      signedOut = r.redirected || r.status === 401 || r.status === 403;
      if (signedOut || !r.ok) return;
      return r.json().then(function (answer) {
        state.queue = state.queue.filter(function (op) { return inFlight.indexOf(op.key) < 0; });
        state.list = answer.list;
        save();
        tell(answer.results, names);
      });
    }).catch(function () { online = false; }).then(function () {
      clearTimeout(timer);
      sending = null;
      inFlight = [];
      render();
      if (again) { again = false; sync(); }
    });
    return sending;
  }

  // What the server did otherwise than this phone showed: said once, in amber or red.
  function tell(results, names) {
    var lines = [], bad = false;
    results.forEach(function (r) {
      var who = r.name || names[r.key] || "";
      if (r.outcome === "already_in") lines.push(words("first-elsewhere", { who: who, time: time(r.in_at) }));
      if (r.outcome === "unknown") { bad = true; lines.push(words("unknown")); }
      if (r.outcome === "refused") { bad = true; lines.push(who ? who + ": " + r.message : r.message); }
    });
    if (lines.length) say(bad ? "bad" : "warn", lines);
  }

  list.addEventListener("click", function (event) {
    var button = event.target.closest("button.door-guest");
    if (button) checkIn(button.getAttribute("data-code"), false);
  });
  input.addEventListener("input", render);
  // Enter checks in the one guest the search leaves.
  input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    var left = list.querySelectorAll("button.door-guest:not(.is-in):not([disabled])");
    if (left.length === 1 && list.children.length === 1) checkIn(left[0].getAttribute("data-code"), false);
  });
  // A walk-in is queued like a check-in, so it works without a signal too; the server adds it
  // once (by the action's key) and says if the night has no seat left for them.
  if (walkIn) {
    walkIn.addEventListener("submit", function (event) {
      event.preventDefault();
      var name = walkIn.elements.namedItem("name").value.trim();
      if (!name || !state.list.open) return walkIn.elements.namedItem("name").focus();
      var plusOnes = Math.max(0, Math.min(10, parseInt(walkIn.elements.namedItem("plus_ones").value, 10) || 0));
      var op = { key: newKey(), action: "walk_in", code: "", name: name, plus_ones: plusOnes, at: Date.now() };
      state.queue.push(op);
      save();
      walkIn.reset();
      walkIn.closest("details").open = false;
      say("ok", words("walked-in", { who: label({ name: name, plus_ones: plusOnes }) }));
      render();
      input.focus();
      sync();
    });
  }
  window.addEventListener("online", function () { sync(); });
  window.addEventListener("offline", function () { online = false; render(); });
  setInterval(function () { if (!document.hidden) sync(); }, 15000);

  // The scanner: the phone's camera in the page; the browser's own QR detector where it has
  // one, else jsQR (loaded the first time). A ticket's QR code holds its /check-in/{code} link.
  var stream = null, lastCode = "", lastAt = 0;
  function codeOf(text) { return text.trim().replace(/\/+$/, "").split("/").pop(); }
  function loadJsQR() {
    if (window.jsQR) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = "/static/jsqr.js";
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  function decoder() {
    var native = window.BarcodeDetector && BarcodeDetector.getSupportedFormats
      ? BarcodeDetector.getSupportedFormats().then(function (f) { return f.indexOf("qr_code") >= 0; }, function () { return false; })
      : Promise.resolve(false);
    return native.then(function (hasQr) {
      if (hasQr) {
        var detector = new BarcodeDetector({ formats: ["qr_code"] });
        return function () {
          return detector.detect(video).then(function (found) { return found.length ? found[0].rawValue : null; });
        };
      }
      return loadJsQR().then(function () {
        var canvas = document.createElement("canvas");
        var context = canvas.getContext("2d", { willReadFrequently: true });
        return function () {
          var w = video.videoWidth, h = video.videoHeight;
          if (!w || !h) return Promise.resolve(null);
          var scale = Math.min(1, 640 / Math.max(w, h));
          canvas.width = Math.round(w * scale);
          canvas.height = Math.round(h * scale);
          context.drawImage(video, 0, 0, canvas.width, canvas.height);
          var image = context.getImageData(0, 0, canvas.width, canvas.height);
          var found = window.jsQR(image.data, canvas.width, canvas.height, { inversionAttempts: "dontInvert" });
          return Promise.resolve(found ? found.data : null);
        };
      });
    });
  }
  function scanLoop(decode) {
    if (!stream) return;
    decode().then(function (text) {
      if (!text) return;
      var code = codeOf(text);
      // The same ticket held in front of the camera counts once.
      if (code && (code !== lastCode || Date.now() - lastAt > 4000)) {
        lastCode = code;
        lastAt = Date.now();
        checkIn(code, true);
      }
    }, function () { /* a frame it could not read */ }).then(function () {
      if (stream) setTimeout(function () { scanLoop(decode); }, 100);
    });
  }
  function stopScan() {
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    stream = null;
    video.hidden = true;
    scanButton.textContent = words("scan");
  }
  if (scanButton && video && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    scanButton.hidden = false;
    scanButton.addEventListener("click", function () {
      if (stream) return stopScan();
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        scanButton.textContent = words("scan-stop");
        return video.play().then(decoder).then(scanLoop);
      }).catch(function () {
        stopScan();
        say("bad", words("camera-refused"));
      });
    });
  }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/host/door-sw.js", { scope: "/host/" }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      registration.active.postMessage({ keep: location.pathname });
    }).catch(function () { /* without it, door mode works while the page stays open */ });
  }
  // For the browser tests: what is waiting to be sent.
  window.FailnightDoor = { pending: function () { return state.queue.length; }, sync: sync };
  render();
  sync();
})();
