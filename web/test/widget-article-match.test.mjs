// The article being read, as a publisher's page names it: a shared link carries tracking
// parameters and a fragment (`?utm_source=facebook#comments`) and the page may have no canonical
// link. The core's URL rules (FeedIndex::find) still find the item, so Read Next leaves it out,
// Most Read leaves it out and the read is recorded under the item's id (then marked "Read").
// Sponsored (`recommend: false`) items stay out of Most Read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './helpers/browser.mjs';

const KEY = 'newsrail:history:v1';
const PATH = '/news/politics/main-street-bike-lanes.html';

// A small local paper's hand-written feed: one story with a follow-up, a sponsored item and
// unrelated pieces, item URLs relative to the site.
const at = (hoursAgo) => new Date(Date.parse('2026-11-20T18:00:00Z') - hoursAgo * 3600e3).toISOString().replace('.000', '');
const entry = (id, title, path, views, hoursAgo, extra = {}) => ({
  id, url: path, title, summary: title, content_text: `${title}.`, date_published: at(hoursAgo),
  tags: extra.tags || [], _newsrail: { section: 'Local', views: { '24h': views }, ...(extra.nr || {}) },
});
const FEED = {
  version: 'https://jsonfeed.org/version/1.1', title: 'The Harbour Courier', language: 'en',
  _newsrail: { generated_at: '2026-11-20T18:00:00Z' },
  items: [
    entry('bike-lanes', 'Main Street gets protected bike lanes', PATH, 5000, 3, { tags: ['Main Street', 'Cycling'] }),
    entry('shop-local', 'Sponsored: Shop local this weekend on Main Street', '/sponsored/shop-local.html', 3000, 2, { nr: { recommend: false } }),
    entry('library', 'Library reopens after flood repairs', '/news/library-reopens.html', 1200, 5),
    entry('bike-budget', 'Council approves Main Street bike lane budget', '/news/politics/bike-lane-budget.html', 900, 20, { tags: ['Main Street', 'Cycling'] }),
    entry('final', 'High school team wins regional final', '/sport/regional-final.html', 800, 4),
    entry('ferry', 'Harbour ferry timetable changes in December', '/news/ferry-timetable.html', 600, 6),
    entry('market', 'Farmers market moves to the square', '/news/farmers-market.html', 400, 8),
  ],
};

const env = useBrowser();

// The article page as the publisher serves it: no canonical link, no og:url, a site-wide title
// (or `title`).
async function site(context, title = 'The Harbour Courier') {
  await context.route((url) => url.pathname === '/t/courier-feed.json', (route) => route.fulfill({ json: FEED }));
  await context.route((url) => /^\/(news|preview)\//.test(url.pathname), (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
      '<body><h1>Local news</h1><newsrail-most-read></newsrail-most-read><newsrail-read-next></newsrail-read-next>' +
      '<script async src="/newsrail/newsrail.js" data-feed="/t/courier-feed.json" data-now="feed"></script></body></html>',
  }));
}
const rendered = (page, tag) => page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.nr'), tag);
const links = async (page, tag) => {
  await page.locator(tag).scrollIntoViewIfNeeded();
  await rendered(page, tag);
  return page.evaluate((t) => [...document.querySelector(t).shadowRoot.querySelectorAll('a')].map((a) => new URL(a.href).pathname), tag);
};
const markers = (page) => page.evaluate(() => [...document.querySelector('newsrail-most-read').shadowRoot.querySelectorAll('li')]
  .map((li) => [new URL(li.querySelector('a').href).pathname, li.querySelector('[part~=read-marker]')?.textContent ?? null]));

test('a shared link with ?utm_source and #comments is still the article being read', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
  await site(context);
  await page.goto(`${env.base}${PATH}?utm_source=facebook#comments`);

  const next = await links(page, 'newsrail-read-next');
  assert.ok(next.length > 0);
  assert.ok(!next.includes(PATH), `Read Next leaves out the article being read: ${next}`);
  assert.equal(next[0], '/news/politics/bike-lane-budget.html', 'its follow-up comes first');

  const most = await links(page, 'newsrail-most-read');
  assert.ok(!most.includes(PATH), `Most Read leaves out the article being read: ${most}`);
  assert.ok(!most.includes('/sponsored/shop-local.html'), `Most Read leaves out a sponsored item: ${most}`);

  await page.waitForFunction((k) => localStorage.getItem(k), KEY);
  const history = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.deepEqual(history.entries.map((e) => e.id), ['bike-lanes'], 'the read is recorded under the item id');

  // On the next page (another shared link, a fbclid this time), Most Read marks it Read.
  await page.goto(`${env.base}/news/library-reopens.html?fbclid=IwAR0abc`);
  await rendered(page, 'newsrail-most-read');
  const rows = await markers(page);
  assert.deepEqual(rows[0], [PATH, 'Read']);
  assert.ok(!rows.some(([path]) => path === '/news/library-reopens.html'), 'the page being read is left out');
  const ids = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).entries.map((e) => e.id);
  assert.deepEqual(ids, ['bike-lanes', 'library']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page whose URL is not in the feed but whose title is a headline is that article: Read Next and Most Read leave it out, the read is recorded', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
  await site(context, 'Main Street gets protected bike lanes | The Harbour Courier');
  await page.goto(`${env.base}/preview/draft-1234.html`);
  const next = await links(page, 'newsrail-read-next');
  assert.ok(!next.includes(PATH), `Read Next leaves out the article the title names: ${next}`);
  assert.equal(next[0], '/news/politics/bike-lane-budget.html', 'its follow-up comes first');
  const most = await links(page, 'newsrail-most-read');
  assert.ok(!most.includes(PATH), `Most Read leaves out the article the title names: ${most}`);
  assert.ok(most.includes('/news/library-reopens.html'), `Most Read still lists the others: ${most}`);
  await page.waitForFunction((k) => localStorage.getItem(k), KEY);
  const history = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.deepEqual(history.entries.map((e) => e.id), ['bike-lanes'], 'the read is recorded under the item the title names');
  assert.deepEqual(errors, []);
  await context.close();
});
