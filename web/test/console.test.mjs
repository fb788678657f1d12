// The newsroom console (Dear ImGui, WebAssembly + WebGL2 through SwiftShader): it loads the demo
// feed and draws it sharp at the device pixel ratio; its lists are the wasm core's answers to the
// requests the widget sends; mouse, wheel and keyboard reach it; and a config exported after
// changing weights, handed to the core (and to the rendered widget as data-config), gives the
// order the console shows. A screenshot is kept in web/test-output/console.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, outputDir, repoRoot } from './helpers/browser.mjs';
import { openCore } from './helpers/core.mjs';

const FEED_PATH = join(repoRoot, 'web/demo/feed.json');
const FEED = JSON.parse(readFileSync(FEED_PATH, 'utf8'));
const ARTICLE = 'russia-armenia-azerbaijan-summit';  // The demo page's article.
const LOADER = join(repoRoot, 'web/dist/newsrail.js');

const env = useBrowser();

// Opens the console and waits until the demo feed is loaded and drawn with the final font.
async function openConsole({ width = 1600, height = 1000, dpr = 1, permissions = [] } = {}) {
  const { context, page, errors } = await env.open({ viewport: { width, height }, deviceScaleFactor: dpr });
  if (permissions.length) await context.grantPermissions(permissions, { origin: env.base });
  const response = await page.goto(new URL('/console.html', env.base).href);
  assert.equal(response.status(), 200);
  await page.waitForFunction(() => {
    const s = window.newsrailConsole?.get('status');
    return s && s.loaded && s.font_settled && s.frames > 2;
  }, null, { timeout: 60_000 });
  const nrc = {
    get: (what) => page.evaluate((w) => window.newsrailConsole.get(w), what),
    set: (key, value) => page.evaluate(([k, v]) => window.newsrailConsole.set(k, v), [key, value]),
    // Resolves after the console has drawn `n` more frames (what it shows is up to date).
    frames: async (n = 2) => {
      const start = (await nrc.get('status')).frames;
      await page.waitForFunction((f) => window.newsrailConsole.get('status').frames >= f, start + n);
    },
    // Centre of a named item (its rectangle as last drawn, CSS pixels).
    centre: async (name) => {
      const r = (await nrc.get('rects'))[name];
      assert.ok(r, `the console drew "${name}"`);
      return { x: r[0] + r[2] / 2, y: r[1] + r[3] / 2 };
    },
  };
  return { context, page, errors, nrc };
}

// Distinct colours and the share of the most common one in a PNG, decoded by the page.
function colourStats(page, png) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const d = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const key = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    return { width: bitmap.width, height: bitmap.height, colours: counts.size,
      dominant: Math.max(...counts.values()) / (d.length / 4) };
  }, png.toString('base64'));
}

const ids = (list) => list.items.map((i) => i.id);

test('the console loads the demo feed and draws it: canvas not blank, screenshot kept', async () => {
  const { context, page, errors, nrc } = await openConsole();
  const status = await nrc.get('status');
  assert.equal(status.error, '');
  assert.equal(status.source, '/demo/feed.json');
  assert.equal(status.items, FEED.items.length);
  assert.equal(status.breaking, FEED._newsrail.breaking.length);
  // The font is copied to web/dist when the build machine has it (fonts-dejavu-core).
  assert.equal(status.font, existsSync(join(repoRoot, 'web/dist/console-font.ttf')), 'the UI font');
  assert.deepEqual(status.display, [1600, 1000]);
  assert.equal(await page.locator('#status').isHidden(), true, 'the loading line is gone');

  // An editor's session for the screenshot: an article with an editor's pin, two reads.
  assert.equal(await nrc.set('read', 'iran-declares-victory-ceasefire'), true);
  assert.equal(await nrc.set('read', 'oil-prices-ceasefire'), true);
  assert.equal(await nrc.set('article', 'analysis-after-the-12-day-war'), true);
  const readNext = await nrc.get('read_next');
  assert.equal(readNext.placements[0], 'pinned', 'the editor\'s pin comes first');
  await nrc.frames(3);
  const png = await page.locator('#canvas').screenshot({ path: join(outputDir, 'console.png') });
  const stats = await colourStats(page, png);
  assert.equal(stats.width, 1600);
  assert.ok(stats.colours > 100, `anti-aliased text and coloured bars: ${stats.colours} colours`);
  assert.ok(stats.dominant < 0.9, `not a single colour: the most common covers ${stats.dominant}`);
  // Every panel was laid out inside the window.
  const rects = await nrc.get('rects');
  for (const panel of ['articles', 'views', 'reader', 'read_next', 'most_read', 'ticker', 'tuning', 'health']) {
    const [x, y, w, h] = rects[panel] ?? [];
    assert.ok(w > 100 && h > 60 && x >= 0 && y >= 0 && x + w <= 1600.5 && y + h <= 1000.5,
      `${panel} fits the window: ${rects[panel]}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the canvas backing store follows the device pixel ratio and window resizes', async () => {
  const { context, page, errors, nrc } = await openConsole({ width: 1200, height: 800, dpr: 2 });
  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return [c.width, c.height, c.clientWidth, c.clientHeight];
  });
  assert.deepEqual(await size(), [2400, 1600, 1200, 800]);
  assert.equal((await nrc.get('status')).dpr, 2);
  assert.deepEqual((await nrc.get('status')).display, [2400, 1600]);

  await page.setViewportSize({ width: 1400, height: 700 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 2800);
  await nrc.frames();
  assert.deepEqual(await size(), [2800, 1400, 1400, 700]);
  assert.deepEqual((await nrc.get('status')).display, [2800, 1400]);
  const [x, y, w, h] = (await nrc.get('rects')).tuning;
  assert.ok(x + w <= 1400.5 && y + h <= 700.5, 'the panels were laid out again for the new size');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Most Read, Read Next and the ticker are the wasm core\'s answers to the widget\'s requests', async () => {
  const { context, page, errors, nrc } = await openConsole();
  assert.equal((await nrc.get('selection')).article, ARTICLE, 'the first article is the current one');
  const call = await openCore(page);
  assert.equal(JSON.parse(await call('load_feed', readFileSync(FEED_PATH, 'utf8'))).usable, true);
  for (const window of ['1h', '24h', '7d']) {
    assert.equal(await nrc.set('window', window), true);
    for (const name of ['most_read', 'read_next', 'ticker']) {
      const shown = await nrc.get(name);
      const core = JSON.parse(await call(name, JSON.stringify(shown.request)));
      assert.deepEqual(shown.ids, ids(core), `${name} at window ${window}`);
      assert.ok(shown.ids.length > 0, `${name} is not empty`);
      if (name !== 'ticker')
        assert.deepEqual(shown.placements, core.items.map((i) => i.placement), `${name} placements`);
    }
  }
  // Reading history: the console's simulated reader is the widget's localStorage history.
  assert.equal(await nrc.set('read', 'armenia-azerbaijan-peace-treaty-talks'), true);
  const withHistory = await nrc.get('read_next');
  assert.ok(!withHistory.ids.includes('armenia-azerbaijan-peace-treaty-talks'), 'read articles are left out');
  assert.deepEqual(withHistory.ids, ids(JSON.parse(await call('read_next', JSON.stringify(withHistory.request)))));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped .json file loads like a fetched feed; its diagnostics keep their JSON paths', async () => {
  const { context, page, errors, nrc } = await openConsole();
  const feed = structuredClone(FEED);
  feed.items[1].url = 'javascript:alert(1)';  // skipped, with a warning at /items/1/url
  delete feed.items[2].summary;
  feed.items[3].title = feed.items[4].title;  // a duplicate headline
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'edited-feed.json', { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, JSON.stringify(feed));
  await page.waitForFunction(() => window.newsrailConsole.get('status').source === 'edited-feed.json');
  const status = await nrc.get('status');
  assert.equal(status.items, FEED.items.length - 1);
  assert.equal(status.generation, 2);
  const diagnostics = await nrc.get('diagnostics');
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.path]), [['warning', '/items/1/url']]);
  const health = await nrc.get('health');
  assert.ok(health.missing_summary >= 1, 'the item without a summary is counted');
  assert.ok(health.duplicate_groups >= 1, 'the duplicate headline is found');

  // A URL that cannot be fetched says why and keeps the feed that was loaded.
  await page.evaluate(() => window.newsrailConsole.load('/demo/no-such-feed.json'));
  await page.waitForFunction(() => window.newsrailConsole.get('status').error !== '');
  const failed = await nrc.get('status');
  assert.match(failed.error, /404/);
  assert.equal(failed.items, FEED.items.length - 1);
  assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
  await context.close();
});

test('mouse, wheel, keyboard and paste reach the console', async () => {
  const { context, page, errors, nrc } = await openConsole({ permissions: ['clipboard-read', 'clipboard-write'] });
  // Typing and pasting (Ctrl+V) in the article filter, then Down: the first match becomes current.
  await page.evaluate(() => navigator.clipboard.writeText('takes effect'));
  const filter = await nrc.centre('article_filter');
  await page.mouse.move(filter.x, filter.y);
  await page.mouse.click(filter.x, filter.y);
  await page.keyboard.type('ceasefire ');
  await page.keyboard.press('Control+V');
  await nrc.frames();
  await page.keyboard.press('ArrowDown');
  await nrc.frames();
  assert.equal((await nrc.get('selection')).article, 'iran-victorious-ceasefire-takes-effect');
  await page.keyboard.press('Escape');

  // ] steps now by an hour (outside a text field).
  const feedTime = await nrc.centre('feed_time');
  await page.mouse.click(feedTime.x, feedTime.y);
  await nrc.frames();
  const now = (await nrc.get('selection')).now;
  await page.keyboard.press(']');
  await nrc.frames();
  assert.equal((await nrc.get('selection')).now, now + 3600);

  // The wheel over the Tuning panel scrolls its sliders up.
  const before = (await nrc.get('rects'))['read_next.text_weight'][1];
  const slider = await nrc.centre('read_next.query_terms');
  await page.mouse.move(slider.x, slider.y);
  await page.mouse.wheel(0, 300);
  await nrc.frames(3);
  const after = (await nrc.get('rects'))['read_next.text_weight'][1];
  assert.ok(after < before - 50, `the options scrolled: ${before} -> ${after}`);

  // Clicking the Trending checkbox switches Most Read to trending.
  const trending = await nrc.centre('trending');
  await page.mouse.click(trending.x - 30, trending.y);
  await nrc.frames();
  assert.equal((await nrc.get('selection')).trending, true);
  assert.equal((await nrc.get('most_read')).request.trending, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an exported config (text_weight 0, popularity_weight 3) gives the widget the order the console shows', async (t) => {
  const { context, page, errors, nrc } = await openConsole({ permissions: ['clipboard-read', 'clipboard-write'] });
  const before = await nrc.get('read_next');
  assert.equal(await nrc.set('read_next.text_weight', 0), true);
  assert.equal(await nrc.set('read_next.popularity_weight', 3), true);
  const shown = await nrc.get('read_next');
  assert.notDeepEqual(shown.ids, before.ids, 'the weights change the console\'s Read Next');

  // "Export config", clicked as an editor would.
  const button = await nrc.centre('export_config');
  await page.mouse.click(button.x, button.y);
  await nrc.frames();
  const exported = await nrc.get('export');
  const config = JSON.parse(exported);
  assert.equal(config.read_next.text_weight, 0);
  assert.equal(config.read_next.popularity_weight, 3);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), exported, 'copied to the clipboard');

  // The widget's core, given the exported config and the console's request: the same list.
  const call = await openCore(page);
  await call('load_feed', readFileSync(FEED_PATH, 'utf8'));
  await call('set_options', exported);
  const core = JSON.parse(await call('read_next', JSON.stringify(shown.request)));
  assert.deepEqual(ids(core), shown.ids);
  // As the weights say: no text term, popularity the largest term, most popular first.
  const popularity = core.items.map((i) => i.breakdown.popularity);
  for (const item of core.items) {
    assert.equal(item.breakdown.text, 0, `${item.id}: text weighs nothing`);
    const largest = Object.entries(item.breakdown).sort((a, b) => b[1] - a[1])[0][0];
    assert.equal(largest, 'popularity', `${item.id}: popularity is the largest term`);
  }
  assert.deepEqual([...popularity].sort((a, b) => b - a), popularity, 'ordered by popularity');
  // With the default options the core gives the console's first order back.
  await call('set_options', '{}');
  assert.deepEqual(ids(JSON.parse(await call('read_next', JSON.stringify(before.request)))), before.ids);
  const mostRead = await nrc.get('most_read');
  assert.deepEqual(errors, []);
  await context.close();

  // The rendered widget, with the same config as data-config, the console's now and article.
  if (!existsSync(LOADER)) {
    t.diagnostic('web/dist/newsrail.js is not built: the rendered widget was not checked');
    return;
  }
  const { context: widgetContext, page: widget, errors: widgetErrors } = await env.open({ viewport: { width: 1280, height: 900 } });
  const params = new URLSearchParams({
    config: exported, article: ARTICLE,
    now: new Date(shown.request.now * 1000).toISOString().replace('.000Z', 'Z'),
  });
  await widget.goto(new URL(`/test/fixtures/console-config.html?${params}`, env.base).href);
  const urlToId = new Map(FEED.items.map((i) => [new URL(i.url).href, i.id]));
  const rendered = async (tag, count) => {
    await widget.waitForFunction(([s, n]) =>
      document.querySelector(s)?.shadowRoot?.querySelectorAll('a[data-i]').length >= n, [tag, count]);
    const hrefs = await widget.evaluate((s) => [...document.querySelector(s).shadowRoot
      .querySelectorAll('a[data-i]')].map((a) => a.href), tag);
    return hrefs.map((h) => urlToId.get(h) ?? h);
  };
  assert.deepEqual(await rendered('newsrail-read-next', shown.ids.length), shown.ids,
    'the widget shows Read Next in the console\'s order');
  assert.deepEqual(await rendered('newsrail-most-read', mostRead.ids.length), mostRead.ids,
    'the widget shows Most Read in the console\'s order');
  assert.deepEqual(widgetErrors.filter((e) => e.startsWith('pageerror')), []);
  await widgetContext.close();
});
