/*! newsrail loader: Most Read, Read Next and a Breaking ticker, ranked by a WebAssembly core. */
// A publisher adds one script tag and the elements:
//   <script async src="/newsrail/newsrail.js" data-feed="/feed.json"></script>
//   <newsrail-ticker></newsrail-ticker>
//   <newsrail-most-read window="24h" limit="5"></newsrail-most-read>
//   <newsrail-read-next limit="4"></newsrail-read-next>      (or <div data-newsrail="read-next">)
// The feed is JSON, or a snapshot (`newsrail pack --format binary`, faster to load): its first
// bytes say which, and which WebAssembly module to load.
// Plain ES2020, one IIFE, one global (Newsrail), no dependencies. Feed text reaches the page only
// through textContent; links only when http(s)/relative; errors become one `[newsrail] …` warning
// each and never reach the host page. Whatever the host put inside an element stays visible until
// the widget has something better to show.
//
// Index: [Settings] [Utilities] [Core] [Feed] [Kept snapshot] [History] [Text] [Styles] [Module]
//        [Views] [Refresh] [Elements and API]
(() => {
  'use strict';
  if (window.Newsrail) return;  // Loaded twice: the first copy stays in charge.

  // ---- [Settings] read once, defaults in one place -----------------------------------------
  const script = document.currentScript || document.querySelector('script[src*="newsrail.js"]');
  const data = (script && script.dataset) || {};
  const here = (script && script.src) || document.baseURI;
  const refresh = Number(data.refresh ?? 60);
  const CFG = {
    feed: data.feed ? new URL(data.feed, document.baseURI).href : '',
    config: (data.config || '').trim(),   // URL of options JSON, or the JSON object inline
    now: data.now || '',                  // '' = the real clock, 'feed' = generated_at, or RFC 3339
    history: data.history !== 'off',
    refresh: refresh > 0 ? Math.max(refresh, 1) : refresh === 0 ? 0 : 60,  // seconds, 0 = never
    lang: data.lang || '',
    theme: data.theme || 'auto',          // auto (the page's color-scheme), light, dark
    article: data.article || '',
  };
  const MAX_FEED = 16 << 20;      // bytes; the core refuses larger feeds too
  const TIMEOUT = 10000;          // ms per request
  const CACHE_MAX = 2e6;          // characters: larger JSON feeds are not kept on the device
  const IDB_WAIT = 3000;          // ms an IndexedDB open may take before the widget goes on without
  const WARM_CALLS = 60;          // nr_warm calls at most while the feed downloads (idle time only)
  const KEY_HISTORY = 'newsrail:history:v1';
  const KEY_FEED = `newsrail:feed:v1:${CFG.feed}`;
  const KINDS = ['most-read', 'read-next', 'ticker'];
  const SPEED = 60;               // ticker, CSS pixels per second

  // ---- [Utilities] ------------------------------------------------------------------------
  const noop = () => {};
  const warned = new Set();
  const warn = (e) => {
    const text = `[newsrail] ${(e && e.message) || e}`.replace(/\s+/g, ' ');
    if (!warned.has(text)) warned.add(text), console.warn(text);
  };
  // Every entry point (callbacks, listeners, timers, API) runs through guard: nothing is thrown
  // into the host page, rejected promises included.
  const guard = (fn) => function (...args) {
    try {
      const result = fn.apply(this, args);
      return result && typeof result.then === 'function' ? result.catch(warn) : result;
    } catch (e) {
      warn(e);
    }
  };
  const store = {
    get(key) { try { return localStorage.getItem(key); } catch { return null; } },
    set(key, value) { try { localStorage.setItem(key, value); return true; } catch { return false; } },
    del(key) { try { localStorage.removeItem(key); } catch { /* private mode */ } },
  };
  // Absolute http(s) URL, or '' (javascript:, data:, garbage). Relative URLs follow the feed's.
  const safeUrl = (url) => {
    try {
      const u = typeof url === 'string' && url && new URL(url, CFG.feed || document.baseURI);
      return u && /^https?:$/.test(u.protocol) ? u.href : '';
    } catch {
      return '';
    }
  };
  // h('a', {href, part, text}, ...children): attributes only through setAttribute, text only
  // through textContent / text nodes.
  const h = (tag, attrs, ...kids) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const kid of kids) if (kid) el.append(kid);
    return el;
  };
  // fetch(url), then read(response), within TIMEOUT in all; errors name the URL.
  async function get(url, init, read) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), TIMEOUT);
    try {
      return await read(await fetch(url, { ...init, signal: ctl.signal }));
    } catch (e) {
      throw new Error(`${url}: ${ctl.signal.aborted ? `no answer in ${TIMEOUT / 1000} s` : e.message}`);
    } finally {
      clearTimeout(timer);
    }
  }
  const ok = (res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res;
  };
  // A turn for the page (input, rendering) before the rest of a long piece of work.
  const yieldToPage = () => (window.scheduler && scheduler.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0)));
  const idle = (fn) => (window.requestIdleCallback ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 50));

  // ---- [Core] two WebAssembly modules; each one's JS glue and .wasm load in parallel ----------
  // newsrail-core reads JSON feeds and snapshots; newsrail-rank, smaller, reads snapshots only.
  // The feed's first bytes say which one the page needs (fetchFeed tells as soon as 8 bytes have
  // arrived), so the module downloads while the rest of the feed does, and a page whose feed keeps
  // its form downloads one module.
  let core = null;     // the module the rankings ask: the one holding the feed in use
  let coreName = '';   // its name, 'core' or 'rank'
  let failed = false;  // a module did not load (with none up, the modules keep their fallback)
  let config = null;   // Promise of the options' JSON text, read once per page load
  const engines = {};  // name -> Promise of that module, loaded, with the options set
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  async function loadModule(name) {
    const glue = new URL(`newsrail-${name}.mjs`, here).href;
    const wasmUrl = new URL(`newsrail-${name}.wasm`, here).href;
    const wasm = fetch(wasmUrl, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`${wasmUrl}: HTTP ${r.status}`);
      return r;
    });
    wasm.catch(noop);
    const factory = (await import(glue)).default;
    return new Promise((resolve, reject) => {
      factory({
        print: noop,
        printErr: noop,
        instantiateWasm(imports, receive) {
          wasm.then((r) => WebAssembly.instantiateStreaming(r.clone(), imports)
            .catch(() => r.arrayBuffer().then((b) => WebAssembly.instantiate(b, imports))))
            .then((x) => receive(x.instance, x.module), reject);
          return {};
        },
      }).then(resolve, reject);
    });
  }
  // The small module ranks a tiny built-in snapshot (nr_warm): once at once, so the browser
  // compiles that code while the feed is still downloading rather than on the reader's first
  // view; then again in idle time until the feed is here (at most WARM_CALLS), so V8 has
  // optimised the hot functions by then (bench/wasm-load.mjs: the first read of 1,000 articles
  // 22.5 ms after one call, 10.5 after 100, in Node). Never while the page has work to do.
  let feedHere = false;  // the first feed's bytes arrived (or failed to): warming stops
  function warm(m) {
    if (!m._nr_warm) return;
    m._nr_warm();
    let calls = 1;
    const more = guard((deadline) => {
      while (!feedHere && calls < WARM_CALLS && deadline.timeRemaining() > 4) m._nr_warm(), calls++;
      if (!feedHere && calls < WARM_CALLS) requestIdleCallback(more);
    });
    if (window.requestIdleCallback) requestIdleCallback(more);
  }
  // Options: read once per page load (refreshes keep them), given to every module loaded.
  const options = () => config || (config = loadConfig().catch((e) => warn(`data-config: ${e.message}`)).then((c) => c || '{}'));
  // The module `name`, loaded once, with the page's options set. A second module gets the same
  // options, so the same diagnostics: warn() prints each once.
  function engine(name) {
    return engines[name] || (engines[name] = Promise.all([loadModule(name), options()]).then(([m, json]) => {
      for (const d of call('set_options', json, m).diagnostics || []) warn(`data-config: ${d.path ? `${d.path}: ` : ''}${d.message}`);
      warm(m);
      return m;
    }, (e) => {
      failed = true;
      throw new Error(`the WebAssembly core did not load (${(e && e.message) || e})`);
    }));
  }
  // A snapshot (`newsrail pack --format binary`) carries the identifier "NRS1" in its bytes 4..7;
  // a JSON feed never does.
  const isSnapshot = (b) => typeof b !== 'string' && b.length >= 8 && String.fromCharCode(...b.subarray(4, 8)) === 'NRS1';
  // The module a feed needs: JSON, the full one; a snapshot, the one in use (the full one reads
  // snapshots too), else the small one.
  const moduleFor = (snapshot) => (!snapshot ? 'core' : coreName || 'rank');
  // fetchFeed's early word on the form: the module it needs starts loading.
  const prepare = (snapshot) => void engine(moduleFor(snapshot)).catch(noop);
  // Calls nr_<name> of module m with a string, bytes or an object (as JSON); returns the parsed
  // JSON answer. nr_input(size) may grow the memory, which replaces m.HEAPU8: read it only after
  // the call. The core never shrinks that buffer, and growing it keeps the bytes written so far.
  function call(name, data, m = core) {
    if (typeof data === 'object' && !(data instanceof Uint8Array)) data = JSON.stringify(data);
    let size;
    if (typeof data === 'string') {
      // One UTF-8 byte per character first (what JSON mostly is), then room for the rest.
      let at = m._nr_input(data.length);
      const done = enc.encodeInto(data, m.HEAPU8.subarray(at, at + data.length));
      size = done.written;
      if (done.read < data.length) {
        const rest = data.slice(done.read);
        const end = size + rest.length * 3;
        at = m._nr_input(end);
        size += enc.encodeInto(rest, m.HEAPU8.subarray(at + size, at + end)).written;
      }
    } else {
      size = data.length;
      const at = m._nr_input(size);
      m.HEAPU8.set(data, at);
    }
    const length = m[`_nr_${name}`](size);
    const at = m._nr_output();
    return JSON.parse(dec.decode(m.HEAPU8.subarray(at, at + length)));
  }

  // ---- [Feed] ---------------------------------------------------------------------------------
  const state = { loaded: false, etag: '', generated: 0, lang: '', checked: 0 };
  // The first `size` bytes of the chunks `parts`, in one array.
  function concat(parts, size) {
    if (parts.length === 1) return parts[0];
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of parts) bytes.set(p, at), at += p.length;
    return bytes;
  }

  // Resolves { bytes, etag }, or null when the server answers 304 to `etag`. Throws on 4xx/5xx,
  // timeouts, network errors and feeds over MAX_FEED bytes. sniff(snapshot), if given, learns the
  // feed's form once 8 bytes have arrived (or the body ended shorter).
  async function fetchFeed(etag, sniff) {
    if (!CFG.feed) throw new Error('the script tag has no data-feed');
    // An explicit If-None-Match makes the browser hand the 304 to us. Cross-origin, that header
    // would cost a CORS preflight per refresh: there the HTTP cache revalidates instead.
    const same = new URL(CFG.feed).origin === location.origin;
    const init = same && etag ? { headers: { 'If-None-Match': etag }, cache: 'no-store' } : { cache: 'no-cache' };
    return get(CFG.feed, init, async (res) => {
      if (res.status === 304) return null;
      const tag = ok(res).headers.get('ETag') || '';
      if (tag && tag === etag) return null;
      const big = () => new Error(`larger than ${MAX_FEED >> 20} MiB`);
      if (Number(res.headers.get('Content-Length')) > MAX_FEED) throw big();
      const reader = res.body.getReader();
      const parts = [];
      let size = 0;
      for (;;) {
        const { done: end, value } = await reader.read();
        if (!end) {
          size += value.length;
          if (size > MAX_FEED) throw reader.cancel(), big();
          parts.push(value);
        }
        if (sniff && (size >= 8 || end)) sniff(isSnapshot(concat(parts, size))), sniff = null;
        if (end) break;
      }
      return { bytes: concat(parts, size), etag: tag };
    });
  }

  // Loads a feed (JSON as text or bytes, or a snapshot's bytes) into the module it needs; resolves
  // true when usable. JSON is parsed and indexed in two calls with a turn for the page between
  // them (a click or a key press waits for one, not for both); a snapshot, an index already, is
  // one call. Until then the rankings use the previous feed, in the previous module: a JSON feed
  // after a snapshot loads the full module and switches to it once it holds the feed. Good feeds
  // are kept on the device for the day the server fails: see keepFeed.
  async function useFeed(input, etag, keep) {
    const snapshot = isSnapshot(input);
    const name = moduleFor(snapshot);
    let m;
    try {
      m = await engine(name);
    } catch (e) {
      warn(`${e.message}; ${core ? 'the feed in use stays' : 'the modules keep their fallback'}`);
      return false;
    }
    const report = call(!snapshot ? 'parse_feed' : name === 'rank' ? 'load_snapshot' : 'load_feed', input, m);
    if (!report.usable) {
      const first = (report.diagnostics || []).find((d) => d.severity === 'error');
      warn(`${CFG.feed}: not a usable feed (${first ? first.message : 'no items'})`);
      return false;
    }
    if (!snapshot) {
      await yieldToPage();
      m._nr_index_feed();
    }
    if (name !== coreName) {
      delete engines[coreName];  // the small module, left for the full one
      core = m;
      coreName = name;
    }
    state.loaded = true;
    state.etag = etag || '';
    // The feed's "now" and language, from the core's report.
    state.generated = Date.parse(report.generated_at) / 1000 || 0;
    state.lang = report.language || '';
    if (keep) keepFeed(input, etag);
    return true;
  }
  // The copy on the device: JSON as text in localStorage; a snapshot's bytes in IndexedDB (see
  // [Kept snapshot]), with a record of its ETag in localStorage, read synchronously at boot for
  // If-None-Match. Writing a JSON copy costs a decode, a JSON.stringify and a synchronous
  // localStorage write (16 ms and more at 1 MB): a copy is written once the page is idle, after
  // the modules rendered, or at once when the page is left first. A newer feed replaces a copy
  // not written yet.
  let unkept = null;
  let keptSnapshot = false;  // the copy on the device is a snapshot (its bytes in IndexedDB)
  function keepFeed(input, etag) {
    // JSON over CACHE_MAX characters whatever it holds: UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (typeof input !== 'string' && !isSnapshot(input) && input.length > 3 * CACHE_MAX) return void (unkept = null);
    if (!unkept) idle(writeFeed);
    unkept = { input, etag };
  }
  const writeFeed = guard(() => {
    if (!unkept) return;
    const { input, etag } = unkept;
    unkept = null;
    if (isSnapshot(input)) {
      keptSnapshot = true;
      return void putSnapshot(input, etag);
    }
    const text = typeof input === 'string' ? input : dec.decode(input);
    if (text.length > CACHE_MAX) return;
    store.set(KEY_FEED, JSON.stringify({ etag, text }));
    if (keptSnapshot) keptSnapshot = false, dropSnapshot();
  });
  addEventListener('pagehide', writeFeed);
  // { etag, text } (JSON) or { etag, snapshot: true }, else null.
  function cachedFeed() {
    try {
      const c = JSON.parse(store.get(KEY_FEED));
      return c && (typeof c.text === 'string' || c.snapshot === true) ? c : null;
    } catch {
      return null;
    }
  }

  // ---- [Kept snapshot] IndexedDB (localStorage holds strings only) ------------------------------
  // One database "newsrail", one store "feeds": { etag, bytes } under the feed's URL. Every
  // failure (no IndexedDB, private mode, quota, an open that never answers) is silent: a read
  // gives null, a write is dropped, and the widget goes on without the copy.
  let database = null;
  function idb(mode, op) {
    database = database || new Promise((resolve) => {
      setTimeout(resolve, IDB_WAIT, null);
      const req = indexedDB.open('newsrail', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('feeds');
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => db.close();  // a later loader's upgrade, in another tab, goes first
        resolve(db);
      };
      req.onerror = req.onblocked = () => resolve(null);
    }).catch(() => null);
    return database.then((db) => db && new Promise((resolve) => {
      const tx = db.transaction('feeds', mode);
      const req = op(tx.objectStore('feeds'));
      tx.oncomplete = () => resolve(req.result);
      tx.onabort = tx.onerror = () => resolve(null);
    })).catch(() => null);
  }
  // The kept bytes when they are `etag`'s (not those of a write that never ended), else null.
  const readSnapshot = (etag) => idb('readonly', (s) => s.get(CFG.feed))
    .then((v) => (v && v.etag === etag && v.bytes instanceof Uint8Array ? v.bytes : null));
  // The record first (a page being left may not see the write end), removed again when the write
  // fails: a page view without IndexedDB does not ask for a 304 it cannot use.
  function putSnapshot(bytes, etag) {
    const record = JSON.stringify({ etag, snapshot: true });
    store.set(KEY_FEED, record);
    // A view's whole buffer would be stored: keep only its bytes.
    if (bytes.byteLength !== bytes.buffer.byteLength) bytes = bytes.slice();
    idb('readwrite', (s) => s.put({ etag, bytes }, CFG.feed)).then((key) => {
      if (!key && store.get(KEY_FEED) === record) store.del(KEY_FEED);
    });
  }
  const dropSnapshot = () => idb('readwrite', (s) => s.delete(CFG.feed));

  async function loadConfig() {
    if (!CFG.config || CFG.config[0] === '{') return CFG.config;
    return get(new URL(CFG.config, document.baseURI).href, {}, (res) => ok(res).text());
  }

  // The first load: feed and options in parallel, then the module the feed's form needs. Resolves
  // true once a feed is usable.
  let booting = null;
  const boot = () => booting || (booting = (async () => {
    const cached = cachedFeed();
    keptSnapshot = !!(cached && cached.snapshot);
    // The kept copy, read while the feed downloads (IndexedDB for a snapshot): used on a 304 to
    // its ETag, or when the server fails.
    const copy = !cached ? null : cached.snapshot ? readSnapshot(cached.etag) : cached.text;
    // A copy on the device says which form the feed had last time: its module starts loading now,
    // with the feed's request, rather than after the first bytes (a 304 sends none).
    if (cached) prepare(!!cached.snapshot);
    const feed = fetchFeed(cached && cached.etag, prepare);
    options();
    idle(guard(() => mods.forEach((m) => text(m.lang()).warm(m.kind))));
    let fresh = await feed.catch(warn);  // undefined when it failed
    feedHere = true;
    // A 304 to a copy that is not there after all (IndexedDB cleared, or its write never ended).
    if (fresh === null && !(await copy)) fresh = await fetchFeed('', prepare).catch(warn);
    if (fresh) await useFeed(fresh.bytes, fresh.etag, true);
    else if (fresh === null) await useFeed(await copy, cached.etag, false);  // 304 to our copy
    if (!state.loaded && fresh !== null && (await copy)) await useFeed(await copy, cached.etag, false);
    state.checked = Date.now();
    schedule();
    clock();
    if (state.loaded) recordPage();
    return state.loaded;
  })());

  // ---- [History] on the device only -----------------------------------------------------------
  const recorded = new Set();
  function history(stored = store.get(KEY_HISTORY)) {
    if (!CFG.history) return null;
    try {
      const value = JSON.parse(stored);
      return value && Array.isArray(value.entries) ? value : null;
    } catch {
      return null;
    }
  }
  const readIds = () => new Set(((history() || {}).entries || []).map((e) => e.id));
  function record(article) {
    if (!CFG.history || !state.loaded || !article || recorded.has(article)) return;
    recorded.add(article);
    const stored = store.get(KEY_HISTORY);
    // The page's title names its article when its URL is not the feed's (the core's one rule).
    const after = call('record_read', { history: history(stored), article, context: document.title, now: now() });
    const text = JSON.stringify(after);
    if (after.entries && after.entries.length && text !== stored) store.set(KEY_HISTORY, text);
  }
  const meta = (sel, attr) => {
    const el = document.querySelector(sel);
    return (el && el[attr]) || '';
  };
  // The article being read: data-article, else the canonical link, else og:url, else the page.
  const pageArticle = () => CFG.article || meta('link[rel~="canonical"]', 'href') ||
    meta('meta[property="og:url"]', 'content') || location.href.split('#')[0];
  const recordPage = () => record(pageArticle());

  // "now" in epoch seconds: the real clock unless data-now pins it (the demo, the tests).
  const pinned = CFG.now && CFG.now !== 'feed' ? Date.parse(CFG.now) / 1000 : 0;
  if (Number.isNaN(pinned)) warn(`data-now="${CFG.now}" is not "feed" or an RFC 3339 time; using the clock`);
  const now = () => (CFG.now === 'feed' && state.generated) || pinned || (Date.now() / 1000) | 0;

  // ---- [Text] labels in three languages, numbers and times through Intl ----------------------
  // <strings> generated from shared/i18n/strings.json by scripts/strings.mjs: edit that file
  const STRINGS = {"rtl":["ar","he","fa","ur","ps","ckb","dv","yi","sd","ug"],"labels":{"en":{"most_read":"Most Read","read_next":"Read Next","breaking":"Breaking","pause":"Pause","play":"Play","read":"Read","reading_time":"{time} read","minute_display":"short"},"es":{"most_read":"Más leído","read_next":"Lee también","breaking":"Última hora","pause":"Pausa","play":"Reproducir","read":"Leído","reading_time":"{time} de lectura","minute_display":"short"},"ar":{"most_read":"الأكثر قراءة","read_next":"اقرأ أيضاً","breaking":"عاجل","pause":"إيقاف مؤقت","play":"تشغيل","read":"مقروء","reading_time":"{time} للقراءة","minute_display":"long"}}};
  // </strings>
  const RTL = new RegExp(`^(${STRINGS.rtl.join('|')})\\b`, 'i');
  const texts = new Map();
  function text(lang) {
    if (!texts.has(lang)) {
      let tag = lang;
      try { Intl.getCanonicalLocales(tag); } catch { tag = 'en'; }
      const L = STRINGS.labels[tag.split('-')[0].toLowerCase()] || STRINGS.labels.en;
      const { most_read: mostRead, read_next: readNext, breaking, pause, play, read, minute_display: unit } = L;
      const reading = (time) => L.reading_time.replace('{time}', time);
      // Each Intl formatter is made on first use (the ticker needs none, a date is rare).
      const once = (make) => { let f; return () => f || (f = make()); };
      const num = once(() => new Intl.NumberFormat(tag));
      const minutes = once(() => new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: unit }));
      const rtf = once(() => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
      const date = once(() => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' }));
      texts.set(lang, {
        tag, mostRead, readNext, breaking, pause, play, read,
        dir: RTL.test(tag) ? 'rtl' : 'ltr',
        num: (n) => num().format(n),
        minutes: (n) => reading(minutes().format(n)),
        relative: (n, u) => rtf().format(n, u),
        date: (ms) => date().format(ms),
        // The first Intl object of a page costs 15-20 ms (seen in Chromium): made while the feed
        // downloads, it is off the path from feed to render.
        warm(kind) { if (kind === 'most-read') num(), rtf(); else if (kind === 'read-next') minutes(); },
      });
    }
    return texts.get(lang);
  }
  // "3 hours ago" within a week, a date after that.
  function ago(iso, t) {
    const ms = Date.parse(iso);
    if (!ms) return '';
    const s = Math.max(60, now() - ms / 1000);
    if (s >= 604800) return t.date(ms);
    const [n, unit] = s < 3600 ? [s / 60, 'minute'] : s < 86400 ? [s / 3600, 'hour'] : [s / 86400, 'day'];
    return t.relative(-Math.floor(n), unit);
  }

  // ---- [Styles] one constructable stylesheet shared by every shadow root (CSP-safe) ------------
  // Light or dark follows the page's color-scheme (a page declaring `color-scheme: light dark`
  // gets the reader's prefers-color-scheme); data-theme / theme="light|dark" force one.
  // --newsrail-accent colours the numerals and the heading bar in both themes (unset: a red that
  // reads on each). Where relative colours work, the section labels default to the accent kept
  // legible (OKLCH lightness at most .5 on light, at least .75 on dark) and the ticker's text to
  // white or black, whichever reads on the bar's background.
  const CSS = `
:host{display:block}
.nr{all:initial;display:block;container-type:inline-size;box-sizing:border-box;color-scheme:inherit;
 font:400 15px/1.45 var(--f);color:var(--fg);background:var(--bg);-webkit-font-smoothing:antialiased;
 --a:var(--newsrail-accent,#c8102e);--f:var(--newsrail-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);
 --hf:var(--newsrail-headline-font,Georgia,"Times New Roman",serif);--bg:var(--newsrail-bg,transparent);
 --fg:var(--newsrail-fg,light-dark(#161616,#f2f2f2));--mu:var(--newsrail-muted,light-dark(#5c5c5c,#b8b8b8));
 --ln:var(--newsrail-line,light-dark(#e2e2e2,#3a3a3a));--card:var(--newsrail-card-bg,light-dark(#fff,#1d1d1d));
 --at:var(--newsrail-accent-text,light-dark(#9a0c23,#ff8a9b));--num:var(--newsrail-accent,light-dark(#c8102e,#ff8a9b));
 --focus:var(--newsrail-focus,light-dark(#0b57d0,#8ab4f8));--chip:light-dark(#ececec,#333);--ph:light-dark(#ddd,#2a2a2a);
 --tfg:var(--newsrail-ticker-fg,#fff)}
@supports (color:oklch(from red l c h)){.nr{
 --at:var(--newsrail-accent-text,light-dark(oklch(from var(--newsrail-accent,#9a0c23) min(l,.5) c h),oklch(from var(--newsrail-accent,#ff8a9b) max(l,.75) c h)));
 --tfg:var(--newsrail-ticker-fg,oklch(from var(--newsrail-ticker-bg,var(--a)) clamp(0,(.58 - l)*1000,1) 0 0))}}
.nr[data-theme=light]{color-scheme:light}.nr[data-theme=dark]{color-scheme:dark}
.nr *,.nr ::before,.nr ::after{box-sizing:border-box}
h2,h3,p,ol,ul{margin:0;padding:0}ol,ul{list-style:none}
a{color:inherit;text-decoration:none}a:hover{text-decoration:underline;text-underline-offset:3px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
[dir=rtl] *{letter-spacing:0!important}
.head{position:relative;padding-bottom:10px;margin-bottom:4px;font:800 20px/1.2 var(--f);letter-spacing:-.01em}
.head::after{content:"";position:absolute;inset-inline-start:0;bottom:0;width:40px;height:3px;background:var(--a)}
.sec{font-size:12px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--at)}
.meta{display:flex;flex-wrap:wrap;align-items:center;margin-top:6px;font-size:13px;line-height:18px;color:var(--mu)}
.sec+time::before,.sec+.rt::before{content:"·";margin-inline:6px;font-weight:400;color:var(--mu)}
.mark{margin-inline-start:8px;padding:0 7px;border-radius:9px;background:var(--chip);color:var(--fg);font-size:11px;font-weight:700;letter-spacing:.05em;text-transform:uppercase}
.item{display:grid;grid-template-columns:40px minmax(0,1fr);column-gap:8px;padding-block:13px;border-bottom:1px solid var(--ln)}
.num{font:700 32px/1 var(--hf);color:var(--num)}
.mr a{font:700 16px/1.3 var(--hf)}
.read a{color:var(--mu)}
.cards{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:24px;margin-top:16px}
.card{position:relative;display:flex;flex-direction:column;border-radius:4px;overflow:hidden;background:var(--card);
 box-shadow:0 1px 2px rgba(0,0,0,.06),0 0 0 1px rgba(0,0,0,.06)}
.pic{flex:none}
.img{display:block;width:100%;height:auto;aspect-ratio:16/9;object-fit:cover;background:var(--ph)}
.credit{margin:4px 16px 0;font-size:11px;line-height:14px;color:var(--mu);text-align:end;overflow-wrap:anywhere}
.ph{background:linear-gradient(135deg,var(--a),#3b0a14)}
.card .meta{margin:14px 16px 0}
.card h3{margin:6px 16px 18px;font:700 17px/1.3 var(--hf)}
.card a::after{content:"";position:absolute;inset:0}
.card:hover a{text-decoration:underline}
.card:focus-within{outline:3px solid var(--focus);outline-offset:2px}
.card a:focus-visible{outline:0}
@container (max-width:879px){.cards{grid-template-columns:repeat(2,minmax(0,1fr))}}
@container (max-width:519px){.cards{grid-template-columns:minmax(0,1fr);gap:16px}
 .card{flex-direction:row;align-items:flex-start}.pic{width:38%;margin:12px;margin-inline-end:0}.img{border-radius:3px}
 .credit{margin-inline:0}
 .card .meta{margin:12px 14px 0}.card h3{margin:4px 14px 14px;font-size:16px}}
.bar{display:flex;height:var(--th,48px);background:var(--newsrail-ticker-bg,var(--a));color:var(--tfg);
 font-weight:500;overflow:hidden}
.label{flex:none;display:flex;align-items:center;padding-inline:14px;background:var(--newsrail-label-bg,#141414);color:#fff;
 font-size:13px;font-weight:800;letter-spacing:.12em;text-transform:uppercase}
.vp{flex:1;min-width:0;display:flex;align-items:center;overflow:hidden;padding-inline-start:14px;
 mask-image:linear-gradient(90deg,transparent,#000 14px,#000 calc(100% - 40px),transparent)}
[dir=rtl] .vp{mask-image:linear-gradient(270deg,transparent,#000 14px,#000 calc(100% - 40px),transparent)}
.track{display:flex;flex:none;animation:nr-go var(--dur,60s) linear infinite}
[dir=rtl] .track{animation-name:nr-og}
.paused .track,.bar:hover .track,.vp:focus-within .track{animation-play-state:paused}
@keyframes nr-go{to{transform:translateX(-50%)}}
@keyframes nr-og{to{transform:translateX(50%)}}
.copy{display:flex;flex:none;align-items:center;white-space:nowrap;font-size:15px}
.copy li{display:flex;align-items:center}
.copy li::after{content:"";width:6px;height:6px;margin-inline:16px;border-radius:50%;background:currentColor;opacity:.7}
.still .track{display:block;animation:none}
.still .vp,[dir=rtl] .still .vp{display:block;overflow:hidden auto;scroll-snap-type:y proximity;padding-inline-end:8px;
 mask-image:linear-gradient(180deg,#000 calc(100% - 8px),transparent);
 scrollbar-width:thin;scrollbar-color:currentColor transparent}
.still .copy{display:block;white-space:normal;font-size:14px;line-height:18px}
.still .copy li{min-height:var(--th,48px);padding-block:4px;scroll-snap-align:start}.still .copy li::after{content:none}
.still .copy li+li{border-top:1px solid color-mix(in srgb,currentColor 35%,transparent)}
@container (max-width:479px){.label{padding-inline:10px;font-size:12px;letter-spacing:.08em}}
.bar :focus-visible{outline-color:currentColor;outline-offset:-3px}
.btn{flex:none;width:48px;border:0;margin:0;padding:0;background:rgba(0,0,0,.2);color:inherit;cursor:pointer;display:grid;place-items:center}
.btn:hover{background:rgba(0,0,0,.35)}
.btn::before{content:"";width:12px;height:14px;border-inline:4px solid currentColor}
.btn[aria-pressed=true]::before{width:0;border:solid transparent;border-width:8px 0 8px 13px;border-left-color:currentColor}
@media (prefers-reduced-motion:reduce){.track{animation:none}}
`;
  let sheet = null;
  function styleRoot(root) {
    try {
      if (!sheet) sheet = new CSSStyleSheet(), sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      return null;
    } catch {
      return h('style', { text: CSS });  // no constructable stylesheets: an inline <style>
    }
  }

  // ---- [Module] one mounted element ------------------------------------------------------------
  const mods = new Set();
  const byHost = new WeakMap();
  const near = 'IntersectionObserver' in window && new IntersectionObserver(guard((entries) => {
    for (const e of entries) if (e.isIntersecting) near.unobserve(e.target), byHost.get(e.target)?.want();
  }), { rootMargin: '400px' });
  const stillMotion = matchMedia('(prefers-reduced-motion: reduce)');
  // The host's landmarks: a module inside one adds none of its own. A <header> or <footer> is one
  // (banner, contentinfo) only outside article, aside, main, nav and section (HTML-AAM): an
  // article's own header is not.
  const LANDMARKS = 'main,aside,nav,header,footer,section[aria-label],section[aria-labelledby],[role=region],' +
    '[role=complementary],[role=navigation],[role=banner],[role=contentinfo],[role=main]';
  const inLandmark = (el) => {
    for (let e = el.closest(LANDMARKS); e; e = e.parentElement && e.parentElement.closest(LANDMARKS)) {
      const scoped = /^(HEADER|FOOTER)$/.test(e.tagName) && !e.hasAttribute('role') &&
        e.parentElement && e.parentElement.closest('article,aside,main,nav,section');
      if (!scoped) return true;
    }
    return false;
  };

  class Module {
    constructor(host, kind, opts) {
      this.host = host;
      this.kind = kind;
      this.opts = opts || {};
      this.root = host.shadowRoot || host.attachShadow({ mode: 'open' });
      this.style = styleRoot(this.root);
      this.slot = h('slot');
      this.root.replaceChildren(...[this.style, this.slot].filter(Boolean));
      this.view = null;
      this.sig = '';
      this.items = [];
      this.paused = false;
      this.onClick = guard((e) => this.click(e));
      // The ticker takes its fallback's height: watched until the first render, so that render
      // need not force a layout to read it.
      if (kind === 'ticker' && 'ResizeObserver' in window) {
        this.sizer = new ResizeObserver(guard(() => { this.sized = Math.round(host.getBoundingClientRect().height); }));
        this.sizer.observe(host);
      }
      byHost.set(host, this);
      this.connect();
    }
    connect() {
      mods.add(this);
      this.root.addEventListener('click', this.onClick);
      this.rendered = new Promise((resolve) => { this.onRendered = resolve; });
      if (this.kind === 'ticker' || !near) this.want();
      else near.observe(this.host);
    }
    disconnect() {
      mods.delete(this);
      this.root.removeEventListener('click', this.onClick);
      if (near) near.unobserve(this.host);
      if (this.seen) this.seen.disconnect();
      this.sizer?.disconnect();
      this.sizer = this.sized = null;
    }
    // Newsrail.unmount: stopped as when taken out of the page, and the host's own content shown
    // again (it never left the light DOM: the slot shows it). False when it was not mounted.
    unmount() {
      const was = mods.has(this) || !!this.view;
      this.disconnect();
      this.wanted = false;
      this.sig = '';
      this.view = null;
      this.items = [];
      this.root.replaceChildren(...[this.style, this.slot].filter(Boolean));
      this.show(true);
      this.onRendered?.(false);
      return was;
    }
    opt(name) {
      const v = this.opts[name];
      return v != null ? String(v) : this.host.getAttribute(name) ?? this.host.getAttribute(`data-${name}`);
    }
    // The page's title, which names the page's article when its URL is not the feed's (the
    // core's current-article rule); none when the module was given an article of its own.
    context() { return this.opt('article') ? '' : document.title; }
    // Resolves true once the module shows its list, false when it keeps its fallback.
    want() {
      this.wanted = true;
      return boot().then(guard(() => this.render()), warn).then(() => {
        const on = mods.has(this) && !!this.view;
        this.onRendered(on);
        return on;
      });
    }
    lang() {
      return CFG.lang || this.host.closest('[lang]')?.getAttribute('lang') || state.lang || 'en';
    }
    // Shows the ranked list, or the host's fallback (or nothing) when there is none.
    render() {
      if (!this.wanted || !this.host.isConnected || !mods.has(this)) return;
      if (!state.loaded) return this.fallback();
      // Not under the reader's focus (next tick then), except on the pause button, which is kept.
      const focused = this.root.activeElement;
      if (this.view && focused && !focused.matches('.btn')) return;
      const t = this.t = text(this.lang());
      const limit = (d) => Math.min(Math.max(parseInt(this.opt('limit'), 10) || d, 1), 50);
      let list;
      if (this.kind === 'ticker') {
        list = call('ticker', { limit: limit(10), now: now() });
      } else if (this.kind === 'most-read') {
        const w = this.opt('window');
        const trending = this.opt('trending');
        list = call('most_read', {
          window: /^\d+[mhdw]$/.test(w) ? w : '24h', section: this.opt('section') || '',
          language: t.tag, limit: limit(5), trending: trending != null && trending !== 'false',
          exclude: [this.opt('article') || pageArticle()], context: this.context(), now: now(),
        });
      } else {
        // A module's own article is what it recommends for, not a read: only the page's is recorded.
        const article = this.opt('article') || pageArticle();
        const req = { article, context: this.context(), language: t.tag, limit: limit(4), now: now() };
        const past = history();
        if (past) req.history = past;
        list = call('read_next', req);
      }
      // The core keeps to the page's language (every language when the feed has none in it).
      const items = list.items || [];
      if (!items.length) return this.fallback();
      const read = this.kind === 'ticker' ? new Set() : readIds();
      const still = stillMotion.matches;
      const alone = !inLandmark(this.host);
      const sig = JSON.stringify([t.tag, still, alone, this.opt('title'),
        items.map((i) => [i.id, i.title || i.text, i.url, i.section, i.image && i.image.url, i.image && i.image.credit, read.has(i.id)])]);
      if (sig === this.sig) return this.times(t);
      const theme = this.opt('theme') || CFG.theme;
      const heading = this.opt('title');
      // A labelled landmark of its own (Most Read and Read Next named by their heading, the ticker
      // by its label), unless the host page already puts the element in one.
      const view = h('div', {
        class: `nr ${this.kind}`, part: 'module', lang: t.tag, dir: t.dir, 'data-theme': theme, role: alone && 'region',
        'aria-label': alone && this.kind === 'ticker' && (heading || t.breaking),
        'aria-labelledby': alone && this.kind !== 'ticker' && 'nr-head',
      });
      const link = (item, i, ...label) => {
        const href = safeUrl(item.url);
        return href ? h('a', { href, part: 'link', 'data-i': i }, ...label) : h('span', { part: 'link' }, ...label);
      };
      const old = this.kind === 'ticker' && this.view && this.view.querySelector('.track');
      const at = old && old.getAnimations ? old.getAnimations()[0]?.currentTime : null;
      if (this.kind === 'ticker') {
        // The bar keeps the height of the host's fallback (no layout shift), within reason.
        const tall = this.view ? this.tall : this.sized ?? Math.round(this.host.getBoundingClientRect().height);
        this.sizer?.disconnect();
        this.sizer = this.sized = null;
        this.tall = tall >= 32 && tall <= 80 ? tall : 48;
        view.style.setProperty('--th', `${this.tall}px`);
        tickerView(view, items, t, heading, link, still, this);
      } else if (this.kind === 'most-read') {
        mostReadView(view, items, t, heading, link, read);
      } else {
        readNextView(view, items, t, heading, link);
      }
      this.sig = sig;
      this.items = items;
      this.view = view;
      this.root.replaceChildren(...[this.style, view].filter(Boolean));
      if (focused) view.querySelector('.btn')?.focus();
      this.show(true);
      if (this.kind === 'ticker' && !still) this.animate(view, at);
      this.watch(view);
    }
    // The loop's speed needs the list's laid-out width: read in a ResizeObserver callback, which
    // runs once the frame has laid out the new view (with the other modules rendered by then),
    // rather than forcing a layout of the page here.
    animate(view, at) {
      if (!('ResizeObserver' in window)) return this.pace(view, at);
      const ro = new ResizeObserver(guard(() => {
        ro.disconnect();
        if (this.view === view) this.pace(view, at);
      }));
      ro.observe(view.querySelector('.copy'));
    }
    pace(view, at) {
      const track = view.querySelector('.track');
      const room = view.querySelector('.vp').clientWidth;
      let width = view.querySelector('.copy').getBoundingClientRect().width;
      if (width < room) {  // a short list: each copy fills the bar, so the loop shows no hole
        for (const copy of view.querySelectorAll('.copy')) copy.style.minWidth = `${room}px`;
        width = room;
      }
      const seconds = Math.max(20, width / SPEED);
      track.style.setProperty('--dur', `${seconds.toFixed(1)}s`);
      const anim = track.getAnimations ? track.getAnimations()[0] : null;
      if (anim && at != null) anim.currentTime = at % (seconds * 1000);
    }
    // Only the text of the <time> elements shown, and only where it changed.
    times(t) {
      for (const el of this.root.querySelectorAll('time[datetime]')) {
        const when = ago(el.dateTime, t);
        if (when && el.textContent !== when) el.textContent = when;
      }
    }
    fallback() {
      this.sig = '';
      this.view = null;
      this.root.replaceChildren(...[this.style, this.slot].filter(Boolean));
      // Keep the host's own content when it has some; otherwise take no room.
      const has = [...this.host.childNodes].some((n) => n.nodeType === 1 || n.textContent.trim());
      this.show(has);
    }
    show(on) {
      if (on && this.hidden) this.host.style.removeProperty('display');
      if (!on) this.host.style.setProperty('display', 'none');
      this.hidden = !on;
    }
    // newsrail:impression once per rendered list, when half of it is on screen.
    watch(view) {
      if (this.seen) this.seen.disconnect();
      if (!('IntersectionObserver' in window)) return;
      const items = this.items.map((item, i) => ({ position: i + 1, id: item.id, url: safeUrl(item.url) }));
      this.seen = new IntersectionObserver(guard((entries, io) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        this.emit(view, 'impression', { module: this.kind, items });
      }), { threshold: 0.5 });
      this.seen.observe(view);
    }
    click(e) {
      const pause = e.target.closest && e.target.closest('.btn');
      if (pause) return this.pause(pause);
      let a = e.target.closest && e.target.closest('a[data-i]');
      const ghost = !a && this.ghost(e);
      a = a || ghost;
      const item = a && this.items[a.dataset.i];
      if (!item) return;
      this.emit(a, 'click', { module: this.kind, position: +a.dataset.i + 1, id: item.id, url: a.href });
      // The ticker's looping copy is inert, so the pointer goes through it: follow its link here.
      if (ghost && !e.defaultPrevented) {
        if (e.ctrlKey || e.metaKey || e.shiftKey) window.open(a.href, '_blank', 'noopener');
        else location.assign(a.href);
      }
    }
    ghost(e) {
      const copy = this.view && this.view.querySelector('.copy[inert]');
      for (const a of copy ? copy.querySelectorAll('a[data-i]') : []) {
        const r = a.getBoundingClientRect();
        if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom) return a;
      }
      return null;
    }
    pause(button) {
      this.paused = !this.paused;
      button.setAttribute('aria-pressed', this.paused);
      button.title = this.paused ? this.t.play : this.t.pause;
      this.view.querySelector('.bar').classList.toggle('paused', this.paused);
    }
    emit(from, type, detail) {
      from.dispatchEvent(new CustomEvent(`newsrail:${type}`, { bubbles: true, composed: true, detail }));
    }
  }

  // ---- [Views] built with createElement and textContent only ----------------------------------
  function mostReadView(view, items, t, heading, link, read) {
    const list = h('ol', { class: 'list mr', part: 'list' });
    items.forEach((item, i) => {
      const done = read.has(item.id);
      const when = ago(item.published, t);
      list.append(h('li', { class: done ? 'item read' : 'item', part: done ? 'item read' : 'item' },
        h('span', { class: 'num', part: 'number', 'aria-hidden': 'true', text: t.num(i + 1) }),
        h('div', {},
          link(item, i, item.title, done && h('span', { class: 'vh', text: ` (${t.read})` })),
          h('p', { class: 'meta', part: 'meta' },
            item.section && h('span', { class: 'sec', part: 'section', text: item.section }),
            when && h('time', { part: 'time', datetime: item.published, text: when }),
            done && h('span', { class: 'mark', part: 'read-marker', 'aria-hidden': 'true', text: t.read })))));
    });
    view.append(h('h2', { class: 'head', id: 'nr-head', part: 'heading', text: heading || t.mostRead }), list);
  }

  function readNextView(view, items, t, heading, link) {
    const list = h('ul', { class: 'cards', part: 'list' });
    items.forEach((item, i) => {
      const img = item.image || {};
      const src = safeUrl(img.url);
      // The image's credit: a small line under it (never over it), read after the image.
      list.append(h('li', { class: 'card', part: 'item card' },
        h('div', { class: 'pic' },
          src ? h('img', { class: 'img', part: 'image', src, alt: img.alt || '', width: 640, height: 360, loading: 'lazy', decoding: 'async' })
            : h('div', { class: 'img ph', part: 'image placeholder' }),
          src && img.credit && h('p', { class: 'credit', part: 'credit', text: img.credit })),
        h('div', { class: 'body' },
          h('p', { class: 'meta', part: 'meta' },
            item.section && h('span', { class: 'sec', part: 'section', text: item.section }),
            item.reading_minutes > 0 && h('span', { class: 'rt', part: 'reading-time', text: t.minutes(item.reading_minutes) })),
          h('h3', { part: 'title' }, link(item, i, item.title)))));
    });
    view.append(h('h2', { class: 'head', id: 'nr-head', part: 'heading', text: heading || t.readNext }), list);
  }

  // The ticker: a label, a track holding the list twice (the copy is aria-hidden and inert) moved
  // by a CSS transform animation, and a pause button. Under reduced motion: one still list, its
  // lines wrapped and stacked, one per bar height, scrolled up and down inside the bar.
  function tickerView(view, items, t, heading, link, still, mod) {
    const vp = h('div', { class: 'vp', part: 'viewport', role: still ? 'group' : null, tabindex: still ? 0 : null, 'aria-label': still ? heading || t.breaking : null });
    // Focus scrolls the bar to the focused link; once focus leaves, the loop starts from 0 again.
    if (!still) vp.addEventListener('focusout', guard((e) => { if (!vp.contains(e.relatedTarget)) vp.scrollLeft = 0; }));
    const copy = (hidden) => h('ul', { class: 'copy', part: hidden ? 'list copy' : 'list', 'aria-hidden': hidden && 'true', inert: hidden },
      ...items.map((item, i) => {
        const a = link(item, i, item.text);
        if (hidden) a.tabIndex = -1;  // for browsers without inert
        return h('li', { part: 'item' }, a);
      }));
    vp.append(h('div', { class: 'track', part: 'track' }, copy(false), !still && copy(true)));
    const bar = h('div', { class: still ? 'bar still' : mod.paused ? 'bar paused' : 'bar', part: 'ticker' },
      h('p', { class: 'label', part: 'label', text: heading || t.breaking }),
      vp,
      !still && h('button', {
        class: 'btn', part: 'button pause', type: 'button', 'aria-pressed': String(mod.paused),
        'aria-label': t.pause, title: mod.paused ? t.play : t.pause,
      }));
    view.append(bar);
  }

  // ---- [Refresh] the feed, every data-refresh seconds while the tab is visible ---------------
  let timer = 0;
  function schedule() {
    clearTimeout(timer);
    if (!CFG.refresh || (failed && !core) || document.visibilityState === 'hidden') return;
    const wait = Math.max(0, CFG.refresh * 1000 - (Date.now() - state.checked));
    timer = setTimeout(guard(tick), wait);
  }
  async function tick() {
    clearTimeout(timer);
    state.checked = Date.now();
    try {
      const fresh = await fetchFeed(state.etag, prepare);
      if (fresh) await useFeed(fresh.bytes, fresh.etag, true);
    } catch (e) {
      warn(e);  // the current feed stays
    }
    if (state.loaded) recordPage();
    renderAll();
    schedule();
  }
  const renderAll = () => mods.forEach((m) => guard(() => m.render())());
  // Relative times ("5 minutes ago") stay true between refreshes: their texts are updated just
  // after each minute of the clock while the tab is visible, and at once when it shows again. A
  // pinned data-now never moves, so it needs no timer.
  let clockTimer = 0;
  function clock() {
    clearTimeout(clockTimer);
    if (CFG.now || !state.loaded || document.visibilityState === 'hidden') return;
    clockTimer = setTimeout(guard(() => {
      mods.forEach((m) => m.view && m.t && m.times(m.t));
      clock();
    }), 60000 - (Date.now() % 60000) + 50);
  }
  document.addEventListener('visibilitychange', guard(() => {
    schedule();
    if (document.visibilityState !== 'hidden') mods.forEach((m) => m.view && m.t && m.times(m.t));
    clock();
  }));
  stillMotion.addEventListener?.('change', guard(renderAll));

  // ---- [Elements and API] -----------------------------------------------------------------------
  // Resolves true once the module shows its list (a module waiting to come near the viewport
  // resolves then), false when it keeps its fallback.
  function mount(el, options) {
    if (!(el instanceof Element)) throw new Error('mount: not an element');
    const kind = (options && options.module) || el.getAttribute('data-newsrail') || el.localName.replace(/^newsrail-/, '');
    if (!KINDS.includes(kind)) throw new Error(`mount: unknown module "${kind}"`);
    const mod = byHost.get(el);
    if (!mod) return new Module(el, kind, options).rendered;
    if (options) mod.opts = options;
    mod.sig = '';
    if (!mods.has(mod)) mod.connect();
    else if (mod.wanted) return mod.want();
    return mod.rendered;
  }
  const OBSERVED = ['window', 'section', 'limit', 'trending', 'title', 'article', 'theme'];
  for (const kind of KINDS) {
    const name = `newsrail-${kind}`;
    if (customElements.get(name)) continue;
    customElements.define(name, class extends HTMLElement {
      static get observedAttributes() { return OBSERVED; }
      connectedCallback() { guard(mount)(this); }
      disconnectedCallback() { guard(() => byHost.get(this)?.disconnect())(); }
      attributeChangedCallback() {
        guard(() => { const m = byHost.get(this); if (m && m.wanted) m.sig = '', m.render(); })();
      }
    });
  }
  const scan = guard(() => {
    for (const el of document.querySelectorAll('[data-newsrail]')) if (!byHost.has(el)) mount(el);
  });
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);

  window.Newsrail = Object.freeze({
    version: '1.0.0',
    // Newsrail.mount(element, {module: 'most-read', window, section, limit, trending, title, article})
    // resolves true once the list shows, false when the fallback stays (a wrong argument too).
    mount: (el, options) => guard(mount)(el, options) || Promise.resolve(false),
    // Stops the module and shows the element's own content again; true when it was mounted.
    unmount: guard((el) => !!byHost.get(el)?.unmount()),
    // Re-reads the feed now and re-renders (single-page sites call it after a route change).
    refresh: guard(async () => {
      await boot();
      if (core || !failed) return tick();
    }),
    clearHistory: guard(() => {
      store.del(KEY_HISTORY);
      mods.forEach((m) => { m.sig = ''; });
      if (state.loaded) renderAll();
    }),
  });
})();
