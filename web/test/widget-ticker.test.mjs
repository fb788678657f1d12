// The Breaking ticker: a CSS transform animation that a button, hover and focus pause, that stands
// still under prefers-reduced-motion, moves the other way in Arabic, and takes new lines from a
// conditional feed refresh while the tab is visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, outputDir, repoRoot } from './helpers/browser.mjs';
import { axeViolations } from './helpers/axe.mjs';

const demoFeed = JSON.parse(readFileSync(join(repoRoot, 'web/demo/feed.json'), 'utf8'));

const env = useBrowser();

async function testPage(context, name, script, body = '<newsrail-ticker></newsrail-ticker><p>Below the ticker</p>') {
  await context.route(`${env.base}/t/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticker</title></head><body>${body}` +
      `<script async src="/newsrail/newsrail.js" ${script}></script></body></html>`,
  }));
  return `${env.base}/t/${name}`;
}

// The ticker is rendered and, unless it stands still, its animation has started.
const ready = (page) => page.waitForFunction(() => {
  const track = document.querySelector('newsrail-ticker')?.shadowRoot?.querySelector('.track');
  const anim = track?.getAnimations()[0];
  return track && (!anim || anim.currentTime > 200);
});
// The track's horizontal offset (px) and its animation's play state.
const motion = (page) => page.evaluate(() => {
  const track = document.querySelector('newsrail-ticker').shadowRoot.querySelector('.track');
  const anim = track.getAnimations()[0];
  return { x: new DOMMatrixReadOnly(getComputedStyle(track).transform).m41, state: anim ? anim.playState : 'none' };
});
async function moving(page) {
  await page.waitForTimeout(100);  // a pause or play takes effect on the next frame
  const a = await motion(page);
  await page.waitForTimeout(400);
  const b = await motion(page);
  return { ...b, delta: b.x - a.x };
}
const button = (page) => page.locator('newsrail-ticker button');

test('the ticker moves by CSS transform; the pause button (aria-pressed) stops it and starts it again', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${env.base}/demo/index.html`);
  await ready(page);
  let m = await moving(page);
  assert.equal(m.state, 'running');
  assert.ok(m.delta < -5, `moves towards the start (left): ${m.delta}px in 400 ms`);
  assert.equal(await button(page).getAttribute('aria-pressed'), 'false');
  assert.equal(await button(page).getAttribute('aria-label'), 'Pause');

  await button(page).click();
  await page.mouse.move(5, 700);  // away from the bar: hover alone would pause it too
  m = await moving(page);
  assert.equal(m.state, 'paused');
  assert.equal(m.delta, 0);
  assert.equal(await button(page).getAttribute('aria-pressed'), 'true');
  assert.equal(await button(page).getAttribute('title'), 'Play');

  await button(page).focus();
  await page.keyboard.press('Enter');  // the keyboard works the button too; its focus does not pause
  m = await moving(page);
  assert.equal(m.state, 'running');
  assert.ok(m.delta < -5);
  assert.equal(await button(page).getAttribute('aria-pressed'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hovering the ticker or focusing one of its links pauses it', async () => {
  const { context, page } = await env.open({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${env.base}/demo/index.html`);
  await ready(page);
  const box = await page.locator('newsrail-ticker').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let m = await moving(page);
  assert.deepEqual([m.state, m.delta], ['paused', 0]);
  await page.mouse.move(5, 700);
  assert.equal((await moving(page)).state, 'running');
  await page.evaluate(() => document.querySelector('newsrail-ticker').shadowRoot.querySelector('.copy:not([inert]) a').focus());
  m = await moving(page);
  assert.deepEqual([m.state, m.delta], ['paused', 0]);
  await context.close();
});

test('prefers-reduced-motion at 390 px: the lines stand still, wrapped and stacked in the bar\'s height, read without sideways scrolling', async () => {
  const { context, page } = await env.open({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await page.goto(`${env.base}/demo/index.html`);
  const fallback = await page.evaluate(() => document.querySelector('newsrail-ticker').getBoundingClientRect().height);
  await ready(page);
  const still = () => page.evaluate(() => {
    const root = document.querySelector('newsrail-ticker').shadowRoot;
    const track = root.querySelector('.track');
    const vp = root.querySelector('.vp');
    const box = vp.getBoundingClientRect();
    const lines = [...root.querySelectorAll('.copy li')].map((li) => {
      const r = li.getBoundingClientRect();
      const link = li.querySelector('[part~=link]');
      const a = link.getBoundingClientRect();
      return { top: r.top, left: r.left, right: Math.max(r.right, a.right), rows: Math.round(a.height / parseFloat(getComputedStyle(link).lineHeight)) };
    });
    return {
      animations: track.getAnimations().length, transform: getComputedStyle(track).transform,
      copies: root.querySelectorAll('.copy').length, button: root.querySelectorAll('button').length, tabindex: vp.tabIndex,
      items: lines.length, bar: root.querySelector('.bar').getBoundingClientRect().height,
      sideways: vp.scrollWidth > vp.clientWidth, downwards: vp.scrollHeight > vp.clientHeight && getComputedStyle(vp).overflowY === 'auto',
      inside: lines.every((l) => l.left >= box.left - 0.5 && l.right <= box.right + 0.5),
      stacked: lines.every((l, i) => i === 0 || l.top > lines[i - 1].top),
      wrapped: lines.some((l) => l.rows > 1),
      page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    };
  });
  const a = await still();
  assert.deepEqual(a, { animations: 0, transform: 'none', copies: 1, button: 0, tabindex: 0, items: 10, bar: fallback,
    sideways: false, downwards: true, inside: true, stacked: true, wrapped: true, page: true });
  await page.screenshot({ path: join(outputDir, 'ticker-reduced-motion-390.png') });
  // Scrolled down (wheel, or a link reached with Tab), the next lines come into the bar.
  await page.evaluate(() => document.querySelector('newsrail-ticker').shadowRoot.querySelectorAll('.copy a')[1].focus());
  assert.ok(await page.evaluate(() => document.querySelector('newsrail-ticker').shadowRoot.querySelector('.vp').scrollTop) > 0);
  assert.deepEqual(await axeViolations(page), []);
  await page.evaluate(() => document.querySelector('newsrail-ticker').shadowRoot.activeElement.blur());
  // The preference can change while the page is open.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.waitForFunction(() => document.querySelector('newsrail-ticker').shadowRoot.querySelectorAll('.copy').length === 2);
  assert.equal((await moving(page)).state, 'running');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.waitForFunction(() => document.querySelector('newsrail-ticker').shadowRoot.querySelectorAll('.copy').length === 1);
  assert.equal((await still()).animations, 0);
  await context.close();
});

test('in Arabic the ticker moves the other way (towards the right)', async () => {
  const { context, page } = await env.open({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${env.base}/demo/ar.html`);
  await ready(page);
  const m = await moving(page);
  assert.equal(m.state, 'running');
  assert.ok(m.delta > 5, `moves right: ${m.delta}px in 400 ms`);
  assert.equal(await button(page).getAttribute('aria-label'), 'إيقاف مؤقت');
  await context.close();
});

test('the bar takes its fallback\'s height; the loop runs at 60 px/s (20 s at least) and a short list fills the bar', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const pace = (page) => page.evaluate(() => {
    const root = document.querySelector('newsrail-ticker').shadowRoot;
    const anim = root.querySelector('.track').getAnimations()[0];
    return {
      seconds: anim.effect.getComputedTiming().duration / 1000,
      copy: root.querySelector('.copy').getBoundingClientRect().width,
      copies: [...root.querySelectorAll('.copy')].map((c) => c.style.minWidth),
      room: root.querySelector('.vp').clientWidth,
      bar: root.querySelector('.bar').getBoundingClientRect().height,
    };
  });
  let page = await context.newPage();
  await page.goto(`${env.base}/demo/index.html`);
  await ready(page);
  let p = await pace(page);
  assert.ok(p.copy > p.room && p.copy / 60 > 20, JSON.stringify(p));
  assert.ok(Math.abs(p.seconds - p.copy / 60) <= 0.05, `${p.seconds} s for ${p.copy} px`);
  assert.deepEqual(p.copies, ['', '']);
  await page.close();

  page = await context.newPage();
  await page.goto(await testPage(context, 'short.html', 'data-feed="/demo/feed.json" data-now="feed"',
    '<newsrail-ticker limit="1"><p style="margin:0;height:60px">Fallback</p></newsrail-ticker><p>Below the ticker</p>'));
  await ready(page);
  p = await pace(page);
  assert.equal(p.bar, 60, 'the fallback\'s height');
  assert.ok(p.copy < 1280 && p.room > 0);
  assert.deepEqual(p.copies, [`${p.room}px`, `${p.room}px`], 'each copy fills the bar');
  assert.equal(p.seconds, 20);
  await context.close();
});

test('the looping copy is aria-hidden and inert, yet a click on its line still follows the link', async () => {
  const { context, page } = await env.open({ viewport: { width: 1280, height: 800 } });
  const feed = { ...demoFeed, _newsrail: { ...demoFeed._newsrail, breaking: [
    { id: 'one', text: 'A single short line', url: '/news/one', date_published: '2025-06-26T17:00:00Z' }] } };
  await context.route(`${env.base}/t/one.json`, (route) => route.fulfill({ json: feed }));
  await page.addInitScript(() => {
    window.clicks = [];
    document.addEventListener('newsrail:click', (e) => window.clicks.push(e.detail));
    document.addEventListener('click', (e) => e.preventDefault(), true);
  });
  await page.goto(await testPage(context, 'one.html', 'data-feed="/t/one.json" data-now="feed"'));
  await ready(page);
  await button(page).click();
  // Half way through the loop the looping copy's line is in the middle of the bar.
  const ghost = await page.evaluate(() => {
    const root = document.querySelector('newsrail-ticker').shadowRoot;
    const anim = root.querySelector('.track').getAnimations()[0];
    anim.currentTime = anim.effect.getComputedTiming().duration / 2;
    const copy = root.querySelector('.copy[inert]');
    const a = copy.querySelector('a');
    const r = a.getBoundingClientRect();
    const hit = root.elementFromPoint(r.x + 5, r.y + r.height / 2);
    return { hidden: copy.getAttribute('aria-hidden'), tabIndex: a.tabIndex, x: r.x + 5, y: r.y + r.height / 2, hit: hit.className };
  });
  assert.equal(ghost.hidden, 'true');
  assert.equal(ghost.tabIndex, -1);
  assert.ok(ghost.x > 100 && ghost.x < 1100, `the copy's line is on screen at x=${ghost.x}`);
  assert.notEqual(ghost.hit, 'copy', 'the pointer goes through the inert copy');
  await page.mouse.click(ghost.x, ghost.y);
  assert.deepEqual(await page.evaluate(() => window.clicks),
    [{ module: 'ticker', position: 1, id: 'one', url: `${env.base}/news/one` }]);
  await context.close();
});

test('a refresh asks with If-None-Match, keeps the feed on 304 and shows a new breaking line without a reload; no refresh while hidden', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 800 } });
  const v2 = structuredClone(demoFeed);
  v2._newsrail.breaking.unshift({ id: 'b0', text: 'NEW: Ceasefire talks resume in Doha', date_published: '2025-06-26T17:59:00Z', priority: 3 });
  const seen = [];
  let version = 1;
  let firstV2Asked;  // If-None-Match of the request that got the second version
  await context.route(`${env.base}/t/live.json`, (route) => {
    const asked = route.request().headers()['if-none-match'] ?? null;
    seen.push(asked);
    const etag = `"v${version}"`;
    if (asked === etag) return route.fulfill({ status: 304, headers: { ETag: etag } });
    if (version === 2 && firstV2Asked === undefined) firstV2Asked = asked;
    return route.fulfill({ json: version === 1 ? demoFeed : v2, headers: { ETag: etag } });
  });
  await page.addInitScript(() => {  // lets the test hide the tab
    window.hidden = false;
    Object.defineProperty(Document.prototype, 'visibilityState', { get: () => (window.hidden ? 'hidden' : 'visible') });
  });
  await page.goto(await testPage(context, 'live.html', 'data-feed="/t/live.json" data-now="feed" data-refresh="1"'));
  await ready(page);
  const lines = () => page.evaluate(() => [...document.querySelector('newsrail-ticker').shadowRoot.querySelectorAll('.copy:not([inert]) li')].map((li) => li.textContent));
  const before = await lines();
  assert.equal(before.length, 10);
  while (seen.length < 3) await page.waitForTimeout(100);
  assert.deepEqual(seen.slice(0, 3), [null, '"v1"', '"v1"'], 'the refreshes are conditional');
  assert.deepEqual(await lines(), before, '304: the same lines');

  version = 2;
  await page.waitForFunction(() => document.querySelector('newsrail-ticker').shadowRoot.querySelector('.copy li').textContent.startsWith('NEW:'));
  assert.deepEqual((await lines()).slice(0, 2), ['NEW: Ceasefire talks resume in Doha', before[0]]);
  assert.equal(firstV2Asked, '"v1"', 'the new version answers a refresh conditional on the old one');

  await page.evaluate(() => { window.hidden = true; document.dispatchEvent(new Event('visibilitychange')); });
  const count = seen.length;
  await page.waitForTimeout(2500);
  assert.equal(seen.length, count, 'no request while the tab is hidden');
  await page.evaluate(() => { window.hidden = false; document.dispatchEvent(new Event('visibilitychange')); });
  await page.waitForTimeout(300);
  assert.equal(seen.length, count + 1, 'visible again: an overdue refresh runs at once');
  assert.equal(seen.at(-1), '"v2"');
  assert.deepEqual(errors, []);
  await context.close();
});
