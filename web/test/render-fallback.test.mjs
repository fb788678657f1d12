// `newsrail render` writes the fallback content of the widget's elements (issue 14): on the demo
// pages (scripts/demo-fallbacks.mjs, run by scripts/build.sh) and on plain pages, the list a reader
// without JavaScript sees is the list the widget then renders, for the same feed and now (the
// feed's generated_at: data-now="feed"), item for item, in the three modules; with JavaScript off
// the page passes axe-core. The loader's strings are shared/i18n/strings.json's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, repoRoot, cli } from './helpers/browser.mjs';
import { axeViolations } from './helpers/axe.mjs';
import { renderPage } from '../../scripts/demo-fallbacks.mjs';
import { loaderWithStrings } from '../../scripts/strings.mjs';

const env = useBrowser();
const TAGS = ['newsrail-ticker', 'newsrail-most-read', 'newsrail-read-next'];
const DEMO = ['index.html', 'ar.html', 'index-csp.html', 'json.html'];

// Each element's fallback list, from its light DOM: [text, href] per item ('' without a link).
const fallbackLists = (page) => page.evaluate((tags) => Object.fromEntries(tags.map((tag) => [tag,
  [...document.querySelectorAll(`${tag} [class$="__link"]`)].map((a) => [a.textContent, a.href || ''])])), TAGS);

// Each module's rendered list, from its shadow root, once all three have rendered (Read Next
// scrolled into range first): [text, href] per item, the ticker's looping copy left out.
async function widgetLists(page) {
  for (const tag of TAGS) {
    await page.locator(tag).scrollIntoViewIfNeeded();
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.nr'), tag, { timeout: 15000 });
  }
  return page.evaluate((tags) => Object.fromEntries(tags.map((tag) => [tag,
    [...document.querySelector(tag).shadowRoot.querySelectorAll('[part~=link]')].filter((a) => !a.closest('[inert]'))
      .map((a) => [a.textContent, a.href || ''])])), TAGS);
}

// Opens `url` with JavaScript off (the fallback lists as served), without its loader (the page's
// only script: what a reader without JavaScript gets, with axe-core able to run in it, every rule),
// then as it is (the widget's lists); returns the three.
async function compare(url) {
  const off = await env.open({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  await off.page.goto(url);
  const fallback = await fallbackLists(off.page);
  await off.context.close();
  const bare = await env.open({ viewport: { width: 1280, height: 900 } });
  await bare.context.route('**/newsrail/newsrail.js', (route) => route.abort());
  await bare.page.goto(url);
  const violations = await axeViolations(bare.page, { all: true });
  assert.deepEqual(await fallbackLists(bare.page), fallback);
  await bare.context.close();
  const on = await env.open({ viewport: { width: 1280, height: 900 } });
  await on.page.goto(url);
  const widget = await widgetLists(on.page);
  assert.deepEqual(on.errors, []);
  await on.context.close();
  return { fallback, widget, violations };
}

test('the loader\'s strings are shared/i18n/strings.json\'s (node scripts/strings.mjs writes them)', () => {
  assert.equal(readFileSync(join(repoRoot, 'web', 'src', 'newsrail.js'), 'utf8'), loaderWithStrings());
});

test('the demo pages\' fallbacks are what newsrail render writes for them now', () => {
  for (const name of DEMO) {
    const html = readFileSync(join(repoRoot, 'web', 'demo', name), 'utf8');
    const { html: rendered, count } = renderPage(html);
    assert.equal(count, 3, name);
    assert.equal(rendered, html, `${name}: run node scripts/demo-fallbacks.mjs`);
  }
});

for (const name of DEMO) {
  test(`/demo/${name}: the fallback lists equal the widget's, in the three modules; axe passes with JavaScript off`, async () => {
    const { fallback, widget, violations } = await compare(`${env.base}/demo/${name}`);
    for (const tag of TAGS) assert.ok(fallback[tag].length > 0, `${name} ${tag}: a fallback list`);
    assert.deepEqual(fallback, widget);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  });
}

// A plain page: the host's article in <main>, the elements straight in <body> (so each fallback
// is a landmark of its own: --region), their content from `newsrail render` with the arguments the
// page implies.
const PLAIN = [
  ['en', '/demo/feed.json', 'https://english.almayadeen.net/news/economy/us-federal-reserve-holds-interest-rates-steady'],
  ['es', '/demo/feed.json', 'https://example.org/not-in-the-feed'],
  ['ar', '/demo/feed-ar.json', 'https://www.almayadeen.net/news/politics/armenia-turkey-leaders-discuss-normalization'],
];
for (const [lang, feed, article] of PLAIN) {
  test(`a plain page (${lang}): the rendered fallback lists equal the widget's; axe passes with JavaScript off`, async () => {
    const title = 'A plain page';
    const render = (module, ...args) => cli('render', join(repoRoot, 'web', feed), '--module', module, '--lang', lang, '--region', ...args);
    const body = `<newsrail-ticker>${render('ticker')}</newsrail-ticker>` +
      `<main><h1>${title}</h1><p>Text.</p></main>` +
      `<newsrail-most-read>${render('most-read', '--article', article, '--context', title)}</newsrail-most-read>` +
      `<newsrail-read-next>${render('read-next', '--article', article, '--context', title)}</newsrail-read-next>`;
    const url = `${env.base}/demo/plain-${lang}.html`;
    const page = `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8">` +
      `<title>${title}</title><link rel="canonical" href="${article}"></head><body>${body}` +
      `<script async src="/newsrail/newsrail.js" data-feed="${feed}" data-now="feed" data-refresh="0"></script></body></html>`;
    // Served for every context of this browser (the route is the browser's, via each context).
    const { browser } = env;
    const open = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await open(options);
      await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: page }));
      return context;
    };
    try {
      const { fallback, widget, violations } = await compare(url);
      for (const tag of TAGS) assert.ok(fallback[tag].length > 0, `${lang} ${tag}: a fallback list`);
      assert.deepEqual(fallback, widget);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    } finally {
      browser.newContext = open;
    }
  });
}
