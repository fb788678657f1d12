// The newsroom console (Dear ImGui, WebAssembly + WebGL2 through SwiftShader): it loads the demo
// feed and draws it sharp at the device pixel ratio; its lists are the wasm core's answers to the
// requests the widget sends; mouse, wheel and keyboard reach it; and a config exported after
// changing weights, handed to the core (and to the rendered widget as data-config), gives the
// order the console shows. A screenshot is kept in web/test-output/console.png. Then what a
// publisher meets first: no ?feed= (an empty state, no request), a wrong one, the console served
// from another folder, the Live button, the numbers of the Score column, the views plot's labels
// and the status line at narrower windows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { useBrowser, outputDir, repoRoot } from './helpers/browser.mjs';
import { openCore } from './helpers/core.mjs';

const FEED_PATH = join(repoRoot, 'web/demo/feed.json');
const FEED = JSON.parse(readFileSync(FEED_PATH, 'utf8'));
const ARTICLE = 'russia-armenia-azerbaijan-summit';  // The demo page's article.
const LOADER = join(repoRoot, 'web/dist/newsrail.js');

const env = useBrowser();

// Opens the console (by default on the demo feed, `?feed=/demo/feed.json`) and waits until it
// is drawn with the final font and, when `loaded`, the feed is loaded; fails at once when the page
// says the console could not start. `route(context)` may set up request routes first.
async function openConsole({ width = 1600, height = 1000, dpr = 1, permissions = [],
  path = '/console.html?feed=/demo/feed.json', loaded = true, route } = {}) {
  const { context, page, errors } = await env.open({ viewport: { width, height }, deviceScaleFactor: dpr });
  if (permissions.length) await context.grantPermissions(permissions, { origin: env.base });
  await route?.(context);
  const response = await page.goto(new URL(path, env.base).href);
  assert.equal(response.status(), 200);
  await page.waitForFunction((wantFeed) => {
    if (document.getElementById('status')?.className === 'error') return true;
    const s = window.newsrailConsole?.get('status');
    return s && (s.loaded || !wantFeed) && !s.loading && s.font_settled && s.frames > 2;
  }, loaded, { timeout: 60_000 });
  assert.notEqual(await page.locator('#status').getAttribute('class'), 'error',
    `the console started: ${await page.locator('#status').textContent()}`);
  const nrc = {
    get: (what) => page.evaluate((w) => window.newsrailConsole.get(w), what),
    set: (key, value) => page.evaluate(([k, v]) => window.newsrailConsole.set(k, v), [key, value]),
    // Resolves after the console has drawn `n` more frames (what it shows is up to date).
    frames: async (n = 2) => {
      const start = (await nrc.get('status')).frames;
      await page.waitForFunction((f) => window.newsrailConsole.get('status').frames >= f, start + n);
    },
    // The rectangles of the items drawn last whose names start with `prefix` (CSS pixels: x, y,
    // width, height).
    rects: async (prefix) => Object.fromEntries(Object.entries(await nrc.get('rects'))
      .filter(([name]) => name.startsWith(prefix))),
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

test('the Arabic feed is drawn shaped and right to left, right-aligned in its cells; screenshot kept', async () => {
  // The console shapes feed text with FriBidi before Dear ImGui draws it (wasm/console/bidi_text.h;
  // tests/unit-bidi_text.cpp checks the code points natively). Here: the shipped module does it,
  // and the text lands against the right edge of its cell. docs/console-ar.png is a copy of the
  // screenshot.
  const AR = JSON.parse(readFileSync(join(repoRoot, 'web/demo/feed-ar.json'), 'utf8'));
  const { context, page, errors, nrc } = await openConsole({ path: '/console.html?feed=/demo/feed-ar.json',
    permissions: ['clipboard-read', 'clipboard-write'] });
  const status = await nrc.get('status');
  assert.equal(status.error, '');
  assert.equal(status.items, AR.items.length);
  assert.equal(await nrc.set('article', 'ar-gaza-war-failed-objectives-israeli-media'), true);
  await nrc.frames(3);
  const title = (await nrc.get('texts')).reading_title;
  assert.ok(title, 'the current article\'s title was drawn');
  assert.equal(title.clipped, false);
  const cps = [...title.text].map((c) => c.codePointAt(0));
  // "إعلام إسرائيلي: الحرب على غزة فشلت في تحقيق أهدافها" in visual order: it starts (on the left)
  // with the last word's final alef and ends with the first word's isolated alef-hamza-below; the
  // lam-alef of إعلام is one ligature (U+FEFC); no Arabic letter is left in its unshaped form.
  assert.equal(cps[0], 0xFE8E);
  assert.equal(cps.at(-1), 0xFE87);
  assert.ok(cps.includes(0xFEFC), 'the lam-alef ligature');
  assert.ok(!cps.some((c) => c >= 0x0621 && c <= 0x064A), 'every letter as a presentation form');

  const png = await page.locator('#canvas').screenshot({ path: join(outputDir, 'console-ar.png') });
  // The cell of the title: its ink ends at the cell's right edge and starts well inside it.
  const [x, y, w, h] = (await nrc.get('rects')).reading_title;
  const ink = await page.evaluate(async ([b64, rect]) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const [rx, ry, rw, rh] = rect.map(Math.round);
    const d = g.getImageData(rx, ry, rw, rh).data;
    const bg = [d[0], d[1], d[2]];
    let left = rw, right = -1;
    for (let py = 0; py < rh; ++py)
      for (let px = 0; px < rw; ++px) {
        const i = (py * rw + px) * 4;
        if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 60) {
          left = Math.min(left, px);
          right = Math.max(right, px);
        }
      }
    return { left, right, width: rw };
  }, [png.toString('base64'), [x, y, w, h]]);
  assert.ok(ink.right >= ink.width - 4, `the title's ink reaches the right edge: ${JSON.stringify(ink)}`);
  assert.ok(ink.left > 20, `and starts inside the cell, not at its left edge: ${JSON.stringify(ink)}`);

  // Text fields edit the logical text: Arabic typed into the article filter finds its articles.
  const matches = AR.items.filter((i) => [i.title, ...(i.tags ?? [])].some((t) => t.includes('غزة'))).map((i) => i.id);
  const filter = await nrc.centre('article_filter');
  await page.mouse.click(filter.x, filter.y);
  await page.evaluate(() => navigator.clipboard.writeText('غزة'));  // (typed Arabic sends no key events)
  await page.keyboard.press('Control+V');
  await nrc.frames();
  await page.keyboard.press('ArrowDown');
  await nrc.frames();
  const picked = (await nrc.get('selection')).article;
  assert.ok(matches.includes(picked) && picked !== 'ar-gaza-war-failed-objectives-israeli-media',
    `ArrowDown moved to another article about Gaza: ${picked}`);
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
  // Skipped, with a warning at /items/5/url (an item no `related` names: that would warn too).
  feed.items[5].url = 'javascript:alert(1)';
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
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.path]), [['warning', '/items/5/url']]);
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

test('the Tuning sliders span the options\' ranges (kRankingOptions), a huge range up to its slider max; right-click resets', async () => {
  const { context, page, errors, nrc } = await openConsole();
  // Clicking a slider's far ends sets it to the ends of its range.
  const slide = async (name, side) => {
    const [x, y, w, h] = (await nrc.get('rects'))[name];
    await page.mouse.click(side === 'max' ? x + w - 1 : x + 1, y + h / 2);
    await nrc.frames();
    const [group, key] = name.split('.');
    return (await nrc.get('config'))[group][key];
  };
  assert.equal(await slide('read_next.text_weight', 'max'), 10, 'a weight: 0 .. 10, as newsrail options --help says');
  assert.equal(await slide('read_next.section_weight', 'max'), 10);
  assert.equal(await slide('read_next.text_weight', 'min'), 0);
  // A duration of up to 100 years slides to its slider max (7 days for the popularity window).
  assert.equal(await slide('read_next.popularity_window', 'max'), '7d');
  assert.equal(await slide('read_next.freshness_half_life', 'min'), '1s', 'not under the option\'s minimum');
  // A right-click on a slider opens its menu; "Reset to default" resets it (the screenshot shows
  // the changed names in the accent colour).
  const [x, y, w, h] = (await nrc.get('rects'))['read_next.section_weight'];
  await page.mouse.click(x + w / 2, y + h / 2, { button: 'right' });
  await nrc.frames();
  const item = await nrc.centre('read_next.section_weight');  // The popup opens at the pointer.
  await page.mouse.click(item.x + 20, item.y + 12);
  await nrc.frames();
  assert.equal((await nrc.get('config')).read_next.section_weight, 0.08, 'reset to the default');
  await page.locator('#canvas').screenshot({ path: join(outputDir, 'console-tuning.png') });
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
  // As the weights say: no text term, popularity the largest term.
  for (const item of core.items) {
    assert.equal(item.breakdown.text, 0, `${item.id}: text weighs nothing`);
    const largest = Object.entries(item.breakdown).sort((a, b) => b[1] - a[1])[0][0];
    assert.equal(largest, 'popularity', `${item.id}: popularity is the largest term`);
  }
  // The order is the full score's (diversity included; popularity its largest term), pins aside.
  for (let k = 1; k < core.items.length; k++) {
    const [a, b] = [core.items[k - 1], core.items[k]];
    if (a.placement !== 'pinned') assert.ok(a.score >= b.score, `${a.id} before ${b.id}: ordered by score`);
  }
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

// A publisher's first look: console.html opened without `?feed=`.
test('without ?feed= the console fetches no feed and explains how to load one; a wrong ?feed= names the URL and the status', async () => {
  const requests = [];
  const { context, page, errors, nrc } = await openConsole({
    width: 1400, height: 900, path: '/console.html', loaded: false,
    route: (c) => c.on('request', (r) => requests.push(new URL(r.url()).pathname)),
  });
  await nrc.frames(3);
  const status = await nrc.get('status');
  assert.equal(status.loaded, false);
  assert.equal(status.loading, false);
  assert.equal(status.error, '', 'no error without a feed');
  assert.deepEqual(requests.filter((p) => p.endsWith('.json')), [], 'no feed was requested');
  const [x, y, w, h] = (await nrc.get('rects')).empty_state ?? [];
  assert.ok(w > 200 && h > 60 && x >= 0 && y >= 0 && x + w <= 1400.5 && y + h <= 900.5,
    `the empty state is drawn inside the window: ${[x, y, w, h]}`);
  const text = (await nrc.get('texts')).empty_state?.text ?? '';
  assert.match(text, /\?feed=URL/);
  assert.match(text, /drop a JSON Feed file here/i);
  await page.locator('#canvas').screenshot({ path: join(outputDir, 'console-empty.png') });
  // Dropping a feed on the empty console loads it.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'feed.json', { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, readFileSync(FEED_PATH, 'utf8'));
  await page.waitForFunction(() => window.newsrailConsole.get('status').loaded);
  assert.equal((await nrc.get('status')).items, FEED.items.length);
  assert.deepEqual(errors, []);
  await context.close();

  // A ?feed= that is not there: an error that names the URL and the HTTP status.
  const wrong = await openConsole({ width: 1400, height: 900, path: '/console.html?feed=/demo/no-such-feed.json', loaded: false });
  await wrong.nrc.frames(3);
  const failed = await wrong.nrc.get('status');
  assert.equal(failed.loaded, false);
  assert.equal(failed.requested, '/demo/no-such-feed.json');
  assert.match(failed.error, /404/);
  const shown = (await wrong.nrc.get('texts')).empty_state?.text ?? '';
  assert.match(shown, /\/demo\/no-such-feed\.json/, 'the empty state names the URL');
  assert.match(shown, /404/, 'and the status');
  await wrong.page.locator('#canvas').screenshot({ path: join(outputDir, 'console-feed-404.png') });
  await wrong.context.close();
});

test('served from another folder, the console finds its module, wasm and font next to console.html', async () => {
  // A publisher's copy of web/dist under /test-output/tools/console/, with a feed beside it; the
  // server's /newsrail/ folder is out of reach, as on a site that does not have it.
  const folder = join(outputDir, 'tools', 'console');
  mkdirSync(folder, { recursive: true });
  for (const name of ['console.html', 'newsrail-console.mjs', 'newsrail-console.wasm', 'console-font.ttf'])
    if (existsSync(join(repoRoot, 'web/dist', name))) copyFileSync(join(repoRoot, 'web/dist', name), join(folder, name));
  copyFileSync(FEED_PATH, join(folder, 'feed.json'));
  const blocked = [];
  const { context, page, errors, nrc } = await openConsole({
    width: 1400, height: 900, path: '/test-output/tools/console/console.html?feed=feed.json',
    route: (c) => c.route(/\/newsrail\//, (r) => { blocked.push(r.request().url()); return r.fulfill({ status: 404, body: '' }); }),
  });
  assert.deepEqual(blocked, [], 'nothing was asked of /newsrail/');
  const status = await nrc.get('status');
  assert.equal(status.items, FEED.items.length);
  assert.equal(status.font, existsSync(join(repoRoot, 'web/dist/console-font.ttf')), 'the UI font');
  const mostRead = await nrc.get('most_read');
  assert.equal(mostRead.ids.length, 5, 'Most Read is ranked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Live sets now to the wall clock and follows it until now is set by hand', async () => {
  const { context, page, errors, nrc } = await openConsole({ width: 1400, height: 900 });
  const feedTime = (await nrc.get('selection')).now;
  const live = await nrc.centre('live');
  await page.mouse.click(live.x, live.y);
  await nrc.frames();
  const first = await nrc.get('selection');
  assert.equal(first.live, true);
  assert.ok(Math.abs(first.now - Date.now() / 1000) < 2, `now ${first.now} is the wall clock ${Date.now() / 1000}`);
  const rankedAt = (await nrc.get('most_read')).request.now;
  assert.ok(rankedAt - first.now >= 0 && rankedAt - first.now <= 1, 'the lists are ranked at it');
  await page.screenshot({ path: join(outputDir, 'console-live.png') });
  await page.waitForTimeout(2200);
  const later = await nrc.get('selection');
  assert.ok(later.now >= first.now + 2 && Math.abs(later.now - Date.now() / 1000) < 2, 'it follows the clock');
  // Feed time (or any step, slider or key) ends Live.
  const feedButton = await nrc.centre('feed_time');
  await page.mouse.click(feedButton.x, feedButton.y);
  await nrc.frames();
  assert.deepEqual([(await nrc.get('selection')).live, (await nrc.get('selection')).now], [false, feedTime]);
  // The same through the API.
  assert.equal(await nrc.set('live', true), true);
  assert.ok(Math.abs((await nrc.get('selection')).now - Date.now() / 1000) < 2);
  assert.equal(await nrc.set('now', feedTime), true);
  assert.equal((await nrc.get('selection')).live, false);
  assert.deepEqual(errors, []);
  await context.close();
});

// "48 210": thousands separated by a thin space, as the views columns write them.
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');

test('Most Read\'s score column writes numbers as the views column does, one precision per column', async () => {
  const { context, errors, nrc } = await openConsole({ width: 1400, height: 900 });
  const mostRead = await nrc.get('most_read');
  const views = mostRead.ids.map((id) => FEED.items.find((i) => i.id === id)._newsrail.views['24h']);
  assert.deepEqual(mostRead.scores, views, 'the demo feed\'s scores are the views in 24h');
  assert.deepEqual(mostRead.score_text, views.map(grouped));
  // Fractional scores (trending lifts, Read Next): the same number of decimals down the column.
  assert.equal(await nrc.set('trending', true), true);
  for (const name of ['most_read', 'read_next']) {
    const list = await nrc.get(name);
    const decimals = list.score_text.map((t) => (t.split('.')[1] ?? '').length);
    assert.equal(new Set(decimals).size, 1, `${name}: ${list.score_text.join(', ')}`);
    list.score_text.forEach((t, i) => assert.ok(
      Math.abs(Number(t.replaceAll('\u2009', '')) - list.scores[i]) <= 0.5 * 10 ** -decimals[0] + 1e-9,
      `${name}: ${t} is ${list.scores[i]}`));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the views plot\'s labels never overlap (2 300 in every window, counts in the millions)', async () => {
  // Counts that stop growing (2 300 in 6h, 24h and 7d) and wide ones, on the current article.
  const feed = structuredClone(FEED);
  feed.items[0]._newsrail.views = { '1h': 2300, '6h': 2300, '24h': 2300, '7d': 2300 };
  feed.items[1]._newsrail.views = { '1h': 918, '6h': 12_345_678, '24h': 12_345_678, '7d': 99_999_999 };
  const { context, page, errors, nrc } = await openConsole({
    width: 1400, height: 900, path: '/console.html?feed=/trial/feed.json',
    route: (c) => c.route((u) => u.pathname === '/trial/feed.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(feed) })),
  });
  const overlaps = (a, b) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  for (const [i, width] of [[0, 1400], [1, 1400], [0, 1280], [1, 1024]]) {
    await page.setViewportSize({ width, height: 900 });
    assert.equal(await nrc.set('article', feed.items[i].id), true);
    await nrc.frames(3);
    const labels = Object.entries(await nrc.rects('views_label.'));
    assert.ok(labels.length >= 5, `labels drawn: ${labels.map(([n]) => n)}`);
    for (const [j, [na, ra]] of labels.entries())
      for (const [nb, rb] of labels.slice(j + 1))
        assert.ok(!overlaps(ra, rb), `${width} px, ${feed.items[i].id}: ${na} ${ra} overlaps ${nb} ${rb}`);
    const plot = (await nrc.get('rects')).views;
    for (const [name, r] of labels)
      assert.ok(r[0] >= plot[0] && r[0] + r[2] <= plot[0] + plot[2] + 0.5, `${name} inside the panel`);
    await page.locator('#canvas').screenshot({ path: join(outputDir, `console-plot-${width}-${i}.png`) });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the status line is not cut off at 1400, 1280 and 1024 px: it drops details, the full line in a tooltip', async () => {
  const { context, page, errors, nrc } = await openConsole({ width: 1400, height: 900 });
  for (const width of [1400, 1280, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await nrc.frames(3);
    const line = (await nrc.get('texts')).status_line;
    assert.equal(line.clipped, false, `${width} px: the status line "${line.text}" is not cut off`);
    assert.match(line.text, /39 items/);
    assert.match(line.text, /0 warnings/);
    await page.locator('#canvas').screenshot({ path: join(outputDir, `console-status-${width}.png`), clip: { x: 0, y: 0, width, height: 60 } });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

// The click benchmark in the console (issue 12): a task set written by bench/click_bench.cpp,
// loaded beside its feed; the Tuning panel's MRR is the widget core's on the same tasks (computed
// here from its lists), and it moves with a weight.
test('a click task set shows Read Next\'s MRR in the Tuning panel, the widget core\'s, moving with the weights; screenshot kept', async (t) => {
  const bench = join(repoRoot, 'build/native/bench/newsrail_click_bench');
  if (!existsSync(bench)) {
    t.diagnostic('build/native/bench/newsrail_click_bench is not built: the click panel was not checked');
    return;
  }
  const dir = join(outputDir, 'clicks');
  mkdirSync(dir, { recursive: true });
  execFileSync(bench, ['--articles', '1000', '--tasks', '25', '--write-tasks', dir], { stdio: 'ignore' });
  const feedPath = join(dir, 'click-feed-en.json');
  const text = readFileSync(join(dir, 'click-tasks-en.json'), 'utf8');
  const tasks = JSON.parse(text).tasks;
  assert.ok(tasks.length >= 10, 'the bench wrote tasks');
  const { context, page, errors, nrc } = await openConsole({
    path: '/console.html?feed=/t/click-feed.json',
    route: (c) => c.route(`${env.base}/t/click-feed.json`, (r) => r.fulfill({ path: feedPath, contentType: 'application/json' })),
  });
  await page.evaluate((s) => window.newsrailConsole.loadTasks(s, 'click-tasks-en.json'), text);
  await nrc.frames();
  const shown = await nrc.get('clicks');
  assert.equal(shown.tasks, tasks.length);
  assert.equal(shown.missing, 0);

  const call = await openCore(page);
  await call('load_feed', readFileSync(feedPath, 'utf8'));
  const mrr = async () => {
    let sum = 0;
    for (const task of tasks) {
      const request = { article: task.article, candidates: task.candidates, limit: task.candidates.length,
        now: task.now, history: task.history };
      const k = JSON.parse(await call('read_next', JSON.stringify(request))).items.findIndex((i) => i.id === task.clicked);
      if (k >= 0) sum += 1 / (k + 1);
    }
    return sum / tasks.length;
  };
  assert.ok(Math.abs(shown.mrr - await mrr()) < 1e-9, `console MRR ${shown.mrr} is the core's`);
  assert.ok(Math.abs(shown.defaults_mrr - shown.mrr) < 1e-12, 'at the defaults');

  // Without the reader's affinity the MRR moves, and is still the core's.
  assert.equal(await nrc.set('read_next.affinity_weight', 0), true);
  assert.equal(await nrc.set('read_next.affinity_text_weight', 0), true);
  await nrc.frames();
  const moved = await nrc.get('clicks');
  assert.notEqual(moved.mrr, shown.mrr, 'the weights move the MRR');
  await call('set_options', JSON.stringify({ read_next: { affinity_weight: 0, affinity_text_weight: 0 } }));
  assert.ok(Math.abs(moved.mrr - await mrr()) < 1e-9);
  assert.ok(await nrc.centre('click_mrr'));
  await page.locator('#canvas').screenshot({ path: join(outputDir, 'console-clicks.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
