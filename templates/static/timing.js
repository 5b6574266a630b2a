// Where the night is at an instant: the rules of failnight_stage::program::at, for views.
// A snapshot (from the live stream) holds the stored state, the program and the server's
// clock; views keep the offset between the server's clock and theirs, and compute the
// countdown every frame without asking the server. No dependencies, no build step.
"use strict";
(function (root) {
  // The offset (server minus this browser, ms). Network delay only ever makes a sample
  // look earlier than the server's clock was, so the largest recent sample is the best.
  var samples = [];
  function observe(serverNow) {
    samples.push(serverNow - Date.now());
    if (samples.length > 12) samples.shift();
  }
  function offset() {
    return samples.length ? Math.max.apply(null, samples) : 0;
  }
  function serverNow() {
    return Date.now() + offset();
  }
  // Where the night is at server time t (ms), given a snapshot s.
  function at(s, t) {
    var segs = s.segments, last = segs.length - 1;
    var segment = Math.min(Math.max(s.segment, 0), last);
    var slide = Math.min(Math.max(s.slide, 0), segs[segment].slides - 1);
    if (s.started_at === null) {
      return { started: false, paused: false, segment: segment, slide: slide, remaining: null };
    }
    var anchor = s.paused_at !== null ? s.paused_at : t;
    var item = s.started_at;
    for (;;) {
      var seg = segs[segment];
      if (seg.kind !== "slides") {
        return { started: true, paused: s.paused_at !== null, segment: segment, slide: 0,
          remaining: seg.budget_ms === null ? null : seg.budget_ms - (anchor - item) };
      }
      var elapsed = anchor - item;
      var passed = elapsed < 0 ? 0 : Math.floor(elapsed / Math.max(seg.slide_ms, 1));
      if (slide + passed < seg.slides || segment === last) {
        passed = Math.min(passed, seg.slides - 1 - slide);
        var start = item + passed * seg.slide_ms;
        return { started: true, paused: s.paused_at !== null, segment: segment, slide: slide + passed,
          remaining: seg.slide_ms - (anchor - start) };
      }
      item += (seg.slides - slide) * seg.slide_ms;
      segment += 1;
      slide = 0;
    }
  }
  // "6:40", "-1:05" (over time); "" when untimed.
  function clock(ms) {
    if (ms === null) return "";
    var sign = ms < 0 ? "-" : "";
    var secs = Math.ceil(Math.abs(ms) / 1000);
    var s = secs % 60;
    return sign + Math.floor(secs / 60) + ":" + (s < 10 ? "0" : "") + s;
  }
  // A stream that reconnects on its own (EventSource does) and hands every snapshot over.
  function follow(url, onState) {
    var source = new EventSource(url);
    source.addEventListener("state", function (e) {
      var s = JSON.parse(e.data);
      observe(s.now);
      onState(s);
    });
    source.addEventListener("clock", function (e) {
      observe(JSON.parse(e.data).now);
    });
    return source;
  }
  root.FailnightTiming = { at: at, clock: clock, serverNow: serverNow, observe: observe, follow: follow };
})(window);
