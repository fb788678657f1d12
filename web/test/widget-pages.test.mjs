// The demo pages with the widget at work (index, ar and index-csp on snapshots, json on the JSON
// feed), as a reader gets them (the feed answering a little late, so the modules replace their
// fallback after the first paint): no uncaught error, no layout shift (CLS 0, measured with a
// layout-shift PerformanceObserver), no axe-core violation, no Content-Security-Policy violation
// on the strict-CSP page; a screenshot of each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, outputDir, repoRoot } from './helpers/browser.mjs';
import { axeViolations } from './helpers/axe.mjs';

const env = useBrowser();

function observe() {
  window.__cls = 0;
  window.__shifts = [];
  window.__csp = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      window.__shifts.push(e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
}

async function visit(path, viewport, { screenshot, axe = true, reducedMotion = 'no-preference' } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion });
  await context.addInitScript(observe);
  // The feed is held back until the page has painted: the modules replace their fallback on a
  // page the reader already sees, which is when a layout shift would count.
  let release;
  const painted = new Promise((resolve) => { release = resolve; });
  await context.route(/\/demo\/feed(-ar)?\.(json|nrs)$/, async (route) => {
    await painted;
    await route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.text().startsWith('[newsrail]')) errors.push(`${m.type()}: ${m.text()}`); });
  const response = await page.goto(`${env.base}${path}`);
  const rendered = (tag) => page.waitForFunction((t) => document.querySelector(t).shadowRoot?.querySelector('.nr'), tag);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
  await page.waitForTimeout(100);
  release();
  await rendered('newsrail-ticker');
  // Read the page down as a reader would; Read Next renders on the way.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += Math.round(viewport.height / 2)) {
    await page.mouse.wheel(0, Math.round(viewport.height / 2));
    await page.waitForTimeout(60);
  }
  await rendered('newsrail-most-read');
  await rendered('newsrail-read-next');
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts, csp: window.__csp }));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  if (screenshot) await page.screenshot({ path: join(outputDir, screenshot), fullPage: true });
  const violations = axe ? await axeViolations(page) : [];
  await context.close();
  return { response, errors, violations, ...result };
}

for (const [path, name] of [['/demo/index.html', 'index'], ['/demo/ar.html', 'ar'], ['/demo/index-csp.html', 'index-csp'], ['/demo/json.html', 'json']]) {
  test(`${path} (desktop): no error, CLS 0, no axe violation${name === 'index-csp' ? ', no CSP violation' : ''}`, async () => {
    // 1200 px tall: the rail's Coverage box, below Most Read, is on screen and would show a shift.
    const r = await visit(path, { width: 1280, height: 1200 }, { screenshot: `widget-${name}-desktop.png` });
    assert.equal(r.response.status(), 200);
    if (name === 'index-csp') assert.match(r.response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual(r.errors, []);
    assert.equal(r.cls, 0, JSON.stringify(r.shifts, null, 1));
    assert.deepEqual(r.violations, [], JSON.stringify(r.violations, null, 2));
    assert.deepEqual(r.csp, []);
  });
}

for (const [path, name] of [['/demo/index.html', 'index'], ['/demo/ar.html', 'ar']]) {
  test(`${path} (mobile, 390 px): no error, CLS 0`, async () => {
    const r = await visit(path, { width: 390, height: 844 }, { screenshot: `widget-${name}-mobile.png`, axe: name === 'index' });
    assert.deepEqual(r.errors, []);
    assert.equal(r.cls, 0, JSON.stringify(r.shifts, null, 1));
    assert.deepEqual(r.violations, [], JSON.stringify(r.violations, null, 2));
  });
}

test('/demo/index.html (mobile, 390 px, prefers-reduced-motion): the still ticker wraps its lines in its fallback\'s height: CLS 0, no axe violation', async () => {
  const r = await visit('/demo/index.html', { width: 390, height: 844 }, { reducedMotion: 'reduce' });
  assert.deepEqual(r.errors, []);
  assert.equal(r.cls, 0, JSON.stringify(r.shifts, null, 1));
  assert.deepEqual(r.violations, [], JSON.stringify(r.violations, null, 2));
});

test('/demo/index.html (tablet, 820 px): CLS 0', async () => {
  const r = await visit('/demo/index.html', { width: 820, height: 1180 }, { axe: false });
  assert.deepEqual(r.errors, []);
  assert.equal(r.cls, 0, JSON.stringify(r.shifts, null, 1));
});

test('index-csp.html is index.html, but for its comment and the link between the two', () => {
  const read = (name) => readFileSync(join(repoRoot, 'web/demo', name), 'utf8');
  const strip = (html) => html.replace(/<!-- The same page[\s\S]*?-->\n/, '').replace(/ *<a href="\/demo\/index(-csp)?\.html">This page [^<]*<\/a>\n/, '');
  assert.equal(strip(read('index-csp.html')), strip(read('index.html')));
  assert.doesNotMatch(read('index-csp.html'), /<script>|<style|style=/, 'nothing inline');
});
