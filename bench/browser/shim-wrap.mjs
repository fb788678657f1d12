// newsrail bench — what core-shim.mjs and rank-shim.mjs share: wraps each nr_* call of a module so
// the bench can tell the core's time from the loader's (two performance.now() calls each).
export function wrap(core) {
  const calls = (window.__nrBench ??= {}).calls ??= [];
  for (const key of Object.keys(core)) {
    if (!/^_nr_/.test(key) || key === '_nr_input' || key === '_nr_output') continue;
    // Emscripten's export stub replaces Module[key] with the wasm function on its first call: the
    // setter takes that in, so the second and later calls are timed too.
    let real = core[key];
    const timed = (...args) => {
      const start = performance.now();
      try {
        return real(...args);
      } finally {
        calls.push({ name: key.slice(4), start, end: performance.now() });
      }
    };
    Object.defineProperty(core, key, { configurable: true, enumerable: true, get: () => timed, set: (f) => { real = f; } });
  }
  // Only when the bench asks (?pregrow=BYTES, see run.mjs): reserve the input buffer for a feed
  // of that size now. A loader that reads core.HEAPU8 before calling nr_input(size) (as an
  // earlier one did; the loader's inputAt now calls nr_input first) hits a detached buffer when
  // nr_input grows the memory; with the buffer reserved here, nr_input does not grow it and such a
  // loader still renders. run.mjs asks only for feeds the loader as shipped failed to render.
  if (window.__nrBench.pregrow) core._nr_input(window.__nrBench.pregrow);
  window.__nrBench.coreReady?.();
  return core;
}
