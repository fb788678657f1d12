// newsrail bench — runs before the loader on bench/browser/widget.html.
//
//  - window.fetch is wrapped: the feed (/feeds/...) is read whole; its first 8 bytes go to the
//    loader at once (they tell it which module to load: a snapshot's or JSON's), the rest is held
//    until that module is ready and idle; "feed bytes available" (performance mark nr:feed) is the
//    moment the rest is handed over. So the time measured is what the reader's device
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
    const body = new Uint8Array(await res.arrayBuffer());
    bench.feedBytes = body.byteLength;
    // The loader picks its module by the feed's first 8 bytes (a snapshot or JSON): those come at
    // once, the rest once that module is ready and idle.
    // (A loader that already holds this ETag's copy reads no body: the mark comes all the same.)
    const released = coreReady.then(() => settle(Number(params.get('settle') || 100))).then(() => {
      performance.mark('nr:feed');  // set_options done, the loader awaits the feed
      bench.t0 = performance.now();
    });
    // A revalidation (If-None-Match: the loader holds a copy, and loads its module already) is
    // held whole, headers included, as a first view's bytes after the 8th are.
    const headers = new Headers((init && init.headers) || {});
    if (headers.has('If-None-Match')) {
      await released;
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    }
    const stream = new ReadableStream({
      start(c) { c.enqueue(body.slice(0, 8)); },
      async pull(c) {
        await released;
        if (body.length > 8) c.enqueue(body.slice(8));
        c.close();
      },
    });
    return new Response(stream, { status: res.status, statusText: res.statusText, headers: res.headers });
  };

  // The yardstick of the snapshot's first view (?yardstick=NAME): one JSON.parse of the packed
  // JSON feed NAME in this page, after the widget rendered (its decode to a string timed apart).
  bench.yardstick = async () => {
    const name = params.get('yardstick');
    if (!name) return null;
    const bytes = new Uint8Array(await (await realFetch(`/feeds/${name}.json`)).arrayBuffer());
    const t0 = performance.now();
    const text = new TextDecoder().decode(bytes);
    const t1 = performance.now();
    const value = JSON.parse(text);
    const t2 = performance.now();
    return { name, bytes: bytes.length, decodeMs: t1 - t0, parseMs: t2 - t1, items: value.items.length };
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
    s.dataset.feed = `/feeds/${params.get('feed')}.${params.get('ext') || 'json'}`;
    s.dataset.now = 'feed';
    s.dataset.refresh = '0';
    if (params.get('article')) s.dataset.article = params.get('article');
    s.onload = () => requestAnimationFrame(watch);  // the elements are upgraded: shadow roots exist
    document.head.append(s);
  });
})();
