// newsrail bench — runs before the loader on bench/browser/widget.html.
//
//  - window.fetch is wrapped: the feed (/feeds/...) is read whole, then held until the core is
//    ready and idle; "feed bytes available" (performance mark nr:feed) is the moment the loader's
//    fetch resolves with those bytes in memory. So the time measured is what the reader's device
//    does once the feed is there: the core's parse and index, the three rankings, the DOM;
//    not the network, and not the core's download and compilation (which run in parallel with
//    the feed's download on a real page).
//  - "rendered" (mark nr:dom) is when all three shadow roots hold their list (a MutationObserver
//    callback, a microtask after the last render); "painted" (nr:paint) is a message posted from
//    the next animation frame, i.e. after that frame's style, layout and paint were scheduled.
//  - long tasks (> 50 ms) are collected by a PerformanceObserver; localStorage.setItem is timed.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const bench = (window.__nrBench ??= {});
  bench.calls ??= [];
  bench.pregrow = Number(params.get('pregrow') || 0);
  bench.longtasks = [];
  bench.errors = [];
  window.addEventListener('error', (e) => bench.errors.push(String(e.message)));
  const origWarn = console.warn;
  console.warn = (...a) => { bench.errors.push(a.join(' ')); origWarn.apply(console, a); };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no longtask support */ }

  // localStorage writes (the loader keeps feeds under 2 million characters on the device):
  // their time inside the measured window is reported on its own.
  bench.storeMs = 0;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const start = performance.now();
    try {
      return setItem.call(this, key, value);
    } finally {
      if (bench.t0 !== undefined && bench.t1 === undefined) bench.storeMs += performance.now() - start;
    }
  };

  const coreReady = new Promise((resolve) => { bench.coreReady = resolve; });
  const settle = (ms) => new Promise((r) => setTimeout(r, ms));
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input.url, location.href);
    if (!url.pathname.startsWith('/feeds/')) return realFetch(input, init);
    const res = await realFetch(input, init);
    const body = await res.arrayBuffer();
    bench.feedBytes = body.byteLength;
    await coreReady;
    await settle(Number(params.get('settle') || 100));  // set_options done, the loader awaits the feed
    performance.mark('nr:feed');
    bench.t0 = performance.now();
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };

  const KINDS = ['newsrail-ticker', 'newsrail-most-read', 'newsrail-read-next'];
  const done = () => KINDS.every((k) => {
    const el = document.querySelector(k);
    return el && el.shadowRoot && el.shadowRoot.querySelector('.nr');
  });
  function watch() {
    const mo = new MutationObserver(() => {
      if (bench.t1 !== undefined || bench.t0 === undefined || !done()) return;
      performance.mark('nr:dom');
      bench.t1 = performance.now();
      mo.disconnect();
      requestAnimationFrame(() => {
        bench.raf = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          performance.mark('nr:paint');
          bench.t2 = performance.now();
          bench.finished = true;
        };
        ch.port2.postMessage(0);
      });
    });
    for (const k of KINDS) {
      const el = document.querySelector(k);
      if (el && el.shadowRoot) mo.observe(el.shadowRoot, { childList: true, subtree: true });
    }
  }
  document.addEventListener('DOMContentLoaded', () => {
    // The loader's script tag, as a publisher writes it (plus data-now="feed": the synthetic
    // feeds are dated 2025-06-26, and data-refresh="0": no timer during the measurement).
    const s = document.createElement('script');
    s.async = true;
    s.src = '/newsrail/newsrail.js';
    s.dataset.feed = `/feeds/${params.get('feed')}.json`;
    s.dataset.now = 'feed';
    s.dataset.refresh = '0';
    if (params.get('article')) s.dataset.article = params.get('article');
    s.onload = () => requestAnimationFrame(watch);  // the elements are upgraded: shadow roots exist
    document.head.append(s);
  });
})();
