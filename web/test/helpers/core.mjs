// Calls the wasm core's C ABI from a page: write UTF-8 input, call, read UTF-8 output.
// `page` must be on a page served by scripts/serve.mjs (the module is /newsrail/newsrail-core.mjs).
export async function openCore(page) {
  await page.evaluate(async () => {
    const { default: create } = await import('/newsrail/newsrail-core.mjs');
    const core = await create();
    window.__nrCall = (name, text) => {
      const bytes = new TextEncoder().encode(text);
      const ptr = core._nr_input(bytes.length);
      core.HEAPU8.set(bytes, ptr);
      const len = core[`_nr_${name}`](bytes.length);
      const start = core._nr_output();
      return new TextDecoder().decode(core.HEAPU8.subarray(start, start + len));
    };
  });
  return (name, text) => page.evaluate(([n, t]) => window.__nrCall(n, t), [name, text]);
}
