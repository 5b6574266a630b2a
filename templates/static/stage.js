// The projector and the phone control: follow the night's live stream, show where the night
// is (computed here, every frame, by timing.js), and send the host's actions.
"use strict";
(function () {
  var T = window.FailnightTiming;
  var root = document.querySelector("[data-view]");
  if (!T || !root || !window.EventSource) return;
  var view = root.getAttribute("data-view");
  var snapshot = null;
  // The words this script shows come from the page (`data-text-…`, in the page's language).
  function words(name) { return root.getAttribute("data-text-" + name) || ""; }

  function send(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Failnight-Fetch": "1" },
      body: body
    }).then(function (r) {
      if (r.status === 409) return r.text().then(say);
      if (!r.ok) say(words("failed").split("{status}").join(String(r.status)));
    }, function () { say(words("offline")); });
  }
  function say(text) {
    var status = document.getElementById("status");
    if (status) { status.textContent = text; setTimeout(function () { status.textContent = ""; }, 4000); }
    else window.alert(text);
  }
  function position() {
    return snapshot ? T.at(snapshot, T.serverNow()) : null;
  }
  // Where this view thinks the night is, from the console (and for the browser tests, which
  // compare two views' countdowns).
  window.FailnightStage = { position: position };

  if (view === "projector") {
    var control = document.body.getAttribute("data-control");
    var act = function (action) { send(control, "action=" + action); };
    var sections = document.querySelectorAll("section[data-seg]");
    var clockEl = document.getElementById("clock");
    var whereEl = document.getElementById("where");
    var shown = "";
    var renderQuestions = function () {
      var pos = position();
      if (!pos) return;
      var seg = snapshot.segments[pos.segment];
      var list = sections[pos.segment] && sections[pos.segment].querySelector("[data-questions]");
      if (!list || seg.kind !== "qa") return;
      var talk = snapshot.talks[seg.talk];
      list.textContent = "";
      snapshot.questions.filter(function (q) { return q.submission_id === talk.submission_id; })
        .forEach(function (q) {
          var li = document.createElement("li");
          var text = document.createElement("span");
          text.className = "q-text";
          text.textContent = q.text;
          var meta = document.createElement("span");
          meta.className = "q-meta";
          meta.textContent = " " + (q.name ? q.name + " · " : "") + q.votes + " ▲";
          li.appendChild(text);
          li.appendChild(meta);
          list.appendChild(li);
        });
    };
    var frame = function () {
      var pos = position();
      if (pos) {
        var key = pos.segment + ":" + pos.slide;
        if (key !== shown) {
          shown = key;
          sections.forEach(function (section, i) {
            section.hidden = i !== pos.segment;
            section.querySelectorAll("img[data-slide]").forEach(function (img) {
              img.hidden = Number(img.getAttribute("data-slide")) !== pos.slide;
            });
          });
          renderQuestions();
        }
        var seg = snapshot.segments[pos.segment];
        clockEl.textContent = T.clock(pos.remaining);
        clockEl.className = pos.remaining !== null && pos.remaining < 0 ? "over" : "";
        var parts = [];
        if (pos.paused) parts.push(words("paused"));
        if (seg.kind === "slides" && seg.slides > 1) parts.push((pos.slide + 1) + "/" + seg.slides);
        whereEl.textContent = parts.join(" · ");
      }
      window.requestAnimationFrame(frame);
    };
    T.follow(document.body.getAttribute("data-stream"), function (s) {
      if (s.segments.length !== sections.length) { window.location.reload(); return; }
      snapshot = s;
      shown = "";
    });
    window.requestAnimationFrame(frame);
    document.addEventListener("keydown", function (e) {
      var pos = position();
      if (!pos || e.ctrlKey || e.metaKey || e.altKey) return;
      var inSlides = snapshot.segments[pos.segment].kind === "slides";
      if (e.key === " ") { e.preventDefault(); act(!pos.started ? "start" : pos.paused ? "resume" : "pause"); }
      else if (e.key === "ArrowRight") act(inSlides ? "next_slide" : "next_segment");
      else if (e.key === "ArrowLeft") act(inSlides && pos.slide > 0 ? "previous_slide" : "previous_segment");
      else if (e.key === "f" || e.key === "F") {
        if (document.fullscreenElement) document.exitFullscreen();
        else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen();
      }
    });
    // The projector's screen stays awake (Wake Lock API), again after the tab comes back.
    var awake = function () {
      if (navigator.wakeLock && document.visibilityState === "visible") {
        navigator.wakeLock.request("screen").catch(function () {});
      }
    };
    document.addEventListener("visibilitychange", awake);
    awake();
  } else if (view === "control") {
    var clock = document.getElementById("clock");
    var rendered = null;
    // What the page was drawn with (the server keys it the same way).
    var seen = root.getAttribute("data-shows");
    T.follow(root.getAttribute("data-stream"), function (s) {
      // A new stage or a question to moderate redraws the page; votes only change numbers
      // (a busy room votes every second: the host's thumb would never reach a button).
      var approved = s.questions.filter(function (q) { return q.status === "approved"; })
        .map(function (q) { return q.id; }).sort(function (a, b) { return a - b; });
      var now = s.version + "|" + s.pending + ":" + approved.join(",");
      if (seen !== now) { window.location.reload(); return; }
      snapshot = s;
      s.questions.forEach(function (q) {
        var votes = root.querySelector('[data-votes="' + q.id + '"]');
        if (votes) votes.textContent = String(q.votes);
      });
    });
    var tick = function () {
      var pos = position();
      if (pos) {
        var key = pos.segment + ":" + pos.slide;
        if (rendered === null) rendered = key;
        else if (rendered !== key) { window.location.reload(); return; }
        clock.textContent = T.clock(pos.remaining);
      }
      setTimeout(tick, 200);
    };
    tick();
    root.querySelectorAll("form.stage-buttons button").forEach(function (button) {
      button.addEventListener("click", function (e) {
        e.preventDefault();
        // getAttribute: `form.action` is the form's control named "action" (these buttons).
        send(button.form.getAttribute("action"), "action=" + encodeURIComponent(button.value));
      });
    });
  }
})();
