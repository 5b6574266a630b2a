// failnight's slide player: a deck shown at the stage's rhythm (N seconds a slide, advancing on
// its own), with a countdown and a bell at the end. Plain JavaScript, no build step, served
// at /static/player.js (the CSP allows only our own scripts). The page works without it.
//
// Small API, for the speaker's rehearsal now and the stage later:
//
//   const player = FailnightPlayer.create({
//     slides: ["/s/…/slides/<hash>", …],   // image URLs in order
//     secondsPerSlide: 40,
//     now: () => performance.now(),       // optional clock in ms (the stage passes a
//                                         // server-corrected one; tests a fake one)
//     onChange: (state) => {},            // called on every tick and change
//     onEnd: () => {},                    // called once when the last slide's time is up
//   });
//   player.start(); player.pause(); player.resume(); player.step(+1 | -1); player.stop();
//   player.state()  // { index, total, remainingMs, running, ended }; player.slideMs
//
//   FailnightPlayer.mount(element, player)  // builds the view (image, countdown, progress,
//                                           // buttons; space pauses, arrows step, F full screen)
//   FailnightPlayer.bell()                  // the bell (Web Audio), also usable alone
//
// The timing is computed from the clock, not counted by timers, so a late tick never drifts:
// the slide shown is always floor(elapsed / secondsPerSlide).
"use strict";

(function () {
  function create(options) {
    const slides = options.slides || [];
    const slideMs = (options.secondsPerSlide || 40) * 1000;
    const now = options.now || (() => performance.now());
    const onChange = options.onChange || (() => {});
    const onEnd = options.onEnd || (() => {});
    // Elapsed time of the talk: `base` ms banked while paused, plus the running stretch.
    let base = 0;
    let since = null;
    let ended = false;
    let timer = null;

    function elapsed() {
      return Math.min(base + (since === null ? 0 : now() - since), slides.length * slideMs);
    }
    function state() {
      const e = elapsed();
      const index = Math.min(Math.floor(e / slideMs), Math.max(slides.length - 1, 0));
      const remainingMs = Math.max((index + 1) * slideMs - e, 0);
      return { index, total: slides.length, remainingMs, running: since !== null, ended };
    }
    function tick() {
      if (!ended && slides.length > 0 && elapsed() >= slides.length * slideMs) {
        ended = true;
        pause();
        onEnd();
      }
      onChange(state());
    }
    function start() {
      stop();
      since = now();
      ended = false;
      timer = setInterval(tick, 100);
      tick();
    }
    function pause() {
      if (since !== null) {
        base += now() - since;
        since = null;
      }
      onChange(state());
    }
    function resume() {
      if (since === null && !ended) {
        since = now();
        if (timer === null) timer = setInterval(tick, 100);
      }
      onChange(state());
    }
    function step(delta) {
      const index = Math.min(Math.max(state().index + delta, 0), slides.length - 1);
      const running = since !== null;
      base = index * slideMs;
      since = running ? now() : null;
      ended = false;
      onChange(state());
    }
    function stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      base = 0;
      since = null;
      ended = false;
      onChange(state());
    }
    return { start, pause, resume, step, stop, state, slideMs };
  }

  let audio = null;
  function bell() {
    try {
      const Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) return;
      audio = audio || new Context();
      const t = audio.currentTime;
      for (const [freq, delay] of [[880, 0], [660, 0.35]]) {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, t + delay);
        gain.gain.exponentialRampToValueAtTime(0.4, t + delay + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, t + delay + 1.2);
        osc.connect(gain).connect(audio.destination);
        osc.start(t + delay);
        osc.stop(t + delay + 1.3);
      }
    } catch (_) {
      // No sound is no reason to stop the rehearsal.
    }
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  // The words the player shows, in the page's language: the page gives them in a JSON block
  // (`<script type="application/json" id="player-text">`); `{n}`, `{total}` and `{seconds}`
  // stand for numbers. This file holds no language.
  let words = null;
  function text(key, values) {
    if (words === null) {
      const block = document.getElementById("player-text");
      try {
        words = block ? JSON.parse(block.textContent) : {};
      } catch (_) {
        words = {};
      }
    }
    let out = words[key] || "";
    for (const name in values || {}) out = out.split("{" + name + "}").join(String(values[name]));
    return out;
  }

  function mount(root, player, slides) {
    const view = el("div", "player");
    view.setAttribute("role", "region");
    view.setAttribute("aria-label", text("region"));
    const img = el("img");
    img.alt = "";
    const progress = el("div", "progress");
    const fill = el("span");
    progress.append(fill);
    const bar = el("div", "bar");
    const where = el("span", "where");
    const countdown = el("span", "countdown");
    countdown.setAttribute("aria-live", "off");
    const buttons = el("span", "buttons");
    const pause = el("button", "secondary", text("pause"));
    pause.type = "button";
    const prev = el("button", "secondary", "←");
    prev.type = "button";
    prev.setAttribute("aria-label", text("previous"));
    const next = el("button", "secondary", "→");
    next.type = "button";
    next.setAttribute("aria-label", text("next"));
    const full = el("button", "secondary", text("fullscreen"));
    full.type = "button";
    buttons.append(prev, pause, next, full);
    bar.append(where, countdown, buttons);
    view.append(img, progress, bar);
    root.append(view);

    player.render = (s) => {
      if (slides[s.index] && img.getAttribute("src") !== slides[s.index]) {
        img.src = slides[s.index];
        img.alt = text("slide", { n: s.index + 1 });
      }
      const secs = Math.ceil(s.remainingMs / 1000);
      countdown.textContent = s.ended ? text("time") : Math.floor(secs / 60) + ":" + String(secs % 60).padStart(2, "0");
      where.textContent = text("where", { n: s.index + 1, total: s.total });
      fill.style.width = (100 * (s.index + (s.ended ? 1 : 1 - s.remainingMs / player.slideMs))) / s.total + "%";
      pause.textContent = s.running ? text("pause") : s.ended ? text("again") : text("resume");
    };
    pause.addEventListener("click", () => {
      const s = player.state();
      if (s.ended) player.start();
      else if (s.running) player.pause();
      else player.resume();
    });
    prev.addEventListener("click", () => player.step(-1));
    next.addEventListener("click", () => player.step(1));
    full.addEventListener("click", () => {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (view.requestFullscreen) view.requestFullscreen();
    });
    view.tabIndex = -1;
    view.addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        pause.click();
      } else if (event.key === "ArrowRight") player.step(1);
      else if (event.key === "ArrowLeft") player.step(-1);
      else if (event.key === "f" || event.key === "F") full.click();
    });
    return view;
  }

  window.FailnightPlayer = { create, mount, bell };

  // The speaker's rehearsal: every list marked data-player gets a "Rehearse" button.
  document.querySelectorAll("ol[data-player]").forEach((list) => {
    const slides = Array.from(list.querySelectorAll("img")).map((img) => img.getAttribute("src"));
    const seconds = Number(list.dataset.seconds) || 40;
    const start = el("button", "", text("rehearse", { seconds: seconds }));
    start.type = "button";
    let view = null;
    const player = create({
      slides,
      secondsPerSlide: seconds,
      onChange: (s) => player && player.render && player.render(s),
      onEnd: bell,
    });
    start.addEventListener("click", () => {
      if (!view) view = mount(list.parentNode.insertBefore(el("div"), list), player, slides);
      player.start();
      view.focus();
    });
    list.parentNode.insertBefore(start, list);
    const hint = list.parentNode.querySelector(".player-hint");
    if (hint) hint.hidden = true;
  });
})();
