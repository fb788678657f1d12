// Times nr_load_feed (parse + index) of a built wasm core in Node, outside any page: a quick
// check of build flags (see bench/wasm-opt.sh), not the widget's time (bench/run-browser.sh).
// A snapshot (`newsrail pack --format binary`, "NRS1" at bytes 4..7) is loaded by the small module
// instead, with nr_load_snapshot (what README's "The snapshot page" quotes for Node).
//
//   node [V8 flags, e.g. --liftoff-only] bench/wasm-load.mjs DIST FEED.json|FEED.nrs [LOADS]
//   WARM=N node bench/wasm-load.mjs DIST FEED.nrs   first calls nr_warm N times and waits 200 ms
//                                                   (what a page could do while the feed downloads)
//
// DIST holds newsrail-core.mjs/.wasm (and newsrail-rank.mjs/.wasm). Loads the feed LOADS times
// (default 15) into one module and prints the first load and the median of the others, in ms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, feedPath, loadsArg] = process.argv.slice(2);
if (!dist || !feedPath) {
  console.error('usage: node bench/wasm-load.mjs DIST FEED.json [LOADS]');
  process.exit(2);
}
const loads = Math.max(2, Number(loadsArg) || 15);
const feed = readFileSync(feedPath);
// The module is built for the web (-sENVIRONMENT=web): give it what it looks for.
globalThis.self = globalThis;
globalThis.window = globalThis;
globalThis.location = { href: pathToFileURL(path.resolve(dist) + '/').href };
const snapshot = feed.length >= 8 && feed.subarray(4, 8).toString('latin1') === 'NRS1';
const name = snapshot ? 'newsrail-rank' : 'newsrail-core';
const { default: create } = await import(pathToFileURL(path.resolve(dist, `${name}.mjs`)).href);
const core = await create({ wasmBinary: readFileSync(path.resolve(dist, `${name}.wasm`)) });

const warm = Number(process.env.WARM) || 0;
if (warm && core._nr_warm) {
  const start = performance.now();
  for (let i = 0; i < warm; i++) core._nr_warm();
  console.log(`nr_warm x${warm}: ${(performance.now() - start).toFixed(1)} ms`);
  await new Promise((r) => setTimeout(r, 200));  // V8 optimises hot functions in the background.
}
const times = [];
for (let i = 0; i < loads; i++) {
  const start = performance.now();
  const at = core._nr_input(feed.length);
  core.HEAPU8.set(feed, at);
  if (snapshot) core._nr_load_snapshot(feed.length);
  else core._nr_load_feed(feed.length);
  times.push(performance.now() - start);
}
const rest = times.slice(1).sort((a, b) => a - b);
const median = rest[Math.floor(rest.length / 2)];
console.log(`${path.basename(feedPath)}: first ${times[0].toFixed(1)} ms, median of the next ${rest.length} ${median.toFixed(1)} ms`);
