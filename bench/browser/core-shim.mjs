// newsrail bench — stands in for /newsrail/newsrail-core.mjs on bench pages (through the page's
// import map): creates the real module, then wraps each nr_* call the loader makes so the bench
// can tell the core's time from the loader's. The wrappers cost two performance.now() calls each.
import createReal from '/newsrail/newsrail-core.mjs?real';

export default async function createNewsrailCore(options) {
  const core = await createReal(options);
  const calls = (window.__nrBench ??= {}).calls ??= [];
  for (const key of Object.keys(core)) {
    if (!/^_nr_/.test(key) || key === '_nr_input' || key === '_nr_output') continue;
    const real = core[key];
    core[key] = (...args) => {
      const start = performance.now();
      try {
        return real(...args);
      } finally {
        calls.push({ name: key.slice(4), start, end: performance.now() });
      }
    };
  }
  // Only when the bench asks (?pregrow=BYTES, see run.mjs): reserve the input buffer for a feed
  // of that size now. The shipped loader evaluates core.HEAPU8 before calling nr_input(size), so
  // a feed that makes nr_input grow the memory hits a detached buffer; with the buffer reserved
  // here, nr_input does not grow it and the loader's code runs unchanged.
  if (window.__nrBench.pregrow) core._nr_input(window.__nrBench.pregrow);
  window.__nrBench.coreReady?.();
  return core;
}
