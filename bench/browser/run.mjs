#!/usr/bin/env node
// newsrail bench — the browser measurements behind bench/RESULTS.md. Run it through
// bench/run-browser.sh, which builds what it needs first; this file only measures and writes.
//
//   node bench/browser/run.mjs            (environment: see CONFIG below)
//
// Writes bench/out/browser-results.json (every raw number) and bench/RESULTS.md (report.mjs).
// A measurement, never a test: nothing here fails on time.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, writeFileSync, mkdirSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { launch, repoRoot } from '../../web/test/helpers/browser.mjs';
import { writeReport } from './report.mjs';

const CONFIG = {
  reps: Number(process.env.REPS || 7),              // widget page loads per feed and throttle
  traceReps: Number(process.env.TRACE_REPS || 3),   // extra page loads under CDP tracing
  coldReps: Number(process.env.COLD_REPS || 5),     // stage comparison: fresh page each
  warmReps: Number(process.env.WARM_REPS || 12),    // stage comparison: same page, 6 dropped
  warmDrop: Number(process.env.WARM_DROP || 6),     // (V8 needs ~6 calls to tier the core up)
  repeatReps: Number(process.env.REPEAT_REPS || 5), // third visits on one profile
  throttles: (process.env.THROTTLES || '1,4').split(',').map(Number),
  readNextCalls: Number(process.env.READ_NEXT_CALLS || 25),
  skipBuild: process.env.SKIP_BUILD === '1',
  noWarm: process.env.NOWARM === '1',  // the small module's warm-up (nr_warm) left out
  feeds: (process.env.FEEDS || 'full-100,packed-100,full-1000,packed-1000,snapshot-1000,notext-10000,packed-10000,snapshot-10000').split(','),
};
const BIN = path.join(repoRoot, 'build', 'native', 'tools', 'newsrail');
const PACK_LARGE = process.env.PACK_LARGE || path.join(repoRoot, 'bench', 'out', 'bin', 'pack_large');
const OUT = path.join(repoRoot, 'bench', 'out');
const log = (...a) => console.error('[run-browser]', ...a);
const loadavg = () => os.loadavg().map((x) => Number(x.toFixed(2)));

// ---- Feeds ------------------------------------------------------------------------------------

const FEED_INFO = {
  'full-100': { articles: 100, kind: 'full', label: '100, full text' },
  'packed-100': { articles: 100, kind: 'packed', label: '100, packed' },
  'full-1000': { articles: 1000, kind: 'full', label: '1,000, full text' },
  'packed-1000': { articles: 1000, kind: 'packed', label: '1,000, packed' },
  'notext-10000': { articles: 10000, kind: 'notext', label: '10,000, no body (`synth --no-text`)' },
  'packed-10000': { articles: 10000, kind: 'packed', label: '10,000, packed' },
  // `newsrail pack packed-N.json --format binary`: the packed feed's index (the same lists).
  'snapshot-1000': { articles: 1000, kind: 'snapshot', ext: 'nrs', yardstick: 'packed-1000', label: '1,000, snapshot' },
  'snapshot-10000': { articles: 10000, kind: 'snapshot', ext: 'nrs', yardstick: 'packed-10000', label: '10,000, snapshot' },
};

function makeFeeds(dir) {
  const feeds = {};
  const run = (args, file) => {
    const out = execFileSync(args[0], args.slice(1), { maxBuffer: 1 << 30 });
    writeFileSync(file, out);
    return out;
  };
  const need = new Set(CONFIG.feeds);
  // A snapshot is packed from the packed JSON feed, which is also its yardstick (served, timed
  // with JSON.parse in the same page).
  for (const name of CONFIG.feeds) if (FEED_INFO[name]?.yardstick) need.add(FEED_INFO[name].yardstick);
  for (const n of [100, 1000, 10000]) {
    if (need.has(`full-${n}`) || (need.has(`packed-${n}`) && n < 10000)) run([BIN, 'synth', String(n)], path.join(dir, `full-${n}.json`));
    if (need.has(`packed-${n}`)) {
      if (n < 10000) {
        run([BIN, 'pack', path.join(dir, `full-${n}.json`)], path.join(dir, `packed-${n}.json`));
      } else {
        // `newsrail pack` refuses inputs over 16 MiB (the full 10,000 feed is ~38 MB): pack_large
        // does the same with the limit lifted; run-browser.sh checked it matches on 1,000.
        run([PACK_LARGE, String(n)], path.join(dir, `packed-${n}.json`));
      }
    }
    if (need.has(`notext-${n}`)) run([BIN, 'synth', String(n), '--no-text'], path.join(dir, `notext-${n}.json`));
    if (need.has(`snapshot-${n}`)) run([BIN, 'pack', path.join(dir, `packed-${n}.json`), '--format', 'binary'], path.join(dir, `snapshot-${n}.nrs`));
  }
  for (const name of need) {
    const info = FEED_INFO[name];
    const file = path.join(dir, `${name}.${info.ext || 'json'}`);
    const bytes = readFileSync(file);
    const idsFrom = info.yardstick ? readFileSync(path.join(dir, `${info.yardstick}.json`)) : bytes;
    const ids = JSON.parse(idsFrom.toString('utf8')).items.map((i) => String(i.id));
    feeds[name] = {
      ...info, name, bytes, ids, size: bytes.length, measured: CONFIG.feeds.includes(name),
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: Number(execFileSync('sh', ['-c', `brotli -c -q 11 "${file}" | wc -c`]).toString().trim()),
    };
  }
  return feeds;
}

// ---- A check of the core's token memo (feed_index.cpp keys it by the language's first letter) --

// Packs a two-article feed (an English article and a Spanish one, both using "de") in both
// orders and reports whether the Spanish article's packed terms contain "de" (a Spanish stop
// word). They should not, whatever the order.
function memoCheck(dir) {
  const en = { id: 'en1', title: 'Paco de Lucia guitar concert', content_text: 'Paco de Lucia played guitar in Madrid tonight.', language: 'en', date_published: '2025-06-26T10:00:00Z' };
  const es = { id: 'es1', title: 'La casa de papel en Madrid', content_text: 'La serie de moda de la casa de papel vuelve a Madrid.', language: 'es', date_published: '2025-06-26T11:00:00Z' };
  const out = {};
  for (const [name, items] of [['englishFirst', [en, es]], ['spanishFirst', [es, en]]]) {
    const file = path.join(dir, `memo-${name}.json`);
    writeFileSync(file, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', language: 'en', _newsrail: { generated_at: '2025-06-26T18:00:00Z' }, items }));
    const packed = JSON.parse(execFileSync(BIN, ['pack', file], { encoding: 'utf8' }));
    const terms = (id) => Object.keys(packed.items.find((i) => i.id === id)._newsrail.terms || {});
    out[name] = { spanishHasDe: terms('es1').includes('de'), englishHasDe: terms('en1').includes('de') };
  }
  return out;
}

// ---- Payload ----------------------------------------------------------------------------------

function sizes(file, name) {
  const sh = (cmd) => Number(execFileSync('sh', ['-c', cmd]).toString().trim());
  return { name, raw: sh(`wc -c < "${file}"`), gzip: sh(`gzip -9c "${file}" | wc -c`), brotli: sh(`brotli -c -q 11 "${file}" | wc -c`) };
}

function payload(module = 'core') {
  const files = ['newsrail.js', `newsrail-${module}.mjs`, `newsrail-${module}.wasm`].map((name) => sizes(path.join(repoRoot, 'web', 'dist', name), name));
  const total = (k) => files.reduce((s, f) => s + f[k], 0);
  // For scale, not shipped: the plain JavaScript pipeline of the comparison (unminified, comments
  // included; it lacks the reading history, diagnostics and options the core has).
  const plain = sizes(path.join(repoRoot, 'bench', 'browser', 'plain.js'), 'plain.js');
  return { files, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') }, plain };
}

// ---- Static server for bench/browser (as /bench/) and web/dist (as /newsrail/) ----------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

async function startStatic() {
  const roots = { '/bench/': path.join(repoRoot, 'bench', 'browser'), '/newsrail/': path.join(repoRoot, 'web', 'dist') };
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(roots).find((p) => pathname.startsWith(p));
    const rel = prefix && pathname.slice(prefix.length);
    if (!rel || rel.split('/').some((s) => s === '' || s.startsWith('.'))) return res.writeHead(404).end();
    const file = path.join(roots[prefix], rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      // Cross-origin isolated pages get performance.now() at 5 us instead of 100 us. The widget's
      // files may be cached (as a publisher would serve them), which the repeat-visit runs use.
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': prefix === '/newsrail/' ? 'public, max-age=3600' : 'no-store',
        'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin', 'Content-Length': body.length,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

// ---- Pages ------------------------------------------------------------------------------------

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');

async function newPage(browser, feeds, throttle) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  if (process.env.BENCH_DEBUG) page.on('console', (m) => log('console:', m.text()));
  await page.route('**/feeds/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop().replace(/\.(json|nrs)$/, '');
    const feed = feeds[name];
    if (!feed) return route.fulfill({ status: 404, body: 'no such feed' });
    const type = feed.ext === 'nrs' ? 'application/octet-stream' : 'application/json';
    return route.fulfill({ status: 200, headers: { 'Content-Type': type, ETag: `"${name}"`, 'Cache-Control': 'no-cache' }, body: feed.bytes });
  });
  await page.route((url) => !/^http:\/\/127\.0\.0\.1:/.test(url.href), (route) =>
    route.fulfill({ status: 200, headers: { 'Content-Type': 'image/gif', 'Cross-Origin-Resource-Policy': 'cross-origin' }, body: GIF }));
  if (throttle !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return { context, page };
}

// From a CDP trace, between the nr:feed and nr:paint marks on the page's main thread: the longest
// task, the main thread's busy time (tasks merged), and time in a few kinds of work (summed
// event durations): lazy compilation of wasm functions, style, layout, garbage collection.
const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm'];
const KINDS = { wasmLazyCompile: ['wasm.CompileLazy'], style: ['UpdateLayoutTree'], layout: ['Layout'], gc: ['MinorGC', 'MajorGC'], jsCompile: ['v8.compile'] };

function traceSummary(traceBuffer) {
  const events = JSON.parse(traceBuffer.toString('utf8')).traceEvents || [];
  const mark = (name) => events.find((e) => e.name === name && /user_timing/.test(e.cat || ''));
  const feed = mark('nr:feed'), paint = mark('nr:paint');
  if (!feed || !paint) return null;
  const main = events.filter((e) => e.ph === 'X' && e.pid === feed.pid && e.tid === feed.tid && e.ts + e.dur >= feed.ts && e.ts <= paint.ts);
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  if (!tasks.length) return null;
  const longest = tasks.reduce((a, b) => (b.dur > a.dur ? b : a));
  let busy = 0, end = -Infinity;
  for (const t of tasks) {
    const s = Math.max(t.ts, feed.ts, end), e = Math.min(t.ts + t.dur, paint.ts);
    if (e > s) busy += e - s;
    end = Math.max(end, t.ts + t.dur);
  }
  const kinds = {};
  for (const [k, names] of Object.entries(KINDS))
    kinds[k] = main.filter((e) => names.includes(e.name)).reduce((x, e) => x + e.dur, 0) / 1000;
  kinds.wasmLazyCompiledFunctions = main.filter((e) => e.name === 'wasm.CompileLazy').length;
  return { longestMs: longest.dur / 1000, busyMs: busy / 1000, windowMs: (paint.ts - feed.ts) / 1000, ...kinds };
}

// What one page load measured (see hook.js).
async function collect(page) {
  // Finished, or the loader gave up (it warns once and keeps the fallback).
  await page.waitForFunction(() => window.__nrBench && (window.__nrBench.finished || window.__nrBench.errors.length),
    null, { timeout: 180000, polling: 50 });
  return page.evaluate(() => {
    const b = window.__nrBench;
    if (!b.finished) return { failed: true, errors: b.errors };
    const calls = b.calls.filter((c) => c.start >= b.t0 && c.end <= b.t1);
    const byName = {};
    for (const c of calls) byName[c.name] = (byName[c.name] || 0) + (c.end - c.start);
    return {
      feedBytes: b.feedBytes, dom: b.t1 - b.t0, paint: b.t2 - b.t0, core: calls.reduce((s, c) => s + c.end - c.start, 0), byName,
      longtaskMax: Math.max(0, ...b.longtasks.filter((l) => l.start + l.duration >= b.t0).map((l) => l.duration)),
      storeMs: b.storeMs || 0, errors: b.errors, isolated: self.crossOriginIsolated,
      modules: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.wasm$/.test(n)).map((n) => n.split('/').pop()),
      counts: [...document.querySelectorAll('newsrail-ticker, newsrail-most-read, newsrail-read-next')]
        .map((el) => el.shadowRoot.querySelectorAll('.copy:not([inert]) li, ol li, .cards li').length),
    };
  });
}

// One reader's visit on a fresh browser profile (`visits` > 1: the same profile comes back, with
// its HTTP cache, V8's code cache and localStorage; only the last visit is returned).
async function widgetRun(browser, server, feeds, feed, throttle, { trace = false, visits = 1, pregrow = 0 } = {}) {
  const { context, page } = await newPage(browser, feeds, throttle);
  try {
    const article = feed.ids[Math.floor(feed.ids.length / 2)];
    const url = `${server.url}/bench/widget.html?feed=${feed.name}&ext=${feed.ext || 'json'}&yardstick=${feed.yardstick || ''}&article=${encodeURIComponent(article)}&settle=${100 * throttle}&pregrow=${pregrow}${CONFIG.noWarm ? '&nowarm=1' : ''}`;
    for (let v = 1; v < visits; v++) {
      await page.goto(url);
      await collect(page);
    }
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url);
    const r = await collect(page);
    if (trace) r.trace = traceSummary(await browser.stopTracing());
    if (!r.failed && feed.yardstick) r.yardstick = await page.evaluate(() => window.__nrBench.yardstick());
    return r;
  } finally {
    await context.close();
  }
}

// Stage comparison on a fresh page: `runs` is a list of measure() options, run in turn.
async function compareRun(browser, server, feeds, feed, runs) {
  const { context, page } = await newPage(browser, feeds, 1);
  try {
    await page.goto(`${server.url}/bench/compare.html`);
    await page.waitForFunction(() => window.__compareReady === true);
    const init = await page.evaluate(() => window.__compare.init());
    const out = [];
    for (const opts of runs)
      out.push(await page.evaluate(([url, o]) => window.__compare.measure(url, o), [`/feeds/${feed.name}.json`, { readNextCalls: CONFIG.readNextCalls, ...opts }]));
    return { init, isolated: await page.evaluate(() => self.crossOriginIsolated), out };
  } finally {
    await context.close();
  }
}

// ---- Main -------------------------------------------------------------------------------------

async function main() {
  mkdirSync(OUT, { recursive: true });
  const started = new Date();
  const load0 = loadavg();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsrail-bench-'));
  log('feeds ->', tmp);
  let feeds, memo;
  try {
    feeds = makeFeeds(tmp);
    memo = memoCheck(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const results = {
    date: started.toISOString(),
    machine: {
      cpu: (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0]?.model,
      cores: os.cpus().length, memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)), node: process.version,
    },
    config: CONFIG,
    loadavg: { start: load0 },
    payload: payload(),
    payloadSnapshot: payload('rank'),
    feeds: Object.fromEntries(Object.values(feeds).map((f) => [f.name, { label: f.label, articles: f.articles, kind: f.kind, size: f.size, gzip: f.gzip, brotli: f.brotli, yardstick: f.yardstick, measured: f.measured }])),
    widget: {},
    compare: {},
    findings: { memo },
  };
  const breakdownFile = path.join(OUT, 'wasm-breakdown.json');
  if (existsSync(breakdownFile)) results.wasmBreakdown = JSON.parse(readFileSync(breakdownFile, 'utf8'));
  const rankBreakdownFile = path.join(OUT, 'wasm-breakdown-rank.json');
  if (existsSync(rankBreakdownFile)) results.wasmBreakdownRank = JSON.parse(readFileSync(rankBreakdownFile, 'utf8'));

  const server = await startStatic();
  const browser = await launch();
  results.chromium = browser.version();
  try {
    // Does the loader as shipped render each feed? (A loader that reads HEAPU8 before nr_input
    // grows the memory would not: see core-shim.mjs.) Feeds it fails on are measured with the
    // input buffer reserved beforehand, and the report says so.
    const pregrow = {};
    for (const name of CONFIG.feeds) {
      const r = await widgetRun(browser, server, feeds, feeds[name], 1);
      results.shipped = { ...results.shipped, [name]: r.failed ? { rendered: false, errors: r.errors } : { rendered: true } };
      if (r.failed) {
        pregrow[name] = feeds[name].size;
        log(`the shipped loader does not render ${name}: ${r.errors.join('; ')}; measuring it with the buffer reserved`);
      }
    }
    for (const throttle of CONFIG.throttles) {
      for (const name of CONFIG.feeds) {
        const feed = feeds[name];
        const runs = [];
        const la = loadavg();
        for (let i = 0; i < CONFIG.reps + CONFIG.traceReps; i++)
          runs.push(await widgetRun(browser, server, feeds, feed, throttle, { trace: i >= CONFIG.reps, pregrow: pregrow[name] || 0 }));
        if (runs.some((x) => x.failed)) throw new Error(`${name}: the widget did not render: ${runs.find((x) => x.failed).errors.join('; ')}`);
        results.widget[`${name}@${throttle}x`] = { feed: name, throttle, loadavg: la, pregrow: pregrow[name] || 0, runs };
        const med = runs.slice(0, CONFIG.reps).map((r) => r.dom).sort((a, b) => a - b)[CONFIG.reps >> 1];
        log(`widget ${name} ${throttle}x: median ${med.toFixed(1)} ms to DOM (load ${la.join(' ')})`);
      }
    }
    for (const name of CONFIG.feeds) {
      const feed = feeds[name];
      const la = loadavg();
      const runs = [];
      for (let i = 0; i < CONFIG.repeatReps; i++) runs.push(await widgetRun(browser, server, feeds, feed, 1, { visits: 3, pregrow: pregrow[name] || 0 }));
      if (runs.some((x) => x.failed)) throw new Error(`${name}: the widget did not render on a third visit`);
      results.widget[`${name}@1x-repeat`] = { feed: name, throttle: 1, repeat: 3, loadavg: la, pregrow: pregrow[name] || 0, runs };
      log(`widget ${name} third visit: done (load ${la.join(' ')})`);
    }
    // The stage comparison parses JSON: snapshots are not in it.
    for (const name of CONFIG.feeds.filter((f) => feeds[f].kind !== 'snapshot')) {
      const feed = feeds[name];
      const la = loadavg();
      const cold = [], coldParse = [];
      for (let i = 0; i < CONFIG.coldReps; i++) {
        // As the widget does: nr_load_feed first (parse + index on code never run before).
        cold.push(await compareRun(browser, server, feeds, feed, [{ sides: i % 2 ? ['js', 'wasm'] : ['wasm', 'js'], first: 'load_feed' }]));
        // The parser alone on a fresh page: nr_validate first.
        coldParse.push(await compareRun(browser, server, feeds, feed, [{ sides: ['wasm'], first: 'validate', check: false }]));
      }
      const warm = await compareRun(browser, server, feeds, feed, Array.from({ length: CONFIG.warmReps },
        (_, i) => ({ sides: i % 2 ? ['js', 'wasm'] : ['wasm', 'js'], first: 'validate', check: i === 0 })));
      results.compare[name] = { loadavg: la, cold, coldParse, warm };
      log(`compare ${name}: done (load ${la.join(' ')})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.loadavg.end = loadavg();
  results.finished = new Date().toISOString();
  const rankingTxt = path.join(OUT, 'ranking.txt');
  results.native = existsSync(rankingTxt) ? readFileSync(rankingTxt, 'utf8') : null;
  const nativeVsWasm = path.join(OUT, 'native-vs-wasm.json');  // bench/native_vs_wasm.sh
  results.nativeVsWasm = existsSync(nativeVsWasm) ? JSON.parse(readFileSync(nativeVsWasm, 'utf8')) : null;
  const importBench = path.join(OUT, 'import.json');  // bench/import.sh
  results.importBench = existsSync(importBench) ? JSON.parse(readFileSync(importBench, 'utf8')) : null;
  const viewsBench = path.join(OUT, 'views.json');  // bench/views.sh (run by hand: minutes)
  results.viewsBench = existsSync(viewsBench) ? JSON.parse(readFileSync(viewsBench, 'utf8')) : null;
  writeFileSync(path.join(OUT, 'browser-results.json'), JSON.stringify(results, null, 1) + '\n');
  writeReport(results, path.join(repoRoot, 'bench', 'RESULTS.md'));
  log('wrote bench/out/browser-results.json and bench/RESULTS.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
