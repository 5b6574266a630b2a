// failnight's chapter widget: <script src="https://…/embed.js" data-chapter="berlin" async></script>
// lists the chapter's next nights where the tag is, in a shadow root (the page's styles do not
// reach it, its styles do not leak). Optional: data-lang="es", data-accent="#1f5fbf" (the
// server refuses an accent white text is hard to read on).
// Text only ever goes in through textContent: nothing from the server is parsed as HTML.
(function () {
  var script = document.currentScript;
  if (!script || !script.getAttribute("data-chapter")) return;
  var base = new URL(script.src).origin;
  var slug = encodeURIComponent(script.getAttribute("data-chapter"));
  var query = [];
  ["lang", "accent"].forEach(function (name) {
    var value = script.getAttribute("data-" + name);
    if (value) query.push(name + "=" + encodeURIComponent(value));
  });
  var host = document.createElement("div");
  host.className = "failnight-widget";
  script.parentNode.insertBefore(host, script.nextSibling);
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function render(w) {
    var style = el("style");
    style.textContent =
      ":host{all:initial;display:block}" +
      ".w{font:16px/1.45 system-ui,sans-serif;color:#1d1b16;background:#fff;border:1px solid #8a8478;border-radius:8px;padding:12px 16px;max-width:36rem}" +
      "h2{font-size:1.1rem;margin:0 0 8px}ul{list-style:none;margin:0;padding:0}" +
      "li{padding:10px 0;border-top:1px solid #d8d3c8}li:first-child{border-top:0}" +
      ".t{font-weight:700}.m{color:#5c574d;font-size:.9rem}" +
      "a{color:#1d1b16}" +
      "a.b{display:inline-block;margin-top:4px;padding:8px 14px;border-radius:6px;background:" + w.accent +
      ";color:#fff;text-decoration:none;font-weight:600}a:focus{outline:3px solid #1d1b16;outline-offset:2px}";
    var box = el("section", "w");
    box.setAttribute("lang", w.lang);
    box.appendChild(el("h2", "", w.heading));
    if (!w.nights.length) box.appendChild(el("p", "m", w.none));
    var list = el("ul");
    w.nights.forEach(function (n) {
      var item = el("li");
      item.appendChild(el("div", "t", n.title));
      item.appendChild(el("div", "m", n.when + " · " + n.venue));
      item.appendChild(el("div", "m", n.seats));
      var link = el("a", "b", n.action);
      link.href = n.url;
      link.target = "_blank";
      link.rel = "noopener";
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(list);
    var more = el("a", "", w.more);
    more.href = w.chapter_url;
    more.target = "_blank";
    more.rel = "noopener";
    box.appendChild(el("p")).appendChild(more);
    root.appendChild(style);
    root.appendChild(box);
  }

  fetch(base + "/c/" + slug + "/widget.json" + (query.length ? "?" + query.join("&") : ""))
    .then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    })
    .then(render)
    .catch(function () {
      host.remove();
    });
})();
