// Faults: whatever fails (the feed, the WebAssembly core, localStorage), the host page sees no
// exception, at most one `[newsrail]` warning per cause, its own fallback content where it had
// some and no empty box where it had none; the last good feed kept on the device stands in for a
// failing server; hostile feed text stays text.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, cli, repoRoot, outputDir } from './helpers/browser.mjs';
import { widgetPage, looks, FAILED, WORKING, settled, ours } from './helpers/widget.mjs';

const FEED_PATH = join(repoRoot, 'web/demo/feed.json');
const FEED = readFileSync(FEED_PATH, 'utf8');
const NOW = '2025-06-26T18:00:00Z';

const env = useBrowser();

const setUp = (feed, options) => widgetPage(env, feed, options);

describe('a feed that fails leaves the fallback, one warning and no error', { concurrency: true }, () => {
  const cases = [
    ['404', (route) => route.fulfill({ status: 404, body: 'Not found' }), /HTTP 404/],
    ['500', (route) => route.fulfill({ status: 500, body: 'Internal error' }), /HTTP 500/],
    ['a timeout (no answer in 10 s)', () => {}, /no answer in 10 s/],
    ['not JSON', (route) => route.fulfill({ contentType: 'application/json', body: '<html>Oops</html>' }), /not a usable feed/],
    ['JSON that is not a feed', (route) => route.fulfill({ json: { hello: 'world' } }), /not a usable feed/],
    ['too large (Content-Length over 16 MiB)', (route) => route.fulfill({ contentType: 'application/json', body: Buffer.alloc((16 << 20) + 10, 32) }), /larger than 16 MiB/],
    // The real server gzips it: its Content-Length is about 17 KB, the body 17 MiB.
    ['too large once unzipped (the size is counted while reading)', null, /larger than 16 MiB/, '/test-output/huge-feed.json'],
  ];
  before(() => writeFileSync(join(outputDir, 'huge-feed.json'), Buffer.alloc(17 << 20, 32)));
  after(() => rmSync(join(outputDir, 'huge-feed.json'), { force: true }));
  for (const [name, handler, message, feedPath] of cases) {
    test(name, async () => {
      const { context, page, warnings, errors, open } = await setUp(handler, { feedPath });
      await open();
      await settled(page);
      assert.deepEqual(await looks(page), FAILED);
      assert.equal(ours(warnings).length, 1, ours(warnings).join('\n'));
      assert.match(ours(warnings)[0], message);
      assert.doesNotMatch(ours(warnings)[0], /\n/, 'one line');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

test('the WebAssembly core failing to load: the modules keep their fallback, exactly one warning', async () => {
  for (const file of ['newsrail-core.wasm', 'newsrail-core.mjs']) {
    const { context, page, warnings, errors, open } = await setUp((route) => route.fulfill({ body: FEED, contentType: 'application/json' }));
    await context.route(`${env.base}/newsrail/${file}`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await open();
    await settled(page);
    await page.waitForTimeout(200);
    assert.deepEqual(await looks(page), FAILED, file);
    assert.deepEqual(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /^\[newsrail\] the WebAssembly core did not load/);
    assert.deepEqual(errors, []);
    // The API stays callable and quiet.
    await page.evaluate(() => Promise.all([Newsrail.refresh(), Newsrail.clearHistory()]));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a data-config with a misspelt key and a value out of range: one warning each, once per page load; the other options apply', async () => {
  const config = { most_read: { max_age: '12h', trending_smoothing: 0 }, read_next: { text_wieght: 2 } };
  const { context, page, warnings, errors, open } = await setUp(
    (route) => route.fulfill({ body: FEED, contentType: 'application/json' }),
    { script: `data-now="feed" data-refresh="1" data-config='${JSON.stringify(config)}'` });
  await open();
  await settled(page);
  // Refreshes (every second, and one asked for) re-render the modules: no warning again.
  await page.evaluate(() => Newsrail.refresh());
  await page.waitForTimeout(2500);
  assert.deepEqual(ours(warnings), [
    '[newsrail] data-config: /most_read/trending_smoothing: expected a number greater than 0 and at most 1000000, not 0; kept 5',
    '[newsrail] data-config: /read_next/text_wieght: unknown option; ignored',
  ]);
  assert.deepEqual(await looks(page), WORKING);
  // max_age 12h applies: Most Read is the CLI's with the same options, not the default list.
  const path = join(outputDir, 'faults-config.json');
  writeFileSync(path, JSON.stringify(config));
  const expected = JSON.parse(cli('most-read', FEED_PATH, '--now', NOW, '--options', path)).items.map((i) => i.title);
  rmSync(path, { force: true });
  assert.notDeepEqual(expected, JSON.parse(cli('most-read', FEED_PATH, '--now', NOW)).items.map((i) => i.title));
  const titles = await page.evaluate(() => [...document.querySelector('newsrail-most-read').shadowRoot.querySelectorAll('a')].map((a) => a.textContent));
  assert.deepEqual(titles, expected);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the last good feed, kept on the device, stands in when the server fails; 304 reuses it', async () => {
  let mode = 'ok';
  const asked = [];
  const { context, page, warnings, errors, open } = await setUp((route) => {
    asked.push(route.request().headers()['if-none-match'] ?? null);
    if (mode === 'ok') return route.fulfill({ body: FEED, contentType: 'application/json', headers: { ETag: '"good"' } });
    if (mode === '304') return route.fulfill({ status: 304, headers: { ETag: '"good"' } });
    return route.fulfill({ status: 500, body: 'down' });
  });
  const titles = () => page.evaluate(() => [...document.querySelector('newsrail-most-read').shadowRoot.querySelectorAll('a')].map((a) => a.textContent));
  await open();
  await settled(page);
  const good = await titles();
  assert.deepEqual(good, JSON.parse(cli('most-read', FEED_PATH, '--now', NOW)).items.map((i) => i.title));
  // The copy is written once the page is idle, after the modules rendered.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('newsrail:feed:v1:')));

  mode = 'down';
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING);
  assert.deepEqual(await titles(), good);
  assert.match(ours(warnings).join('\n'), /HTTP 500/);

  mode = '304';
  await open();
  await settled(page);
  assert.deepEqual(await titles(), good);
  assert.deepEqual(asked, [null, '"good"', '"good"'], 'the kept copy makes the first request conditional');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the kept copy is written after the three modules rendered; a feed with a UTF-8 BOM and non-ASCII titles renders, and again from the copy', async () => {
  const feed = JSON.parse(FEED);
  for (const item of feed.items) item.title += ' — café, 日本, 🚀 «ok»';
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(feed))]);
  const path = join(outputDir, 'bom-feed.json');
  writeFileSync(path, bytes);
  let mode = 'ok';
  const { context, page, errors, open } = await setUp((route) => (mode === 'ok'
    ? route.fulfill({ body: bytes, contentType: 'application/json', headers: { ETag: '"bom"' } })
    : route.fulfill({ status: 500, body: 'down' })), {
    // Records, for each write of the feed's copy, whether all three modules showed their list.
    init: () => {
      const setItem = Storage.prototype.setItem;
      window.copies = [];
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('newsrail:feed:v1:')) {
          window.copies.push(['ticker', 'most-read', 'read-next'].every((k) => document.querySelector(`newsrail-${k}`)?.shadowRoot?.querySelector('.nr')));
        }
        return setItem.call(this, key, value);
      };
    },
  });
  const titles = () => page.evaluate(() => [...document.querySelector('newsrail-most-read').shadowRoot.querySelectorAll('a')].map((a) => a.textContent));
  const expected = JSON.parse(cli('most-read', path, '--now', NOW)).items.map((i) => i.title);
  assert.ok(expected.length > 0 && expected.every((t) => t.endsWith(' — café, 日本, 🚀 «ok»')));
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING);
  assert.deepEqual(await titles(), expected);
  await page.waitForFunction(() => window.copies.length > 0);
  assert.deepEqual(await page.evaluate(() => window.copies), [true], 'one write, after the three modules rendered');

  mode = 'down';
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING);
  assert.deepEqual(await titles(), expected, 'the same titles from the kept copy');
  assert.deepEqual(errors, []);
  rmSync(path, { force: true });
  await context.close();
});

test('a copy not written yet when the reader leaves the page is written as the page goes', async () => {
  let mode = 'ok';
  const { context, page, errors, open } = await setUp((route) => (mode === 'ok'
    ? route.fulfill({ body: FEED, contentType: 'application/json', headers: { ETag: '"good"' } })
    : route.fulfill({ status: 500, body: 'down' })), {
    init: () => { window.requestIdleCallback = () => 0; },  // the page never becomes idle
  });
  await open();
  await settled(page);
  await page.waitForTimeout(300);
  const kept = () => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('newsrail:feed:v1:')));
  assert.equal(await kept(), false, 'not written while the page is busy');
  await page.goto(`${env.base}/demo/feed.json`);  // pagehide
  assert.equal(await kept(), true);
  mode = 'down';
  await open();
  await settled(page);
  assert.deepEqual(await looks(page), WORKING, 'the copy stands in for the failing server');
  assert.deepEqual(errors, []);
  await context.close();
});

test('localStorage that throws (private mode, quota): the modules work, without history', async () => {
  for (const init of [
    () => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } }),
    () => {
      Storage.prototype.getItem = () => { throw new DOMException('denied', 'SecurityError'); };
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    },
  ]) {
    const { context, page, warnings, errors, open } = await setUp((route) => route.fulfill({ body: FEED, contentType: 'application/json' }), { init });
    await open();
    await settled(page);
    assert.deepEqual(await looks(page), WORKING);
    assert.deepEqual(ours(warnings), []);
    assert.deepEqual(errors, []);
    await page.evaluate(() => Newsrail.clearHistory());
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('hostile feed text stays inert text: no markup, no script, no javascript: link', async () => {
  const feed = JSON.parse(FEED);
  feed.items = [
    { ...feed.items[1], id: 'x1', title: '<img src=x onerror="window.pwned=1">Iran <b>declares</b>' },
    { ...feed.items[2], id: 'x2', title: '<script>window.pwned=2</script>Ceasefire', url: '/news/x2' },
    { ...feed.items[3], id: 'x3', title: 'A javascript: link', url: 'javascript:window.pwned=3' },
    { ...feed.items[4], id: 'x4', title: 'A data: image', image: 'javascript:window.pwned=4' },
    ...feed.items.slice(5),
  ];
  feed._newsrail.breaking = [
    { id: 'h1', text: '<img src=x onerror="window.pwned=5">Breaking <i>now</i>', url: '/news/h1', date_published: '2025-06-26T17:50:00Z' },
    { id: 'h2', text: 'Scripted line', url: 'JaVaScRiPt:window.pwned=7', date_published: '2025-06-26T17:40:00Z' },
  ];
  const { context, page, errors, open } = await setUp((route) => route.fulfill({ json: feed }));
  await page.addInitScript(() => document.addEventListener('click', (e) => e.preventDefault(), true));
  await open();
  await settled(page);
  await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
  const found = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('newsrail-ticker, newsrail-most-read, newsrail-read-next')].map((el) => el.shadowRoot);
    const all = (sel) => roots.flatMap((r) => [...r.querySelectorAll(sel)]);
    return {
      texts: all('[part~=link]').map((a) => a.firstChild.textContent),
      hrefs: all('[href]').map((a) => a.getAttribute('href')),
      srcs: all('img').map((i) => i.getAttribute('src')),
      elements: all('b, i, script, img[src=x]').length,
    };
  });
  assert.ok(found.texts.includes('<img src=x onerror="window.pwned=1">Iran <b>declares</b>'), 'the title shows as text');
  assert.ok(found.texts.includes('<script>window.pwned=2</script>Ceasefire'));
  assert.ok(found.texts.includes('<img src=x onerror="window.pwned=5">Breaking <i>now</i>'));
  assert.equal(found.elements, 0, 'no element made from feed text');
  assert.ok(!found.texts.some((t) => /javascript|Scripted line/.test(t)), 'what has a javascript: link is not shown');
  assert.deepEqual(found.hrefs.filter((h) => !/^https?:\/\//.test(h)), [], 'every link is absolute http(s)');
  assert.deepEqual(found.srcs.filter((s) => !/^https?:\/\//.test(s)), []);
  await page.evaluate(() => document.querySelectorAll('newsrail-ticker, newsrail-most-read, newsrail-read-next')
    .forEach((el) => el.shadowRoot.querySelectorAll('a').forEach((a) => a.click())));
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});
