// newsrail bench — the ranking calls of bench/native_vs_wasm.sh, in WebAssembly: the same as
// bench/rank_calls.cpp (read it first), through web/dist/newsrail-rank.wasm in Node 20 (the V8 of
// Chromium's generation), each request written in and each answer read out as the loader does.
//
//   node bench/rank-calls.mjs SNAPSHOT REQUESTS [REPS]
//   node bench/rank-calls.mjs --write-requests SNAPSHOT PACKED.json > REQUESTS
//
// The second form writes the requests both sides answer: Most Read for three windows by section
// and trending, Read Next for 40 articles spread over the feed with a history of 10 reads (made
// by nr_record_read), and the ticker at five times.
import { readFileSync } from 'node:fs';

const writing = process.argv[2] === '--write-requests';
const [snapshotPath, requestsPath, repsArg] = process.argv.slice(writing ? 3 : 2);
const reps = Math.max(3, Number(repsArg) || 30);
const dist = new URL('../web/dist/', import.meta.url);
const { default: create } = await import(new URL('newsrail-rank.mjs', dist).href);
const m = await create({ wasmBinary: readFileSync(new URL('newsrail-rank.wasm', dist)), print() {}, printErr() {} });
const enc = new TextEncoder();
const dec = new TextDecoder();
const call = (fn, bytes) => {
  const at = m._nr_input(bytes.length);
  m.HEAPU8.set(bytes, at);
  const len = m[`_nr_${fn}`](bytes.length);
  const out = m._nr_output();
  return dec.decode(m.HEAPU8.subarray(out, out + len));
};
if (!JSON.parse(call('load_snapshot', readFileSync(snapshotPath))).usable) throw new Error(`${snapshotPath}: refused`);
call('set_options', enc.encode('{}'));
if (writing) {
  const feed = JSON.parse(readFileSync(requestsPath, 'utf8'));
  const ids = feed.items.map((i) => String(i.id));
  const generated = Date.parse(feed._newsrail.generated_at) / 1000;
  const sections = [''].concat([...new Set(feed.items.map((i) => i._newsrail.section).filter(Boolean))].slice(0, 3));
  const lines = [];
  for (const window of ['1h', '24h', '7d'])
    for (const section of sections) lines.push(['most_read', { window, section, limit: 5 }]);
  lines.push(['most_read', { window: '24h', trending: true, limit: 5 }]);
  let history = null;
  for (let k = 0; k < 10; k++)
    history = JSON.parse(call('record_read', enc.encode(JSON.stringify({ history, article: ids[(k * 97) % ids.length], now: generated - 3600 * (10 - k) }))));
  for (let k = 0; k < 40; k++) lines.push(['read_next', { article: ids[Math.floor((k * ids.length) / 40)], limit: 4, history }]);
  for (let k = 0; k < 5; k++) lines.push(['ticker', { now: generated + 600 * k }]);
  process.stdout.write(lines.map(([q, r]) => `${q}\t${JSON.stringify(r)}\n`).join(''));
  process.exit(0);
}
const requests = {};
for (const line of readFileSync(requestsPath, 'utf8').split('\n')) {
  const tab = line.indexOf('\t');
  if (tab > 0) (requests[line.slice(0, tab)] ??= []).push(line.slice(tab + 1));
}
const fnv = (h, s) => {
  for (const c of enc.encode(s)) h = Math.imul(h ^ c, 16777619) >>> 0;
  return h;
};
const out = {};
for (const name of Object.keys(requests).sort()) {
  const list = requests[name];
  const times = [];
  let hash = 2166136261;
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    for (const request of list) {
      const answer = call(name, enc.encode(request));
      if (r === 0) hash = fnv(hash, answer);
    }
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  out[name] = { calls: list.length, median_us: Number(times[times.length >> 1].toFixed(1)), hash };
}
console.log(JSON.stringify(out));
