// Calls the wasm modules' C ABI: write the input (UTF-8 or bytes), call, read the UTF-8 output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cli } from './browser.mjs';

// In a page: `page` must be on a page served by scripts/serve.mjs (the module is
// /newsrail/newsrail-core.mjs).
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

// Loads a widget module of web/dist/ (`newsrail-core` or `newsrail-rank`) in Node, without a
// browser; returns call(name, input) -> the output text, input a string or bytes. The .wasm is
// handed over as wasmBinary: this Emscripten fetches it whenever fetch exists, and Node 20 has one
// (../shared/TOOLCHAIN.md, quirk 3). `exports` lists the module's nr_ functions.
export async function loadModule(name) {
  const dist = new URL('../../dist/', import.meta.url);
  const { default: create } = await import(new URL(`${name}.mjs`, dist).href);
  const core = await create({ wasmBinary: readFileSync(new URL(`${name}.wasm`, dist)), print() {}, printErr() {} });
  const call = (fn, input) => {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    const ptr = core._nr_input(bytes.length);
    core.HEAPU8.set(bytes, ptr);
    const len = core[`_nr_${fn}`](bytes.length);
    const start = core._nr_output();
    return new TextDecoder().decode(core.HEAPU8.subarray(start, start + len));
  };
  call.exports = Object.keys(core).filter((k) => k.startsWith('_nr_')).map((k) => k.slice(1)).sort();
  return call;
}

// Asserts that a module (`call`, from openCore or loadModule, its feed loaded already) and the
// CLI on `feedPath` (JSON or snapshot) give the same JSON for Most Read (four windows, trending),
// Read Next (each of articleIds, a full list) and the ticker, at `now`, with the default options.
export async function compareRankings(call, feedPath, articleIds, now) {
  await call('set_options', '{}');
  const same = async (cliArgs, fn, request) => {
    const fromCli = JSON.parse(cli(...cliArgs));
    const fromWasm = JSON.parse(await call(fn, JSON.stringify(request)));
    assert.deepEqual(fromWasm, fromCli, `${cliArgs.join(' ')}`);
    return fromCli;
  };
  for (const window of ['1h', '24h', '7d', '6h']) {
    const list = await same(['most-read', feedPath, '--window', window, '--now', now, '--limit', '10'],
      'most_read', { window, now, limit: 10 });
    assert.ok(list.items.length > 0);
  }
  await same(['most-read', feedPath, '--trending', '--now', now], 'most_read', { trending: true, now });
  for (const article of articleIds) {
    const list = await same(['read-next', feedPath, '--article', article, '--now', now],
      'read_next', { article, now });
    assert.equal(list.items.length, 4, `read-next for ${article} is full`);
  }
  await same(['ticker', feedPath, '--now', now], 'ticker', { now });
}
