// The JavaScript API and what it records, as a single-page site uses it: setting a module's
// article (attribute or Newsrail.mount) is not a read, Newsrail.refresh() after a route change
// records the new page's article, Newsrail.unmount() gives the element its own content back, and
// what mount/unmount/refresh/clearHistory return.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, cli, repoRoot } from './helpers/browser.mjs';

const FEED = join(repoRoot, 'web/demo/feed.json');
const NOW = '2025-06-26T18:00:00Z';
const KEY = 'newsrail:history:v1';
const env = useBrowser();

const ITEMS = JSON.parse(cli('most-read', FEED, '--window', '7d', '--limit', '100', '--now', NOW)).items;
const cliItem = (id) => ITEMS.find((i) => i.id === id);
const PAGE = cliItem('russia-armenia-azerbaijan-summit');

// An article page of the demo site (its canonical link names `PAGE`) at /t/<name>.
async function articlePage(context, name, body) {
  await context.route(`${env.base}/t/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${PAGE.title}</title>` +
      `<link rel="canonical" href="${PAGE.url}"></head><body><h1>${PAGE.title}</h1>${body}` +
      '<script async src="/newsrail/newsrail.js" data-feed="/demo/feed.json" data-now="feed"></script></body></html>',
  }));
  return `${env.base}/t/${name}`;
}
const rendered = (page, sel) => page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('.nr'), sel);
const historyIds = async (page) => (JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)) || { entries: [] }).entries.map((e) => e.id);
const markers = (page) => page.evaluate(() => [...document.querySelector('newsrail-most-read').shadowRoot.querySelectorAll('li')]
  .map((li) => [li.querySelector('a').href, !!li.querySelector('[part~=read-marker]')]));

test('setting a module\'s article (attribute or Newsrail.mount) records no read; Newsrail.refresh() after a route change records the new page\'s article', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 2000 } });
  await page.goto(await articlePage(context, 'spa.html',
    '<newsrail-most-read limit="5"></newsrail-most-read><newsrail-read-next id="rn"></newsrail-read-next><div id="api"></div>'));
  await rendered(page, 'newsrail-most-read');
  await rendered(page, '#rn');
  assert.deepEqual(await historyIds(page), [PAGE.id], 'the page\'s own article is recorded');
  // Two stories of Most Read, never opened, become the article of a Read Next module.
  const [first, second] = (await markers(page)).map(([href]) => href);
  const ids = [first, second].map((url) => ITEMS.find((i) => i.url === url).id);
  await page.evaluate((url) => document.getElementById('rn').setAttribute('article', url), first);
  await page.waitForFunction((url) => ![...document.getElementById('rn').shadowRoot.querySelectorAll('a')].some((a) => a.href === url), first);
  assert.equal(await page.evaluate(async (url) => Newsrail.mount(document.getElementById('api'), { module: 'read-next', article: url }), second), true);
  await page.evaluate(() => Newsrail.refresh());
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
  for (const [i, url] of [first, second].entries()) assert.ok(!stored.includes(url) && !stored.includes(ids[i]), `${url} is not in the history`);
  assert.deepEqual(await historyIds(page), [PAGE.id]);
  assert.deepEqual((await markers(page)).filter(([, read]) => read), [], 'Most Read marks nothing as Read');

  // A route change: the new page's canonical link, then Newsrail.refresh(), which resolves once done.
  const next = cliItem('fed-holds-rates');
  assert.equal(await page.evaluate(async (url) => {
    history.pushState({}, '', '/t/fed-holds-rates.html');
    document.querySelector('link[rel=canonical]').href = url;
    const done = Newsrail.refresh();
    return done instanceof Promise && (await done) === undefined;
  }, next.url), true);
  assert.deepEqual(await historyIds(page), [PAGE.id, next.id]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Newsrail.unmount() gives the element its own fallback nodes back and stops the module; Newsrail.mount() brings it back and resolves when it shows', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 2000 } });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.own = Object.fromEntries(['mr', 'tk', 'div'].map((id) => [id, [...document.getElementById(id).childNodes]]));
      window.events = 0;
      document.addEventListener('newsrail:click', () => window.events++);
      document.addEventListener('click', (e) => e.preventDefault(), true);
    });
  });
  await page.goto(await articlePage(context, 'unmount.html', `
    <newsrail-ticker id="tk"><p style="margin:0;height:56px">Breaking news: see the front page</p></newsrail-ticker>
    <newsrail-most-read id="mr" limit="3"><ol class="own"><li><a href="/most-read">Server-rendered list</a></li></ol> and a text node</newsrail-most-read>
    <div id="div" data-newsrail="read-next"><p>Read more on our <a href="/">front page</a></p></div>`));
  for (const sel of ['#tk', '#mr', '#div']) await rendered(page, sel);
  const state = () => page.evaluate(() => Object.fromEntries(['mr', 'tk', 'div'].map((id) => {
    const host = document.getElementById(id);
    const slot = host.shadowRoot.querySelector('slot');
    const nodes = [...host.childNodes];
    return [id, {
      list: !!host.shadowRoot.querySelector('.nr'),
      own: nodes.length === window.own[id].length && nodes.every((n, i) => n === window.own[id][i]),
      slotted: !!slot && slot.assignedNodes().length === window.own[id].length && slot.assignedNodes().every((n, i) => n === window.own[id][i]),
      visible: host.firstElementChild.checkVisibility() && host.firstElementChild.getBoundingClientRect().height > 0,
      height: Math.round(host.getBoundingClientRect().height),
    }];
  })));
  const before = await state();
  assert.deepEqual([before.mr.list, before.tk.list, before.div.list], [true, true, true]);

  assert.deepEqual(await page.evaluate(() => ['mr', 'tk', 'div'].map((id) => Newsrail.unmount(document.getElementById(id)))), [true, true, true]);
  const after = await state();
  for (const id of ['mr', 'tk', 'div']) {
    assert.deepEqual({ ...after[id], height: undefined }, { list: false, own: true, slotted: true, visible: true, height: undefined }, id);
  }
  assert.equal(after.tk.height, 56, 'the ticker\'s fallback, at its own height');
  assert.equal(await page.evaluate(() => Newsrail.unmount(document.getElementById('mr'))), false, 'not mounted any more');
  assert.equal(await page.evaluate(() => Newsrail.unmount(document.body)), false, 'never mounted');
  // Stopped: no refresh, attribute change or motion preference brings the list back; clicks are
  // the page's own.
  await page.evaluate(() => document.getElementById('mr').setAttribute('limit', '2'));
  await page.evaluate(() => Newsrail.refresh());
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForTimeout(200);
  const stopped = await state();
  assert.deepEqual([stopped.mr.list, stopped.tk.list, stopped.div.list], [false, false, false]);
  await page.click('#mr a');
  assert.equal(await page.evaluate(() => window.events), 0);

  // mount() resolves true once the list shows, again on the same element.
  assert.deepEqual(await page.evaluate(() => Promise.all(['mr', 'tk', 'div'].map((id) => Newsrail.mount(document.getElementById(id))))), [true, true, true]);
  const again = await state();
  assert.deepEqual([again.mr.list, again.tk.list, again.div.list], [true, true, true]);
  assert.equal(await page.evaluate(() => document.getElementById('mr').shadowRoot.querySelectorAll('ol > li').length), 2);
  assert.equal(again.tk.height, 56);
  assert.deepEqual(await page.evaluate(() => [Newsrail.mount(document.body, { module: 'nope' }) instanceof Promise, Newsrail.clearHistory()]), [true, undefined]);
  assert.deepEqual(errors, []);
  await context.close();
});
