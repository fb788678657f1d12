// The WebAssembly core in Chromium gives the same answers as the native CLI, byte for byte:
// validation reports, and Most Read, Read Next and ticker lists for the same feed, options and now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, cli, repoRoot } from './helpers/browser.mjs';
import { openCore, compareRankings } from './helpers/core.mjs';

let call;
useBrowser({
  async setUp({ browser, base }) {
    const page = await browser.newPage();
    await page.goto(new URL('/demo/index.html', base).href);
    call = await openCore(page);
  },
});

for (const [name, file] of [
  ['the sample feed', 'web/demo/feed.json'],
  ['a feed with three bad items', 'tests/data/three-bad-items.json'],
  ['a document that is not JSON', 'tests/data/not-json.json'],
]) {
  test(`wasm and CLI give the same validation report for ${name}`, async () => {
    const path = join(repoRoot, file);
    const fromCli = JSON.parse(cli('validate', '--json', path));
    const fromWasm = JSON.parse(await call('validate', readFileSync(path, 'utf8')));
    assert.deepEqual(fromWasm, fromCli);
  });
}

test('the wasm report on three bad items names their paths', async () => {
  const report = JSON.parse(
    await call('validate', readFileSync(join(repoRoot, 'tests/data/three-bad-items.json'), 'utf8')));
  assert.equal(report.usable, true);
  assert.equal(report.items, 2);
  assert.deepEqual(report.diagnostics.map((d) => d.path),
    ['/items/1/url', '/items/2/date_published', '/items/3/id']);
});

test('Most Read, Read Next and the ticker agree item by item on the sample feed', async () => {
  const path = join(repoRoot, 'web/demo/feed.json');
  const feed = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(JSON.parse(await call('load_feed', readFileSync(path, 'utf8'))).usable, true);
  await compareRankings(call, path, feed.items.map((i) => i.id), '2025-06-26T18:00:00Z');
});

test('the rankings agree on a synthetic feed of 2,000 articles in three languages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsrail-'));
  const path = join(dir, 'synthetic.json');
  writeFileSync(path, cli('synth', '2000', '--seed', '7'));
  const feed = JSON.parse(readFileSync(path, 'utf8'));
  const ids = feed.items.filter((_, i) => i % 250 === 0).map((i) => i.id);
  assert.equal(JSON.parse(await call('load_feed', readFileSync(path, 'utf8'))).usable, true);
  await compareRankings(call, path, ids, feed._newsrail.generated_at);
});

test('nr_parse_feed then nr_index_feed (the loader\'s two steps) rank like nr_load_feed; until the index, and after an unusable feed, the last feed stays', async () => {
  const english = join(repoRoot, 'web/demo/feed.json');
  const arabic = join(repoRoot, 'web/demo/feed-ar.json');
  const now = '2025-06-26T18:00:00Z';
  const request = JSON.stringify({ window: '24h', now, limit: 5 });
  const mostRead = async () => JSON.parse(await call('most_read', request));
  const fromCli = (path) => JSON.parse(cli('most-read', path, '--window', '24h', '--now', now, '--limit', '5'));

  assert.equal(JSON.parse(await call('load_feed', readFileSync(english, 'utf8'))).usable, true);
  assert.deepEqual(await mostRead(), fromCli(english));

  const parsed = JSON.parse(await call('parse_feed', readFileSync(arabic, 'utf8')));
  assert.deepEqual(parsed, JSON.parse(cli('validate', '--json', arabic)), 'the report is validate\'s');
  assert.deepEqual(await mostRead(), fromCli(english), 'parsed, not indexed: still the English feed');
  await call('index_feed', '');
  assert.deepEqual(await mostRead(), fromCli(arabic), 'indexed: the Arabic feed');

  const bad = JSON.parse(await call('parse_feed', readFileSync(join(repoRoot, 'tests/data/not-json.json'), 'utf8')));
  assert.equal(bad.usable, false);
  await call('index_feed', '');
  assert.deepEqual(await mostRead(), fromCli(arabic), 'an unusable feed leaves the last one');
});

test('nr_set_options answers the options in effect and the diagnostics, as the CLI reports them', async () => {
  const config = { read_next: { text_wieght: 2, tags_weight: 0.5, diversity_lambda: 3 } };
  const answer = JSON.parse(await call('set_options', JSON.stringify(config)));
  assert.deepEqual(Object.keys(answer), ['options', 'diagnostics']);
  const defaults = JSON.parse(cli('options'));
  assert.deepEqual(answer.options, { ...defaults, read_next: { ...defaults.read_next, tags_weight: 0.5 } });
  assert.deepEqual(answer.diagnostics, [
    { severity: 'warning', path: '/read_next/diversity_lambda', message: 'expected a number from 0 to 1, not 3; kept 0.75' },
    { severity: 'warning', path: '/read_next/text_wieght', message: 'unknown option; ignored' },
  ]);
  const clean = JSON.parse(await call('set_options', '{}'));
  assert.deepEqual(clean, { options: defaults, diagnostics: [] });
});
