// The audience page, live: follow the night's stream and show the talk on stage and its
// questions as they are let through. The forms work the same with or without this file.
"use strict";
(function () {
  var root = document.getElementById("live");
  if (!root || !window.EventSource) return;
  var seen = null;
  var source = new EventSource(root.getAttribute("data-stream"));
  source.addEventListener("state", function (e) {
    var s = JSON.parse(e.data);
    var key = s.version + "|" + s.questions.map(function (q) { return q.id + "/" + q.votes + "/" + q.status; }).join(",");
    // Something changed: show it, unless the person is typing a question.
    var typing = document.activeElement && /^(TEXTAREA|INPUT)$/.test(document.activeElement.tagName);
    if (seen !== null && seen !== key && !typing) {
      window.location.replace(window.location.pathname);
      return;
    }
    if (!typing) seen = key;
  });
})();
