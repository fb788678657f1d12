// Each module is a labelled landmark whatever the host page does (issue 13): on a page that puts
// the elements straight in <body>, and on the demo pages that wrap them in landmarks of their own,
// every axe-core rule (best practices included) passes, in English and in Arabic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './helpers/browser.mjs';
import { axeViolations } from './helpers/axe.mjs';

const env = useBrowser();
const ELEMENTS = '<newsrail-ticker></newsrail-ticker><newsrail-most-read window="24h" limit="5"></newsrail-most-read>' +
  '<newsrail-read-next limit="4"></newsrail-read-next>';

async function bare(context, name, body, lang, feed) {
  await context.route(`${env.base}/t/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="${lang}"${lang === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>Test page</title></head>` +
      `<body>${body}<script async src="/newsrail/newsrail.js" data-feed="${feed}" data-now="feed"></script></body></html>`,
  }));
  return `${env.base}/t/${name}`;
}

// Waits for the three modules (scrolling Read Next into range), then lists each one's landmark.
async function rendered(page) {
  for (const tag of ['newsrail-ticker', 'newsrail-most-read', 'newsrail-read-next']) {
    await page.locator(tag).scrollIntoViewIfNeeded();
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.nr'), tag);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate(() => ['newsrail-ticker', 'newsrail-most-read', 'newsrail-read-next'].map((tag) => {
    const nr = document.querySelector(tag).shadowRoot.querySelector('.nr');
    const by = nr.getAttribute('aria-labelledby');
    return [tag, nr.getAttribute('role'), nr.getAttribute('aria-label') ?? (by && nr.getRootNode().getElementById(by)?.textContent)];
  }));
}

const CASES = [
  ['en', '/demo/feed.json', ['Breaking', 'Most Read', 'Read Next']],
  ['ar', '/demo/feed-ar.json', ['عاجل', 'الأكثر قراءة', 'اقرأ أيضاً']],
];

for (const [lang, feed, names] of CASES) {
  test(`a bare host page (${lang}): each module is a region named by its heading, every axe rule passes`, async () => {
    const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
    // The host's article in its <main>, the widget's elements straight in <body> around it.
    await page.goto(await bare(context, `bare-main-${lang}`, `${ELEMENTS.replace('<newsrail-most-read', '<main><h1>Article</h1><p>Text.</p></main><newsrail-most-read')}`, lang, feed));
    const landmarks = await rendered(page);
    const violations = await axeViolations(page, { all: true });
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    assert.deepEqual(landmarks, [
      ['newsrail-ticker', 'region', names[0]], ['newsrail-most-read', 'region', names[1]], ['newsrail-read-next', 'region', names[2]]]);
    await context.close();

    // An article's own <header> is no landmark (only a page-level one is a banner): a ticker in it
    // is a region of its own; one in the page's <header> is not.
    const inArticle = await env.open({ viewport: { width: 1280, height: 900 } });
    await inArticle.page.goto(await bare(inArticle.context, `article-header-${lang}`,
      `<article><header>${ELEMENTS.split('</newsrail-ticker>')[0]}</newsrail-ticker><h1>Article</h1></header><p>Text.</p></article>` +
      `<header>${ELEMENTS.split('</newsrail-ticker>')[1]}</header>`, lang, feed));
    const scoped = await rendered(inArticle.page);
    assert.deepEqual(scoped, [['newsrail-ticker', 'region', names[0]], ['newsrail-most-read', null, null], ['newsrail-read-next', null, null]]);
    await inArticle.context.close();

    // Nothing but the three elements: the rules about the host's own document (a <main>, an <h1>)
    // are the host's to meet; every other rule passes.
    const bareOnly = await env.open({ viewport: { width: 1280, height: 900 } });
    await bareOnly.page.goto(await bare(bareOnly.context, `bare-${lang}`, ELEMENTS, lang, feed));
    await rendered(bareOnly.page);
    const v2 = await axeViolations(bareOnly.page, { all: true, disable: ['landmark-one-main', 'page-has-heading-one'] });
    assert.deepEqual(v2, [], JSON.stringify(v2, null, 1));
    assert.deepEqual([...errors, ...bareOnly.errors], []);
    await bareOnly.context.close();
  });
}

for (const path of ['/demo/index.html', '/demo/ar.html']) {
  test(`${path}: the host's landmarks are not doubled, every axe rule passes`, async () => {
    const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.base}${path}`);
    // The demo wraps each element in a labelled landmark of its own (section, aside, section).
    assert.deepEqual((await rendered(page)).map((m) => m[1]), [null, null, null]);
    const violations = await axeViolations(page, { all: true });
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    assert.deepEqual(errors, []);
    await context.close();
  });
}
