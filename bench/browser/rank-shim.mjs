// newsrail bench — stands in for /newsrail/newsrail-rank.mjs (the snapshot module) on bench pages,
// as core-shim.mjs does for newsrail-core: each nr_* call the loader makes is timed.
import createReal from '/newsrail/newsrail-rank.mjs?real';
import { wrap } from '/bench/shim-wrap.mjs';

export default async function createNewsrailRank(options) {
  return wrap(await createReal(options));
}
