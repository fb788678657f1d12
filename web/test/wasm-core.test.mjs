// The WebAssembly core in Chromium gives the same validation report as the native CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, cli, repoRoot } from './helpers/browser.mjs';

let browser, server, base;
before(async () => {
  ({ server, url: base } = await serve());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

// Loads the module on a served page and validates `feedText` through the C ABI.
async function validateInBrowser(feedText) {
  const page = await browser.newPage();
  await page.goto(new URL('/demo/index.html', base).href);
  const report = await page.evaluate(async (text) => {
    const { default: create } = await import('/newsrail/newsrail-core.mjs');
    const core = await create();
    const bytes = new TextEncoder().encode(text);
    const ptr = core._nr_input(bytes.length);
    core.HEAPU8.set(bytes, ptr);
    const len = core._nr_validate(bytes.length);
    const out = core.HEAPU8.slice(core._nr_output(), core._nr_output() + len);
    return new TextDecoder().decode(out);
  }, feedText);
  await page.close();
  return JSON.parse(report);
}

for (const [name, file] of [
  ['the sample feed', 'web/demo/feed.json'],
  ['a feed with three bad items', 'tests/data/three-bad-items.json'],
  ['a document that is not JSON', 'tests/data/not-json.json'],
]) {
  test(`wasm and CLI agree on ${name}`, async () => {
    const path = join(repoRoot, file);
    const fromCli = JSON.parse(cli('validate', '--json', path));
    const fromWasm = await validateInBrowser(readFileSync(path, 'utf8'));
    assert.deepEqual(fromWasm, fromCli);
  });
}

test('the wasm report on three bad items names their paths', async () => {
  const report = await validateInBrowser(
    readFileSync(join(repoRoot, 'tests/data/three-bad-items.json'), 'utf8'));
  assert.equal(report.usable, true);
  assert.equal(report.items, 2);
  assert.deepEqual(report.diagnostics.map((d) => d.path),
    ['/items/1/url', '/items/2/date_published', '/items/3/id']);
});
