// newsrail bench — stands in for /newsrail/newsrail-rank.mjs (the snapshot module) on bench pages,
// as core-shim.mjs does for newsrail-core: each nr_* call the loader makes is timed.
import createReal from '/newsrail/newsrail-rank.mjs?real';
import { wrap } from '/bench/shim-wrap.mjs';

export default async function createNewsrailRank(options) {
  const m = await createReal(options);
  // ?nowarm=1 (NOWARM=1 bench/browser/run.mjs): the loader finds no nr_warm and skips the warm-up,
  // to measure what it saves.
  if (new URLSearchParams(location.search).get('nowarm') === '1') delete m._nr_warm;
  return wrap(m);
}
