// Reading history, kept in localStorage only: an article page records itself, Read Next leaves
// read articles out on the next page view, Most Read marks them, data-history="off" and
// Newsrail.clearHistory() turn it off and wipe it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, cli, repoRoot } from './helpers/browser.mjs';

const FEED = join(repoRoot, 'web/demo/feed.json');
const NOW = '2025-06-26T18:00:00Z';
const DEMO_ARTICLE = 'https://english.almayadeen.net/news/politics/russia-offers-to-host-armenia-azerbaijan-summit-amid-eu-us-failure';
const KEY = 'newsrail:history:v1';

const env = useBrowser();

const item = (id) => JSON.parse(cli('most-read', FEED, '--window', '7d', '--limit', '100', '--now', NOW)).items.find((i) => i.id === id);

// An article page of the demo site for the feed item `id` (its canonical link names it).
async function articlePage(context, id, script = 'data-now="feed"') {
  const name = `${id}.html`;
  await context.route(`${env.base}/t/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${item(id).title}</title>` +
      `<link rel="canonical" href="${item(id).url}"></head><body><h1>${item(id).title}</h1><newsrail-most-read></newsrail-most-read>` +
      `<script async src="/newsrail/newsrail.js" data-feed="/demo/feed.json" ${script}></script></body></html>`,
  }));
  return `${env.base}/t/${name}`;
}
const rendered = (page, tag) => page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.nr'), tag);
const readNextUrls = async (page) => {
  await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
  await rendered(page, 'newsrail-read-next');
  return page.evaluate(() => [...document.querySelector('newsrail-read-next').shadowRoot.querySelectorAll('a')].map((a) => a.href));
};
const mostRead = (page) => page.evaluate(() => [...document.querySelector('newsrail-most-read').shadowRoot.querySelectorAll('li')]
  .map((li) => ({ marker: li.querySelector('[part~=read-marker]')?.textContent ?? null, name: li.querySelector('a').textContent })));

test('an article read on one page view is left out of Read Next on the next, and marked Read in Most Read', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
  // Without history, Read Next on the demo article starts with the Armenia-Turkey article.
  const plain = JSON.parse(cli('read-next', FEED, '--article', DEMO_ARTICLE, '--now', NOW)).items.map((i) => i.url);
  const read = 'armenia-turkey-normalization';
  assert.ok(plain.includes(item(read).url));

  await page.goto(await articlePage(context, read));
  await rendered(page, 'newsrail-most-read');
  await page.goto(await articlePage(context, 'iran-declares-victory-ceasefire'));  // Most Read's first
  await rendered(page, 'newsrail-most-read');
  const history = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.deepEqual(history.entries.map((e) => e.id), [read, 'iran-declares-victory-ceasefire']);

  await page.goto(`${env.base}/demo/index.html`);
  const urls = await readNextUrls(page);
  assert.equal(urls.length, 4);
  assert.ok(!urls.includes(item(read).url), 'the article read before is left out');
  assert.ok(!urls.includes(DEMO_ARTICLE), 'and so is the one being read');
  const rows = await mostRead(page);
  assert.deepEqual(rows[0], { marker: 'Read', name: `${item('iran-declares-victory-ceasefire').title} (Read)` });
  assert.deepEqual(rows.slice(1).map((r) => r.marker), [null, null, null, null]);
  // The marker is visible; screen readers get it once, in the link's name.
  assert.equal(await page.evaluate(() => {
    const mark = document.querySelector('newsrail-most-read').shadowRoot.querySelector('[part~=read-marker]');
    return [mark.getAttribute('aria-hidden'), mark.checkVisibility()].join();
  }), 'true,true');
  const entries = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).entries.map((e) => e.id);
  assert.deepEqual(entries, [read, 'iran-declares-victory-ceasefire', 'russia-armenia-azerbaijan-summit']);
  assert.deepEqual(errors, []);

  // Newsrail.clearHistory() wipes it and the markers go at once.
  await page.evaluate(() => Newsrail.clearHistory());
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  await page.waitForFunction(() => !document.querySelector('newsrail-most-read').shadowRoot.querySelector('[part~=read-marker]'));
  await context.close();
});

test('the history is bounded to 200 articles, newest kept, and never sent anywhere', async () => {
  const context = await env.browser.newContext();
  const feedIds = JSON.parse(cli('most-read', FEED, '--window', '7d', '--limit', '100', '--now', NOW)).items.map((i) => i.id);
  await context.addInitScript(([key, ids]) => {
    if (localStorage.getItem(key)) return;
    const entries = Array.from({ length: 200 }, (_, i) => ({ id: `old-${i}`, t: 1750000000 + i, s: 'Politics', tags: [] }));
    entries[199] = { id: ids[0], t: 1750900000, s: 'Politics', tags: [] };
    localStorage.setItem(key, JSON.stringify({ version: 1, entries }));
  }, [KEY, feedIds]);
  const page = await context.newPage();
  const sent = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`));
  await page.goto(await articlePage(context, 'fed-holds-rates'));
  await rendered(page, 'newsrail-most-read');
  const entries = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).entries;
  assert.equal(entries.length, 200);
  assert.equal(entries.at(-1).id, 'fed-holds-rates');
  assert.equal(entries[0].id, 'old-1', 'the oldest went');
  assert.deepEqual(sent.filter((s) => /old-1|fed-holds-rates/.test(s.replace(/t\/fed-holds-rates\.html/g, ''))), []);
  await context.close();
});

test('data-history="off": nothing is recorded, nothing marked, a stored history is ignored', async () => {
  const { context, page } = await env.open({ viewport: { width: 1280, height: 900 } });
  await page.goto(await articlePage(context, 'iran-declares-victory-ceasefire', 'data-now="feed" data-history="off"'));
  await rendered(page, 'newsrail-most-read');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  assert.deepEqual((await mostRead(page)).map((r) => r.marker), [null, null, null, null, null]);
  // With a history in storage already, history="off" ignores it.
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 1, entries: [{ id: 'iran-declares-victory-ceasefire', t: 1750960000, s: 'Politics', tags: [] }] })), KEY);
  await page.reload();
  await rendered(page, 'newsrail-most-read');
  assert.deepEqual((await mostRead(page)).map((r) => r.marker), [null, null, null, null, null]);
  await context.close();
});
