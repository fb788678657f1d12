// newsrail bench — stands in for /newsrail/newsrail-core.mjs on bench pages (through the page's
// import map): creates the real module, then wraps each nr_* call the loader makes so the bench
// can tell the core's time from the loader's. The wrappers cost two performance.now() calls each.
import createReal from '/newsrail/newsrail-core.mjs?real';
import { wrap } from '/bench/shim-wrap.mjs';

export default async function createNewsrailCore(options) {
  return wrap(await createReal(options));
}
