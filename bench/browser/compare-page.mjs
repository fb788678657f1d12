// newsrail bench — in the page: the WebAssembly core and the plain JavaScript pipeline
// (bench/browser/plain.js) on the same feed bytes and the same requests, stage by stage.
//
// Stages, both sides starting from the feed's bytes (a Uint8Array, as the loader has them):
//   wasm  copy in   nr_input + HEAPU8.set of the bytes
//         parse     nr_validate (parse_feed + the validation report as JSON)
//         index     nr_load_feed - nr_validate (the same parse, then FeedIndex)
//         rank      nr_most_read + nr_read_next + nr_ticker, inside the calls (request JSON read
//                   and answer JSON written in C++ included)
//         transfer  copy in, plus what the loader's call() adds around each ranking call:
//                   JSON.stringify + encodeInto of the request, TextDecoder + JSON.parse of the answer
//   js    parse     TextDecoder.decode + JSON.parse + buildModel
//         index     buildIndex
//         rank      mostRead + readNext + ticker (answers as objects: nothing to transfer)
import createCore from '/newsrail/newsrail-core.mjs';
import * as P from '/bench/plain.js';

const enc = new TextEncoder();
const dec = new TextDecoder();
const now = () => performance.now();
let core = null;

export async function init() {
  const t = now();
  core = await createCore({ print() {}, printErr() {} });
  return { instantiateMs: now() - t };
}

export async function fetchFeed(url) {
  const res = await fetch(url, { cache: 'no-store' });
  return new Uint8Array(await res.arrayBuffer());
}

const readOut = (len) => {
  const at = core._nr_output();
  return dec.decode(core.HEAPU8.subarray(at, at + len));
};

// `first` is the call made first on this page: "load_feed" (what the widget does: parse and index
// in one call, so on a fresh page it runs the parser's code for the first time) or "validate".
function wasmLoad(bytes, first) {
  const t0 = now();
  const at = core._nr_input(bytes.length);  // first: it may grow the memory (a new HEAPU8)
  core.HEAPU8.set(bytes, at);
  const t1 = now();
  const times = {};
  let usable = true;
  for (const name of first === 'load_feed' ? ['load_feed', 'validate'] : ['validate', 'load_feed']) {
    const s = now();
    const len = core[`_nr_${name}`](bytes.length);  // the input buffer still holds the feed
    times[name] = now() - s;
    usable &&= JSON.parse(readOut(len)).usable;
  }
  if (!usable) throw new Error('the core refused the feed');
  return { copyIn: t1 - t0, validate: times.validate, loadFeed: times.load_feed, first, memoryBytes: core.HEAPU8.byteLength };
}

function wasmCall(name, request) {
  const t0 = now();
  const s = JSON.stringify(request);
  const room = s.length * 3;
  const at = core._nr_input(room);
  const size = enc.encodeInto(s, core.HEAPU8.subarray(at, at + room)).written;
  const t1 = now();
  const len = core[`_nr_${name}`](size);
  const t2 = now();
  const out = JSON.parse(readOut(len));
  const t3 = now();
  return { out, inside: t2 - t1, transfer: t1 - t0 + t3 - t2 };
}

function jsLoad(bytes) {
  const t0 = now();
  const text = dec.decode(bytes);
  const t1 = now();
  const raw = JSON.parse(text);
  const t2 = now();
  const feed = P.buildModel(raw);
  const t3 = now();
  const index = P.buildIndex(feed);
  const t4 = now();
  return { index, decode: t1 - t0, jsonParse: t2 - t1, model: t3 - t2, parse: t3 - t0, indexMs: t4 - t3 };
}

const timed = (f) => {
  const t = now();
  const out = f();
  return { out, ms: now() - t };
};

// The requests: those of bench/bench_ranking.cpp (Most Read 24h, limit 5, the middle article
// excluded; Read Next limit 4, no history, articles in strides of 7919; the ticker's defaults).
export function requests(ids, readNextCalls) {
  const n = ids.length;
  const articles = [];
  for (let k = 0, next = 0; k < Math.min(readNextCalls, n); k++, next = (next + 7919) % n) articles.push(ids[next]);
  return {
    mostRead: { window: '24h', limit: 5, exclude: [ids[Math.floor(n / 2)]] },
    readNext: articles.map((article) => ({ article, limit: 4 })),
    ticker: {},
  };
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const strip = (list) => JSON.stringify(list.items.map((i) => [i.id, i.placement, i.score, i.collapsed || []]));

// Rankings: Most Read, the Read Next calls, the ticker. "rank" is one of each: the first Read
// Next call (cold: on a fresh page it is the first) and the median one (warm).
function rankTimes(mr, rn, tk, f) {
  const each = rn.map(f);
  return {
    mostRead: f(mr), readNextFirst: each[0], readNextMedian: median(each), ticker: f(tk),
    rankFirst: f(mr) + each[0] + f(tk), rankMedian: f(mr) + median(each) + f(tk),
  };
}

function runWasm(bytes, req, first) {
  const load = wasmLoad(bytes, first);
  const mr = wasmCall('most_read', req.mostRead);
  const rn = req.readNext.map((r) => wasmCall('read_next', r));
  const tk = wasmCall('ticker', req.ticker);
  return {
    load,
    calls: rankTimes(mr, rn, tk, (x) => x.inside),
    transfer: rankTimes(mr, rn, tk, (x) => x.transfer),
    answers: { mostRead: mr.out, readNext: rn.map((x) => x.out), ticker: tk.out },
  };
}

function runJs(bytes, req) {
  const load = jsLoad(bytes);
  const { index } = load;
  const mr = timed(() => P.mostRead(index, req.mostRead));
  const rn = req.readNext.map((r) => timed(() => P.readNext(index, r)));
  const tk = timed(() => P.ticker(index, req.ticker));
  return {
    load: { decode: load.decode, jsonParse: load.jsonParse, model: load.model, parse: load.parse, index: load.indexMs },
    calls: rankTimes(mr, rn, tk, (x) => x.ms),
    answers: { mostRead: mr.out, readNext: rn.map((x) => x.out), ticker: tk.out },
    terms: index.terms.length,
  };
}

function agreement(w, j) {
  const same = (a, b) => strip(a) === strip(b);
  let rnSame = 0, overlap = 0;
  w.readNext.forEach((a, k) => {
    const b = j.readNext[k];
    if (same(a, b)) rnSame++;
    const ids = new Set(b.items.map((i) => i.id));
    overlap += a.items.length ? a.items.filter((i) => ids.has(i.id)).length / a.items.length : 1;
  });
  const firstDiff = w.readNext.findIndex((a, k) => !same(a, j.readNext[k]));
  return {
    mostReadIdentical: same(w.mostRead, j.mostRead),
    tickerIdentical: same(w.ticker, j.ticker),
    readNextIdentical: rnSame,
    readNextCalls: w.readNext.length,
    readNextTop4Overlap: overlap / Math.max(1, w.readNext.length),
    example: firstDiff < 0 ? null : { wasm: strip(w.readNext[firstDiff]), js: strip(j.readNext[firstDiff]) },
  };
}

// One measurement on the feed at `url`: `sides` in that order ("wasm", "js"), `first` the core's
// first call (see wasmLoad), `check` compares the two sides' answers.
export async function measure(url, { readNextCalls = 25, sides = ['wasm', 'js'], first = 'validate', check = true } = {}) {
  const bytes = await fetchFeed(url);
  const ids = JSON.parse(new TextDecoder().decode(bytes)).items.map((i) => String(i.id));
  const req = requests(ids, readNextCalls);
  const got = {};
  for (const side of sides) got[side] = side === 'wasm' ? runWasm(bytes, req, first) : runJs(bytes, req);
  const withoutAnswers = ({ answers, ...rest }) => rest;
  const result = { bytes: bytes.length, items: ids.length, sides };
  for (const side of sides) result[side] = withoutAnswers(got[side]);
  if (check && got.wasm && got.js) result.agreement = agreement(got.wasm.answers, got.js.answers);
  return result;
}
