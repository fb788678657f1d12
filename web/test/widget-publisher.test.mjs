// The widget where we did not build it: web/test/fixtures/publisher-dark.html is a small local
// paper's own article page (dark CSS, `color-scheme: dark`, the three elements directly in
// <body>, no landmarks, a gold --newsrail-accent, the real clock) with its own hand-written feed
// (web/test/fixtures/publisher-feed.mjs) dated relative to the test's clock, whose links carry
// ?utm_source=... and #fragments. And the accent's rules in both themes. Screenshots go to
// web/test-output/ (copies are kept in docs/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, outputDir, repoRoot } from './helpers/browser.mjs';
import { axeViolations } from './helpers/axe.mjs';
import { makeFeed, CDN, PAGE_ARTICLE } from './fixtures/publisher-feed.mjs';

const env = useBrowser();
const GOLD = 'rgb(242, 183, 5)';  // the page's --newsrail-accent, #f2b705
const PHOTOS = ['fed-holds-rates', 'bonn-climate-talks-pacific', 'club-world-cup-group-stage-ends', 'iraq-water-reserves-drought']
  .map((name) => readFileSync(join(repoRoot, 'web/demo/img', `${name}.svg`)));
const TAGS = ['newsrail-ticker', 'newsrail-most-read', 'newsrail-read-next'];

// Opens the publisher's page with its feed (dated `now`) and photos served; waits for the three
// modules, Read Next scrolled to on the way, then back at the top.
async function publisherPage(contextOptions) {
  const { context, page, errors } = await env.open({ deviceScaleFactor: 1, ...contextOptions });
  const feed = makeFeed(Date.now());
  await context.route('**/test/fixtures/publisher-feed.json', (route) => route.fulfill({ json: feed }));
  let photo = 0;
  await context.route(`${CDN}/**`, (route) => route.fulfill({ body: PHOTOS[photo++ % PHOTOS.length], contentType: 'image/svg+xml' }));
  const warnings = [];
  page.on('console', (m) => { if (m.text().startsWith('[newsrail]')) warnings.push(m.text()); });
  await page.goto(`${env.base}/test/fixtures/publisher-dark.html`);
  await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
  await page.waitForFunction((tags) => tags.every((t) => document.querySelector(t).shadowRoot?.querySelector('.nr')), TAGS);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  return { context, page, errors, warnings, feed };
}

// What each module shows: its lines' text and link (null for a line without one), the numerals'
// colour, and any box inside it wider than the module.
const look = (page) => page.evaluate((tags) => Object.fromEntries(tags.map((tag) => {
  const host = document.querySelector(tag);
  const root = host.shadowRoot;
  const width = host.getBoundingClientRect().width;
  const lines = [...root.querySelectorAll('ol > li, ul:not([aria-hidden]) > li')].map((li) => {
    const link = li.querySelector('[part~=link]');
    return { text: (li.querySelector('h3') || link).firstChild.textContent, href: link.href ?? null };
  });
  const wide = [...root.querySelectorAll('.nr, .nr *')].filter((el) => !el.closest('.track'))
    .filter((el) => el.getBoundingClientRect().width > width + 0.5 || el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'hidden')
    .map((el) => `${el.localName}.${el.className}`);
  const num = root.querySelector('.num');
  return [tag, { lines, wide, number: num && getComputedStyle(num).color }];
})), TAGS);

for (const [name, viewport, reducedMotion] of [['1280', { width: 1280, height: 900 }, 'no-preference'], ['390', { width: 390, height: 844 }, 'reduce']]) {
  test(`a publisher's own dark page (${name} px, reduced motion: ${reducedMotion}): the modules render its feed, links keep their URLs, numerals in its accent, no overflow, no error, no axe violation`, async () => {
    const { context, page, errors, warnings, feed } = await publisherPage({ viewport, reducedMotion });
    const shown = await look(page);
    const byTitle = new Map([...feed.items.map((i) => [i.title, i.url]), ...feed._newsrail.breaking.map((b) => [b.text, b.url ?? null])]);

    assert.deepEqual(shown['newsrail-ticker'].lines.map((l) => l.text), feed._newsrail.breaking.map((b) => b.text), 'the three lines, by priority');
    assert.equal(shown['newsrail-most-read'].lines.length, 5);
    assert.equal(shown['newsrail-read-next'].lines.length, 4);
    // Read Next begins with the editor's related articles; neither list shows the page's article.
    assert.deepEqual(shown['newsrail-read-next'].lines.slice(0, 2).map((l) => l.text), feed.items[0]._newsrail.related
      .map((id) => feed.items.find((i) => i.id === id).title));
    for (const tag of TAGS) {
      for (const line of shown[tag].lines) {
        assert.ok(byTitle.has(line.text), `${tag}: "${line.text}" is from the feed`);
        assert.equal(line.href, byTitle.get(line.text), `${tag}: the link is the feed's URL, query and fragment kept`);
        assert.notEqual(line.href, PAGE_ARTICLE);
      }
      assert.deepEqual(shown[tag].wide, [], `${tag}: nothing wider than the module`);
    }
    assert.ok(shown['newsrail-most-read'].lines.some((l) => /\?utm_source=.*#/.test(l.href)), 'the feed\'s tracking links are there');
    assert.equal(shown['newsrail-most-read'].number, GOLD, 'the numerals take the page\'s --newsrail-accent in the dark theme');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, 'no horizontal scroll');
    // The page's own article, and nothing else, is in the reader's history.
    const history = JSON.parse(await page.evaluate(() => localStorage.getItem('newsrail:history:v1')));
    assert.deepEqual(history.entries.map((e) => e.id), ['main-street-bike-lanes']);
    await page.screenshot({ path: join(outputDir, `publisher-dark-${name}.png`), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    await context.close();
  });
}

test('--newsrail-accent colours the numerals and the heading bar in the light and the dark theme; unset, each theme has a legible default', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  await context.route(`${env.base}/t/accent.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Accent</title><style>
      body { margin: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 0; font: 16px sans-serif; }
      body > * { padding: 16px 24px; }
      .light { background: #fff; } .dark { background: #121212; }
      .accent newsrail-most-read { --newsrail-accent: #0e7c86; }
      </style></head><body>
      <div class="light accent"><newsrail-most-read theme="light" limit="3" title="Light, accent"></newsrail-most-read></div>
      <div class="dark accent"><newsrail-most-read theme="dark" limit="3" title="Dark, accent"></newsrail-most-read></div>
      <div class="light"><newsrail-most-read theme="light" limit="3" title="Light, default"></newsrail-most-read></div>
      <div class="dark"><newsrail-most-read theme="dark" limit="3" title="Dark, default"></newsrail-most-read></div>
      <script async src="/newsrail/newsrail.js" data-feed="/demo/feed.json" data-now="feed" data-history="off"></script>
      </body></html>`,
  }));
  await page.goto(`${env.base}/t/accent.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('newsrail-most-read')].every((el) => el.shadowRoot?.querySelector('.num')));
  const colours = await page.evaluate(() => [...document.querySelectorAll('newsrail-most-read')].map((el) => {
    const root = el.shadowRoot;
    return [getComputedStyle(root.querySelector('.num')).color, getComputedStyle(root.querySelector('.head'), '::after').backgroundColor,
      getComputedStyle(root.querySelector('.sec')).color];
  }));
  // Section labels follow the accent too (unless --newsrail-accent-text is set), kept dark enough
  // on light, light enough on dark.
  const probe = (css) => page.evaluate((c) => {
    const el = document.body.appendChild(document.createElement('i'));
    el.style.color = c;
    const colour = getComputedStyle(el).color;
    el.remove();
    return colour;
  }, css);
  assert.deepEqual(colours.map((c) => c.pop()), [
    await probe('oklch(from #0e7c86 min(l, .5) c h)'), await probe('oklch(from #0e7c86 max(l, .75) c h)'),
    await probe('oklch(from #9a0c23 l c h)'), await probe('oklch(from #ff8a9b l c h)')]);
  const teal = 'rgb(14, 124, 134)';
  assert.deepEqual(colours.slice(0, 2), [[teal, teal], [teal, teal]], 'the accent, in both themes');
  assert.deepEqual(colours[2], ['rgb(200, 16, 46)', 'rgb(200, 16, 46)'], 'light default: the default accent');
  assert.equal(colours[3][0], 'rgb(255, 138, 155)', 'dark default: a light red that reads on a dark background');
  await page.screenshot({ path: join(outputDir, 'widget-accent-themes.png') });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
