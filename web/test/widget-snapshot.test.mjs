// The widget on a snapshot feed (`newsrail pack --format binary`): the loader picks the small
// module (newsrail-rank) by the feed's first bytes, shows the CLI's lists for the same snapshot,
// keeps the last good snapshot in IndexedDB for a 304 or a failing server, refuses a corrupt one
// with one warning, and moves between the two forms when a refresh brings the other one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, cli, packSnapshot, repoRoot } from './helpers/browser.mjs';
import { widgetPage, looks, FAILED, WORKING, settled, ours, shownTitles } from './helpers/widget.mjs';

const env = useBrowser();
const tmp = mkdtempSync(join(tmpdir(), 'newsrail-snapshot-'));
const NOW = '2025-06-26T18:00:00Z';
const JSON_PATH = join(repoRoot, 'web/demo/feed.json');
const SNAP_PATH = join(repoRoot, 'web/demo/feed.nrs');  // packed by scripts/build.sh
const JSON_FEED = readFileSync(JSON_PATH);
const SNAP = readFileSync(SNAP_PATH);
// The demo feed with one more breaking line, as JSON and as a snapshot: what a refresh brings.
const NEW_LINE = 'NEW: Ceasefire talks resume in Doha';
const JSON2_PATH = join(tmp, 'feed2.json');
const v2 = JSON.parse(JSON_FEED);
v2._newsrail.breaking.unshift({ id: 'b0', text: NEW_LINE, date_published: '2025-06-26T17:59:00Z', priority: 3 });
writeFileSync(JSON2_PATH, JSON.stringify(v2));
const SNAP2_PATH = packSnapshot(JSON2_PATH, join(tmp, 'feed2.nrs'));

const cliTitles = (...args) => JSON.parse(cli(...args)).items.map((i) => i.title ?? i.text);
const modulesFetched = (requests) => requests.filter((p) => /^\/newsrail\/newsrail-(core|rank)\./.test(p));
const RANK = ['/newsrail/newsrail-rank.mjs', '/newsrail/newsrail-rank.wasm'];
const CORE = ['/newsrail/newsrail-core.mjs', '/newsrail/newsrail-core.wasm'];

// A feed route like the real server: `served.body` with `served.etag`, 304 to a matching
// If-None-Match; `served.status` (e.g. 500, or a function of the request's If-None-Match giving
// it) fails it; each request's If-None-Match is logged in `served.asked`.
function feedServer(body, etag) {
  const served = { body, etag, status: 200, asked: [] };
  served.handler = (route) => {
    const asked = route.request().headers()['if-none-match'] ?? null;
    served.asked.push(asked);
    const status = typeof served.status === 'function' ? served.status(asked) : served.status;
    if (status !== 200) return route.fulfill({ status, body: 'down' });
    if (asked === served.etag) return route.fulfill({ status: 304, headers: { ETag: served.etag } });
    return route.fulfill({ body: served.body, contentType: 'application/octet-stream', headers: { ETag: served.etag } });
  };
  return served;
}
const snapshotPage = (served, options = {}) => widgetPage(env, served && served.handler, { feedPath: '/t/feed.nrs', ...options });

// The snapshot kept in IndexedDB for /t/feed.nrs: { etag, size }, or null. Never creates the
// database (that would give the loader one without its store).
const keptCopy = (page) => page.evaluate(async () => {
  if (!(await indexedDB.databases()).some((d) => d.name === 'newsrail')) return null;
  return new Promise((resolve) => {
    const open = indexedDB.open('newsrail');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('feeds').objectStore('feeds').get(new URL('/t/feed.nrs', location.href).href);
      get.onsuccess = () => {
        db.close();
        resolve(get.result ? { etag: get.result.etag, size: get.result.bytes.length } : null);
      };
    };
  });
});
const waitForCopy = async (page, etag) => {
  for (let i = 0; i < 100; i++) {
    if ((await keptCopy(page))?.etag === etag) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`no copy of ${etag} kept in IndexedDB`);
};
const record = (page) => page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('newsrail:feed:v1:'))) ?? 'null'));
const tickerHas = (page, text) => page.waitForFunction((t) => [...document.querySelector('newsrail-ticker').shadowRoot.querySelectorAll('[part~=link]')]
  .some((a) => a.firstChild.textContent === t), text);

for (const [path, feed, wanted, unwanted] of [
  ['/demo/index.html', '/demo/feed.nrs', RANK, CORE],
  ['/demo/ar.html', '/demo/feed-ar.nrs', RANK, CORE],
  ['/demo/json.html', '/demo/feed.json', CORE, RANK],
]) {
  test(`${path} renders its three modules from ${feed}, fetching ${wanted[1].slice(10)} and not ${unwanted[1].slice(10)}`, async () => {
    const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    const warnings = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(`${env.base}${path}`);
    await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
    await settled(page);
    for (const tag of ['newsrail-ticker', 'newsrail-most-read', 'newsrail-read-next'])
      assert.ok((await shownTitles(page, tag)).length > 0, tag);
    assert.deepEqual(modulesFetched(requests).sort(), wanted);
    assert.equal(requests.filter((p) => p === feed).length, 1);
    assert.deepEqual(ours(warnings), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the lists the widget shows on a snapshot are the CLI\'s for that snapshot, options and now', async () => {
  const options = { ticker: { default_lifetime: '1h' }, most_read: { half_life: '12h' } };
  const optionsPath = join(tmp, 'options.json');
  writeFileSync(optionsPath, JSON.stringify(options));
  const later = '2025-06-26T19:30:00Z';
  const { context, page, errors, open } = await widgetPage(env, null, {
    feedPath: '/demo/feed.nrs',
    script: `data-now="${later}" data-history="off" data-config='${JSON.stringify(options)}'`,
    body: '<newsrail-ticker limit="4"></newsrail-ticker><newsrail-most-read window="7d" limit="6"></newsrail-most-read>' +
      '<newsrail-most-read id="trending" trending limit="4"></newsrail-most-read><newsrail-read-next article="oil-prices-ceasefire"></newsrail-read-next>',
  });
  await open();
  await settled(page);
  const O = ['--options', optionsPath, '--now', later];
  const lang = ['--language', 'en'];
  assert.deepEqual(await shownTitles(page, 'newsrail-ticker'), cliTitles('ticker', SNAP_PATH, '--limit', '4', ...O));
  assert.deepEqual(await shownTitles(page, 'newsrail-most-read'), cliTitles('most-read', SNAP_PATH, '--window', '7d', '--limit', '6', ...lang, ...O));
  assert.deepEqual(await shownTitles(page, '#trending'), cliTitles('most-read', SNAP_PATH, '--trending', '--limit', '4', ...lang, ...O));
  assert.deepEqual(await shownTitles(page, 'newsrail-read-next'), cliTitles('read-next', SNAP_PATH, '--article', 'oil-prices-ceasefire', '--limit', '4', ...lang, ...O));
  // The snapshot's Read Next is the packed feed's, not the full text's: here they differ.
  assert.notDeepEqual(cliTitles('read-next', SNAP_PATH, '--article', 'oil-prices-ceasefire', '--now', NOW),
    cliTitles('read-next', JSON_PATH, '--article', 'oil-prices-ceasefire', '--now', NOW));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the public API on a snapshot: unmount gives the fallback back, mount and refresh resolve as on JSON', async () => {
  const { context, page, warnings, errors, open } = await snapshotPage(feedServer(SNAP, '"v1"'));
  await open();
  await settled(page);
  const list = await shownTitles(page, 'newsrail-most-read');
  assert.equal(await page.evaluate(() => Newsrail.unmount(document.querySelector('newsrail-most-read'))), true);
  assert.equal((await looks(page))['most-read'], 'fallback');
  assert.equal(await page.evaluate(() => Newsrail.mount(document.querySelector('newsrail-most-read'))), true);
  assert.deepEqual(await shownTitles(page, 'newsrail-most-read'), list);
  assert.equal(await page.evaluate(async () => {
    const div = document.body.appendChild(document.createElement('div'));
    return Newsrail.mount(div, { module: 'ticker', limit: 2 });
  }), true);
  await page.evaluate(() => Newsrail.refresh());
  assert.deepEqual(await looks(page), WORKING);
  assert.deepEqual(ours(warnings), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a truncated snapshot: one warning naming the feed and the core\'s reason; the copy kept in IndexedDB stands in, else the fallback stays', async () => {
  const served = feedServer(SNAP, '"good"');
  const { context, page, warnings, errors, requests, open } = await snapshotPage(served);
  await open();
  await settled(page);
  const good = await shownTitles(page, 'newsrail-most-read');
  assert.deepEqual(good, cliTitles('most-read', SNAP_PATH, '--now', NOW, '--language', 'en'));
  // The bytes go to IndexedDB once the page is idle; localStorage keeps only their ETag.
  await waitForCopy(page, '"good"');
  assert.deepEqual(await keptCopy(page), { etag: '"good"', size: SNAP.length });
  assert.deepEqual(await record(page), { etag: '"good"', snapshot: true });

  const truncated = SNAP.subarray(0, SNAP.length >> 1);
  const badPath = join(tmp, 'truncated.nrs');
  writeFileSync(badPath, truncated);
  const reason = JSON.parse(cli('validate', '--json', badPath)).diagnostics[0].message;
  const expected = `[newsrail] ${env.base}/t/feed.nrs: not a usable feed (${reason})`;
  served.body = truncated;
  served.etag = '"bad"';
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING);
  assert.deepEqual(await shownTitles(page, 'newsrail-most-read'), good, 'the kept copy\'s lists');
  assert.deepEqual(ours(warnings), [expected]);
  assert.deepEqual(served.asked, [null, '"good"']);
  assert.deepEqual(modulesFetched(requests).sort(), [...RANK, ...RANK].sort(), 'the small module, once per page view');
  assert.equal((await keptCopy(page)).etag, '"good"', 'the refused snapshot is not kept');
  assert.deepEqual(errors, []);
  await context.close();

  // A reader with no copy on the device keeps the host's fallback.
  const first = await snapshotPage(feedServer(truncated, '"bad"'));
  await first.open();
  await settled(first.page);
  assert.deepEqual(await looks(first.page), FAILED);
  assert.deepEqual(ours(first.warnings), [expected]);
  assert.deepEqual(first.errors, []);
  await first.context.close();
});

test('a refused snapshot with a JSON copy on the device: the full module loads the copy', async () => {
  const served = feedServer(JSON_FEED, '"json"');
  const { context, page, warnings, errors, requests, open } = await snapshotPage(served);
  await open();
  await settled(page);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('newsrail:feed:v1:')));
  const fromJson = await shownTitles(page, 'newsrail-read-next');
  served.body = Buffer.from(SNAP).fill(0, 64, 4096);
  served.etag = '"zeroed"';
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING);
  assert.deepEqual(await shownTitles(page, 'newsrail-read-next'), fromJson);
  assert.equal(ours(warnings).length, 1, ours(warnings).join('\n'));
  assert.match(ours(warnings)[0], /\/t\/feed\.nrs: not a usable feed \(.*snapshot/);
  // First view: the full module (JSON). Second: the small one for the snapshot, refused, then the
  // full one for the copy.
  assert.deepEqual(modulesFetched(requests).sort(), [...CORE, ...RANK, ...CORE].sort());
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 304 keeps the snapshot: on a refresh, and at the next page view from the copy in IndexedDB', async () => {
  const served = feedServer(SNAP, '"v1"');
  const { context, page, warnings, errors, requests, open } = await snapshotPage(served, { script: 'data-now="feed" data-refresh="1"' });
  await open();
  await settled(page);
  const before = await shownTitles(page, 'newsrail-ticker');
  while (served.asked.length < 3) await page.waitForTimeout(100);
  assert.deepEqual(served.asked.slice(0, 3), [null, '"v1"', '"v1"'], 'the refreshes are conditional');
  assert.deepEqual(await shownTitles(page, 'newsrail-ticker'), before, '304: the same lines');

  served.body = readFileSync(SNAP2_PATH);
  served.etag = '"v2"';
  await tickerHas(page, NEW_LINE);
  assert.deepEqual(await shownTitles(page, 'newsrail-ticker'), cliTitles('ticker', SNAP2_PATH, '--now', NOW));
  await waitForCopy(page, '"v2"');

  const asked = served.asked.length;
  await open();
  await settled(page);
  assert.equal(served.asked[asked], '"v2"', 'the next page view asks with the kept ETag');
  await tickerHas(page, NEW_LINE);  // from the copy: the server sent no bytes
  assert.deepEqual(await shownTitles(page, 'newsrail-ticker'), cliTitles('ticker', SNAP2_PATH, '--now', NOW));
  assert.deepEqual(modulesFetched(requests).sort(), [...RANK, ...RANK].sort());
  assert.deepEqual(ours(warnings), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 304 to a copy that is gone from IndexedDB (cleared by the reader): the feed is asked for again, unconditionally', async () => {
  const served = feedServer(SNAP, '"v1"');
  const { context, page, warnings, errors, open } = await snapshotPage(served);
  const clearCopy = () => page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('newsrail');
    open.onsuccess = () => {
      const tx = open.result.transaction('feeds', 'readwrite');
      tx.objectStore('feeds').clear();
      tx.oncomplete = () => resolve(open.result.close());
    };
  }));
  await open();
  await settled(page);
  await waitForCopy(page, '"v1"');
  await clearCopy();
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING);
  assert.deepEqual(served.asked, [null, '"v1"', null]);
  assert.deepEqual(ours(warnings), []);

  // And when that second request fails: the fallback, with the failure's one warning.
  await waitForCopy(page, '"v1"');
  await clearCopy();
  served.status = (asked) => (asked ? 200 : 500);
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), FAILED);
  assert.deepEqual(served.asked.slice(3), ['"v1"', null]);
  assert.equal(ours(warnings).length, 1, ours(warnings).join('\n'));
  assert.match(ours(warnings)[0], /HTTP 500/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('IndexedDB that throws or fails (private mode): the snapshot renders, nothing is kept, no warning, no error', async () => {
  for (const init of [
    () => Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } }),
    () => {
      IDBFactory.prototype.open = function () {
        const req = {};
        setTimeout(() => req.onerror?.(new Event('error')));
        return req;
      };
    },
  ]) {
    const served = feedServer(SNAP, '"v1"');
    const { context, page, warnings, errors, open } = await snapshotPage(served, { init });
    await open();
    await settled(page);
    assert.deepEqual(await looks(page), WORKING);
    await page.waitForTimeout(500);  // idle: the copy's write is tried, and fails
    assert.equal(await record(page), null, 'no ETag record without the bytes it names');
    served.status = 500;
    await open();
    await settled(page);
    assert.deepEqual(await looks(page), FAILED, 'no copy to stand in');
    assert.deepEqual(served.asked, [null, null], 'and no conditional request');
    assert.equal(ours(warnings).length, 1);
    assert.match(ours(warnings)[0], /HTTP 500/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('JSON, then a snapshot on a refresh: the full module reads it (no second module)', async () => {
  const served = feedServer(JSON_FEED, '"json"');
  const { context, page, warnings, errors, requests, open } = await snapshotPage(served);
  await open();
  await settled(page);
  served.body = readFileSync(SNAP2_PATH);
  served.etag = '"snap"';
  await page.evaluate(() => Newsrail.refresh());
  await tickerHas(page, NEW_LINE);
  assert.deepEqual(await shownTitles(page, 'newsrail-ticker'), cliTitles('ticker', SNAP2_PATH, '--now', NOW));
  assert.deepEqual(await shownTitles(page, 'newsrail-most-read'), cliTitles('most-read', SNAP2_PATH, '--now', NOW, '--language', 'en'));
  assert.deepEqual(modulesFetched(requests).sort(), CORE);
  // The kept copy follows: the snapshot in IndexedDB, localStorage's JSON text replaced by its ETag.
  await waitForCopy(page, '"snap"');
  assert.deepEqual(await record(page), { etag: '"snap"', snapshot: true });
  assert.deepEqual(ours(warnings), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a snapshot, then JSON on a refresh: the full module loads with the same options and takes over once it holds the feed', async () => {
  const options = { ticker: { default_lifetime: '1h', lifetime: 2 } };  // one misspelt key: one warning
  const optionsPath = join(tmp, 'options-switch.json');
  writeFileSync(optionsPath, JSON.stringify(options));
  const served = feedServer(SNAP, '"snap"');
  const { context, page, warnings, errors, requests, open } = await snapshotPage(served, {
    script: `data-now="feed" data-refresh="0" data-config='${JSON.stringify(options)}'`,
  });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(`${env.base}/newsrail/newsrail-core.wasm`, async (route) => {
    await held;
    await route.continue();
  });
  await open();
  await settled(page);
  const O = ['--options', optionsPath, '--now', NOW];
  const first = cliTitles('ticker', SNAP_PATH, ...O);
  assert.deepEqual(await shownTitles(page, 'newsrail-ticker'), first);
  assert.deepEqual(modulesFetched(requests).sort(), RANK);

  served.body = readFileSync(JSON2_PATH);
  served.etag = '"json"';
  const refreshed = page.evaluate(() => Newsrail.refresh());
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('newsrail-core.mjs')));
  await page.waitForTimeout(300);
  assert.deepEqual(await shownTitles(page, 'newsrail-ticker'), first, 'while the full module loads, the snapshot\'s lists stay');
  release();
  await refreshed;
  assert.deepEqual(await shownTitles(page, 'newsrail-ticker'), cliTitles('ticker', JSON2_PATH, ...O));
  assert.ok((await shownTitles(page, 'newsrail-ticker')).includes(NEW_LINE));
  assert.deepEqual(await shownTitles(page, 'newsrail-most-read'), cliTitles('most-read', JSON2_PATH, '--language', 'en', ...O));
  const fetched = modulesFetched(requests);
  assert.deepEqual([fetched.slice(0, 2).sort(), fetched.slice(2).sort()], [RANK, CORE], 'the small module, then the full one');
  assert.deepEqual(ours(warnings), ['[newsrail] data-config: /ticker/lifetime: unknown option; ignored'], 'the options\' warning once');
  // The kept copy follows: JSON text in localStorage, the snapshot's bytes dropped from IndexedDB.
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"text"')));
  for (let i = 0; i < 40 && await keptCopy(page); i++) await page.waitForTimeout(50);
  assert.equal(await keptCopy(page), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('newsrail-rank failing to load: the modules keep their fallback, exactly one warning', async () => {
  for (const file of RANK) {
    const { context, page, warnings, errors, requests, open } = await snapshotPage(feedServer(SNAP, '"v1"'));
    await context.route(`${env.base}${file}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await open();
    await settled(page);
    await page.waitForTimeout(200);
    assert.deepEqual(await looks(page), FAILED, file);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^\[newsrail\] the WebAssembly core did not load .*; the modules keep their fallback$/);
    assert.deepEqual(modulesFetched(requests).sort(), RANK, 'no other module tried');
    await page.evaluate(() => Newsrail.refresh());
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('under the strict Content-Security-Policy, index-csp.html renders from the snapshot with no violation', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const response = await page.goto(`${env.base}/demo/index-csp.html`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING);
  assert.ok(requests.includes('/demo/feed.nrs'));
  assert.deepEqual(modulesFetched(requests).sort(), RANK);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the small module warms up in idle time while the feed downloads, and stops once it is here', async () => {
  const served = feedServer(SNAP, '"v1"');
  let delay = 0;  // ms the feed's answer waits: the second view's download
  const slow = async (route) => {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    return served.handler(route);
  };
  const { context, page, warnings, errors, open } = await snapshotPage({ handler: slow });
  // The glue, wrapped: each nr_warm and nr_load_snapshot call logged with its time.
  await context.route(`${env.base}/newsrail/newsrail-rank.mjs`, (route) => route.fulfill({
    contentType: 'text/javascript',
    body: `import create from '/newsrail/newsrail-rank.mjs?real';
      export default async function (options) {
        const m = await create(options);
        const log = (window.__nrCalls ??= []);
        for (const name of ['_nr_warm', '_nr_load_snapshot']) {
          // Emscripten's export stub replaces itself with the wasm function on its first call:
          // the setter takes that in, so every call goes through the log.
          let real = m[name];
          const logged = (...a) => { log.push({ name, at: performance.now() }); return real(...a); };
          Object.defineProperty(m, name, { configurable: true, get: () => logged, set: (f) => { real = f; } });
        }
        return m;
      }`,
  }));
  await open();
  await settled(page);
  await waitForCopy(page, '"v1"');

  // The next page view: a copy on the device, so the module loads with the feed's request; the
  // server takes 1.5 s to answer (304).
  delay = 1500;
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING);
  const calls = await page.evaluate(() => window.__nrCalls);
  const warms = calls.filter((c) => c.name === '_nr_warm');
  const load = calls.find((c) => c.name === '_nr_load_snapshot');
  assert.ok(load, 'the copy was read');
  assert.ok(warms.length > 1 && warms.length <= 60, `warmed ${warms.length} times, between 2 and 60`);
  assert.ok(warms.every((w) => w.at < load.at), 'no warm-up once the feed is here');
  await page.waitForTimeout(300);
  assert.equal((await page.evaluate(() => window.__nrCalls)).filter((c) => c.name === '_nr_warm').length, warms.length,
    'none later either');
  assert.deepEqual(ours(warnings), []);
  assert.deepEqual(errors, []);
  await context.close();
});
