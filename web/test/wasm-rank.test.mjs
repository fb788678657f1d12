// The small WebAssembly module (newsrail-rank), loaded in Node: it reads snapshots only; its
// nr_load_snapshot report is the CLI's `validate --json` for the same bytes; a refused buffer
// leaves the previous index loaded; its lists are the CLI's for the same snapshot, options and
// now. The full module (newsrail-core) reads the same snapshots through nr_parse_feed.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, packSnapshot, repoRoot } from './helpers/browser.mjs';
import { loadModule, compareRankings } from './helpers/core.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'newsrail-rank-'));
const NOW = '2025-06-26T18:00:00Z';
const FEED = join(repoRoot, 'web/demo/feed.json');
const english = packSnapshot(FEED, join(tmp, 'feed.nrs'));
const arabic = packSnapshot(join(repoRoot, 'web/demo/feed-ar.json'), join(tmp, 'feed-ar.nrs'));
const validate = (path) => JSON.parse(cli('validate', '--json', path));
const mostRead = (path) => JSON.parse(cli('most-read', path, '--window', '24h', '--now', NOW, '--limit', '5'));
const REQUEST = JSON.stringify({ window: '24h', now: NOW, limit: 5 });

let rank;
before(async () => { rank = await loadModule('newsrail-rank'); });
const load = (bytes) => JSON.parse(rank('load_snapshot', bytes));

test('newsrail-rank exports the shared ABI, nr_load_snapshot and nr_warm, and no JSON feed reader', () => {
  assert.deepEqual(rank.exports, ['nr_input', 'nr_load_snapshot', 'nr_most_read', 'nr_output',
    'nr_read_next', 'nr_record_read', 'nr_set_options', 'nr_ticker', 'nr_warm']);
});

test('nr_warm ranks its built-in snapshot and leaves the loaded feed and its lists alone', () => {
  assert.equal(load(readFileSync(english)).usable, true);
  const next = JSON.stringify({ article: 'iran-declares-victory-ceasefire', now: NOW });
  const before = [rank('most_read', REQUEST), rank('read_next', next), rank('ticker', '{}')];
  rank('warm', '');  // returns 1: the tiny snapshot read (its output is no answer)
  assert.deepEqual([rank('most_read', REQUEST), rank('read_next', next), rank('ticker', '{}')], before);
  assert.ok(JSON.parse(before[0]).items.length > 0);
});

test('nr_load_snapshot reports what `newsrail validate --json` reports for the demo snapshots', () => {
  for (const path of [english, arabic]) {
    const report = load(readFileSync(path));
    assert.deepEqual(report, validate(path), path);
    assert.equal(report.usable, true);
    assert.equal(report.form, 'snapshot');
    assert.equal(report.snapshot.bytes, readFileSync(path).length);
  }
  assert.equal(load(readFileSync(english)).items, 39);
});

test('a refused buffer (truncated, a broken root offset, a JSON feed, nothing) says why and leaves the last snapshot loaded', () => {
  const good = readFileSync(english);
  assert.equal(load(good).usable, true);
  const before = JSON.parse(rank('most_read', REQUEST));
  assert.deepEqual(before, mostRead(english));
  const broken = Buffer.from(good);
  broken.writeUInt32LE(0x7fffffff, 0);
  const cases = [
    ['truncated', good.subarray(0, good.length >> 1), new RegExp(`^the snapshot is corrupt or truncated \\(${good.length >> 1} bytes\\)`)],
    ['a broken root offset', broken, /^the snapshot is corrupt or truncated/],
    ['a JSON feed', readFileSync(FEED), /^not a newsrail snapshot: it does not carry the identifier "NRS1"/],
    ['nothing', new Uint8Array(0), /^not a newsrail snapshot/],
  ];
  for (const [name, bytes, message] of cases) {
    const report = load(bytes);
    assert.equal(report.usable, false, name);
    assert.equal(report.form, 'snapshot', name);
    assert.deepEqual(report.diagnostics.map((d) => d.severity), ['error'], name);
    assert.match(report.diagnostics[0].message, message, name);
    if (name !== 'a JSON feed' && name !== 'nothing') {  // the CLI reads those two as JSON
      const path = join(tmp, 'refused.nrs');
      writeFileSync(path, bytes);
      assert.deepEqual(report, validate(path), name);
    }
    assert.deepEqual(JSON.parse(rank('most_read', REQUEST)), before, `${name}: the last snapshot stays`);
  }
});

test('Most Read, Read Next and the ticker agree with the CLI item by item on the demo snapshot', async () => {
  assert.equal(load(readFileSync(english)).usable, true);
  const ids = JSON.parse(readFileSync(FEED, 'utf8')).items.map((i) => i.id);
  await compareRankings(rank, english, ids, NOW);
});

test('the rankings agree on a snapshot of 2,000 synthetic articles in three languages', async () => {
  const json = join(tmp, 'synthetic.json');
  writeFileSync(json, cli('synth', '2000', '--seed', '7'));
  const path = packSnapshot(json, join(tmp, 'synthetic.nrs'));
  const feed = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(load(readFileSync(path)).usable, true);
  await compareRankings(rank, path, feed.items.filter((_, i) => i % 250 === 0).map((i) => i.id), feed._newsrail.generated_at);
});

test('options set once stay in effect across snapshots', () => {
  const options = { ticker: { default_lifetime: '1h' } };
  const path = join(tmp, 'options.json');
  writeFileSync(path, JSON.stringify(options));
  assert.deepEqual(JSON.parse(rank('set_options', JSON.stringify(options))).diagnostics, []);
  load(readFileSync(arabic));
  load(readFileSync(english));
  const ticker = JSON.parse(rank('ticker', JSON.stringify({ now: NOW })));
  assert.deepEqual(ticker, JSON.parse(cli('ticker', english, '--options', path, '--now', NOW)));
  assert.ok(ticker.items.length < JSON.parse(cli('ticker', english, '--now', NOW)).items.length, 'the option applies');
  rank('set_options', '{}');
});

test('the full module reads a snapshot too: nr_parse_feed reports it (form "snapshot"), nr_index_feed switches to it', async () => {
  const core = await loadModule('newsrail-core');
  assert.equal(JSON.parse(core('load_feed', readFileSync(join(repoRoot, 'web/demo/feed-ar.json')))).usable, true);
  const parsed = JSON.parse(core('parse_feed', readFileSync(english)));
  assert.deepEqual(parsed, validate(english));
  assert.deepEqual(JSON.parse(core('most_read', REQUEST)), mostRead(join(repoRoot, 'web/demo/feed-ar.json')),
    'parsed, not indexed: still the JSON feed');
  core('index_feed', '');
  assert.deepEqual(JSON.parse(core('most_read', REQUEST)), mostRead(english), 'indexed: the snapshot');
  assert.equal(JSON.parse(core('load_feed', readFileSync(arabic))).form, 'snapshot');
  assert.deepEqual(JSON.parse(core('most_read', REQUEST)), mostRead(arabic), 'nr_load_feed, one call');
});
