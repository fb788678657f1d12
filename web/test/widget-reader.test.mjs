// What a reader notices on an open page (issue 13): Read Next cards credit their images, and the
// relative times of Most Read stay true while the page stays open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, repoRoot } from './helpers/browser.mjs';

const env = useBrowser();
const FEED = JSON.parse(readFileSync(join(repoRoot, 'web/demo/feed.json'), 'utf8'));
const creditOf = new Map(FEED.items.map((i) => [i.url, i._newsrail?.image_credit]));

// A page of our own at /t/<name>: the loader from the real server, any markup around it.
async function testPage(context, name, body, { lang = 'en', script = 'data-feed="/demo/feed.json" data-now="feed"' } = {}) {
  await context.route(`${env.base}/t/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test page</title></head>` +
      `<body>${body}<script async src="/newsrail/newsrail.js" ${script}></script></body></html>`,
  }));
  return `${env.base}/t/${name}`;
}

// Each card: its link, credit text and where the credit sits against the image.
const cards = (page) => page.evaluate(() =>
  [...document.querySelector('newsrail-read-next').shadowRoot.querySelectorAll('[part~=card]')].map((card) => {
    const img = card.querySelector('[part~=image]').getBoundingClientRect();
    const credit = card.querySelector('[part~=credit]');
    const box = credit?.getBoundingClientRect();
    return {
      url: card.querySelector('a').href,
      credit: credit?.textContent ?? null,
      hidden: !!credit?.closest('[aria-hidden], [inert]'),
      fontSize: credit && parseFloat(getComputedStyle(credit).fontSize),
      below: credit && box.top >= img.bottom - 0.5,
      within: credit && box.left >= img.left - 0.5 && box.right <= img.right + 0.5,
    };
  }));

for (const [name, width] of [['desktop', 1280], ['mobile', 390]]) {
  test(`Read Next cards show the image credit, small, under the image, as real text (${name})`, async () => {
    const { context, page, errors } = await env.open({ viewport: { width, height: 900 } });
    await page.goto(`${env.base}/demo/index.html`);
    await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('newsrail-read-next')?.shadowRoot?.querySelector('.nr'));
    const shown = await cards(page);
    assert.ok(shown.length > 0);
    assert.ok(shown.some((c) => creditOf.get(c.url)), 'the demo feed credits these images');
    for (const c of shown) {
      assert.equal(c.credit, creditOf.get(c.url) || null, c.url);
      if (!c.credit) continue;
      assert.equal(c.hidden, false);
      assert.ok(c.fontSize <= 12, `font-size ${c.fontSize}`);
      assert.ok(c.below && c.within, JSON.stringify(c));
    }
    // In the accessibility tree, after the image.
    const tree = await page.locator('newsrail-read-next').ariaSnapshot();
    assert.match(tree, /\(AP\)/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('relative times stay true while the page is open: the <time> texts change on the minute, nothing else', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
  // The real clock (no data-now), no feed refresh: only the widget's own timer can update them.
  await page.clock.install({ time: new Date('2025-06-26T07:15:30Z') });
  await page.goto(await testPage(context, 'times', '<newsrail-most-read window="24h" limit="5"></newsrail-most-read>',
    { script: 'data-feed="/demo/feed.json" data-refresh="0"' }));
  await page.waitForFunction(() => document.querySelector('newsrail-most-read')?.shadowRoot?.querySelector('time'));
  const times = () => page.evaluate(() => {
    const root = document.querySelector('newsrail-most-read').shadowRoot;
    window.__nodes ??= [...root.querySelectorAll('time')];
    return {
      texts: [...root.querySelectorAll('time')].map((t) => [t.dateTime, t.textContent]),
      same: [...root.querySelectorAll('time')].every((t, i) => t === window.__nodes[i]),
    };
  });
  const before = await times();
  assert.deepEqual(before.texts.at(-1), ['2025-06-26T07:10:00Z', '5 minutes ago']);
  await page.evaluate(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cls += e.value; }).observe({ type: 'layout-shift' });
  });
  await page.clock.runFor(31000);  // 07:16:01
  const after = await times();
  assert.deepEqual(after.texts.at(-1), ['2025-06-26T07:10:00Z', '6 minutes ago']);
  assert.equal(after.same, true, 'the same <time> elements, not a new render');
  await page.clock.runFor(60 * 60 * 1000);  // 08:16:01
  const later = await times();
  assert.deepEqual(later.texts.at(-1), ['2025-06-26T07:10:00Z', '1 hour ago']);
  assert.deepEqual(later.texts.map((t) => t[0]), before.texts.map((t) => t[0]));
  // A hidden tab runs no timer; shown again, the times are brought up to date at once.
  const visibility = (state) => page.evaluate((v) => {
    Object.defineProperty(document, 'visibilityState', { value: v, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
  await visibility('hidden');
  await page.clock.runFor(60 * 60 * 1000);  // 09:16:01
  assert.deepEqual((await times()).texts.at(-1), ['2025-06-26T07:10:00Z', '1 hour ago']);
  await visibility('visible');
  assert.deepEqual((await times()).texts.at(-1), ['2025-06-26T07:10:00Z', '2 hours ago']);
  assert.equal(await page.evaluate(() => window.__cls), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
