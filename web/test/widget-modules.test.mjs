// The widget on the demo pages and on small test pages: each module shows the native CLI's items
// in the CLI's order (same feed, options and --now), in three languages, with its events, API,
// theming and isolation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, cli, watchErrors, repoRoot } from './helpers/browser.mjs';

const FEED = join(repoRoot, 'web/demo/feed.json');
// The demo pages load the snapshots scripts/build.sh packs from the JSON feeds.
const DEMO = join(repoRoot, 'web/demo/feed.nrs');
const DEMO_AR = join(repoRoot, 'web/demo/feed-ar.nrs');
const NOW = '2025-06-26T18:00:00Z';  // the demo feeds' generated_at (data-now="feed")
const ARTICLE = 'https://english.almayadeen.net/news/politics/russia-offers-to-host-armenia-azerbaijan-summit-amid-eu-us-failure';
const tmp = mkdtempSync(join(tmpdir(), 'newsrail-widget-'));

const env = useBrowser();

// A page of our own at /t/<name>: the loader from the real server, any markup around it.
async function testPage(context, name, body, { lang = 'en', script = 'data-feed="/demo/feed.json" data-now="feed"', head = '' } = {}) {
  await context.route(`${env.base}/t/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test page</title>${head}</head>` +
      `<body>${body}<script async src="/newsrail/newsrail.js" ${script}></script></body></html>`,
  }));
  return `${env.base}/t/${name}`;
}

// Waits until the module in `selector` has rendered; returns what it shows.
async function shown(page, selector) {
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('.nr'), selector);
  return page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    const nr = root.querySelector('.nr');
    return {
      lang: nr.lang, dir: nr.dir,
      heading: root.querySelector('[part~=heading], [part~=label]')?.textContent,
      items: [...root.querySelectorAll('ol > li, ul:not([aria-hidden]) > li')].map((li) => {
        const link = li.querySelector('[part~=link]');
        return {
          title: link.firstChild.textContent, href: link.href ?? null,
          section: li.querySelector('[part~=section]')?.textContent,
          time: li.querySelector('time')?.textContent,
          minutes: li.querySelector('[part~=reading-time]')?.textContent,
          image: li.querySelector('img') && ((img) => ({ src: img.src, alt: img.alt, loading: img.loading,
            size: `${img.getAttribute('width')}x${img.getAttribute('height')}` }))(li.querySelector('img')),
          read: li.querySelector('[part~=read-marker]')?.textContent ?? null,
          label: link.textContent,
        };
      }),
    };
  }, selector);
}

const cliJson = (...args) => JSON.parse(cli(...args));
const cliTitles = (list) => list.items.map((i) => i.title ?? i.text);
// Most Read and Read Next keep to the page's language: the widget asks the core with it, as the
// CLI's --language does.
const cliLang = (lang, limit, ...args) =>
  cliJson(...args, '--language', lang, '--limit', String(limit));

test('each module on the demo page shows the items, in the order, the CLI prints', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.base}/demo/index.html`);

  const ticker = await shown(page, 'newsrail-ticker');
  assert.deepEqual(ticker.items.map((i) => i.title), cliTitles(cliJson('ticker', DEMO, '--now', NOW)));
  assert.equal(ticker.heading, 'Breaking');

  const mostRead = await shown(page, 'newsrail-most-read');
  const expected = cliLang('en', 5, 'most-read', DEMO, '--window', '24h', '--now', NOW);
  assert.deepEqual(mostRead.items.map((i) => [i.title, i.href]), expected.items.map((i) => [i.title, i.url]));
  assert.equal(mostRead.heading, 'Most Read');
  assert.deepEqual(mostRead.items.map((i) => i.section), expected.items.map((i) => i.section));
  assert.equal(mostRead.items[0].time, '2 days ago');  // published 2025-06-24T16:05Z, now 26 June 18:00Z
  assert.equal(mostRead.items[4].time, '10 hours ago');

  // Read Next renders once it comes near the viewport, personalised by the history this page
  // view just recorded (the article itself): the CLI gets the same history.
  await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
  const readNext = await shown(page, 'newsrail-read-next');
  const history = await page.evaluate(() => localStorage.getItem('newsrail:history:v1'));
  assert.deepEqual(JSON.parse(history).entries.map((e) => e.id), ['russia-armenia-azerbaijan-summit']);
  writeFileSync(join(tmp, 'history.json'), history);
  const next = cliLang('en', 4, 'read-next', DEMO, '--article', ARTICLE, '--history', join(tmp, 'history.json'), '--now', NOW);
  assert.deepEqual(readNext.items.map((i) => [i.title, i.href]), next.items.map((i) => [i.title, i.url]));
  assert.equal(readNext.heading, 'Read Next');
  // Cards: image with the feed's alt, lazy, with width and height; section; reading time.
  const first = next.items[0];
  assert.deepEqual(readNext.items[0].image,
    { src: new URL(first.image.url, env.base).href, alt: first.image.alt, size: '640x360', loading: 'lazy' });
  assert.equal(readNext.items[0].section, first.section);
  assert.equal(readNext.items[0].minutes, `${first.reading_minutes} min read`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Arabic page renders its modules right to left, in Arabic, in the CLI order', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.base}/demo/ar.html`);
  const mostRead = await shown(page, 'newsrail-most-read');
  assert.equal(mostRead.dir, 'rtl');
  assert.equal(mostRead.lang, 'ar');
  assert.equal(mostRead.heading, 'الأكثر قراءة');
  assert.deepEqual(mostRead.items.map((i) => i.title), cliTitles(cliLang('ar', 5, 'most-read', DEMO_AR, '--now', NOW)));
  assert.equal(mostRead.items[0].time, 'أول أمس');  // Intl.RelativeTimeFormat('ar'): two days ago
  const ticker = await shown(page, 'newsrail-ticker');
  assert.equal(ticker.dir, 'rtl');
  assert.equal(ticker.heading, 'عاجل');
  assert.deepEqual(ticker.items.map((i) => i.title), cliTitles(cliJson('ticker', DEMO_AR, '--now', NOW)));
  await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
  const readNext = await shown(page, 'newsrail-read-next');
  assert.equal(readNext.heading, 'اقرأ أيضاً');
  assert.equal(readNext.dir, 'rtl');
  writeFileSync(join(tmp, 'history-ar.json'), await page.evaluate(() => localStorage.getItem('newsrail:history:v1')));
  const next = cliLang('ar', 4, 'read-next', DEMO_AR, '--article', await page.evaluate(() => document.querySelector('link[rel=canonical]').href),
    '--history', join(tmp, 'history-ar.json'), '--now', NOW);
  assert.deepEqual(readNext.items.map((i) => i.title), cliTitles(next));
  assert.match(readNext.items[0].minutes, /للقراءة$/);
  // The heading's accent bar sits on the right (inline start) in right-to-left.
  const bar = await page.evaluate(() => {
    const h = document.querySelector('newsrail-most-read').shadowRoot.querySelector('.head');
    return [getComputedStyle(h, '::after').right, getComputedStyle(h, '::after').left, h.getBoundingClientRect().width];
  });
  assert.equal(bar[0], '0px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Spanish page: Spanish labels, times through Intl, and the Spanish articles of the feed', async () => {
  const { context, page } = await env.open();
  const url = await testPage(context, 'es.html',
    '<newsrail-ticker></newsrail-ticker><newsrail-most-read limit="3"></newsrail-most-read><newsrail-read-next article="oil-prices-ceasefire"></newsrail-read-next>',
    { lang: 'es' });
  await page.goto(url);
  const mostRead = await shown(page, 'newsrail-most-read');
  assert.equal(mostRead.heading, 'Más leído');
  assert.equal(mostRead.lang, 'es');
  assert.equal(mostRead.dir, 'ltr');
  // The feed is English with two Spanish articles: a Spanish page lists those two.
  const expected = cliLang('es', 3, 'most-read', FEED, '--now', NOW);
  assert.deepEqual(mostRead.items.map((i) => i.title), cliTitles(expected));
  assert.deepEqual(expected.items.map((i) => i.language), ['es', 'es']);
  assert.equal(mostRead.items[0].time, 'ayer');  // published 25 June 10:30Z, now 26 June 18:00Z
  assert.equal(mostRead.items[1].time, 'anteayer');  // 24 June 17:00Z: two days ago
  assert.equal((await shown(page, 'newsrail-ticker')).heading, 'Última hora');
  assert.equal(await page.locator('newsrail-ticker button').getAttribute('aria-label'), 'Pausa');
  const readNext = await shown(page, 'newsrail-read-next');
  assert.equal(readNext.heading, 'Lee también');
  assert.equal(readNext.items[0].minutes, '1 min de lectura');
  assert.deepEqual(readNext.items.map((i) => i.title), cliTitles(cliLang('es', 4, 'read-next', FEED, '--article', 'oil-prices-ceasefire', '--now', NOW)));
  await context.close();
});

test('an article older than a week shows its date; numbers and dates follow data-lang (Arabic-Indic digits)', async () => {
  const later = '2025-07-05T18:00:00Z';  // 11 days after the demo feed's newest views
  const context = await env.browser.newContext();
  for (const [name, lang, extra] of [['dated-en.html', 'en', ''], ['dated-ar.html', 'ar-u-nu-arab', ' data-lang="ar-u-nu-arab"']]) {
    const url = await testPage(context, name, '<newsrail-most-read limit="3"></newsrail-most-read>',
      { script: `data-feed="/demo/feed.json" data-now="${later}" data-history="off"${extra}` });
    const page = await context.newPage();
    await page.goto(url);
    const mostRead = await shown(page, 'newsrail-most-read');
    const expected = cliLang(lang.split('-')[0], 3, 'most-read', FEED, '--now', later);
    assert.deepEqual(mostRead.items.map((i) => i.title), cliTitles(expected), lang);
    // The same browser's Intl, with the loader's options: the loader uses the right formatter.
    const want = await page.evaluate(([tag, items]) => ({
      times: items.map((i) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' }).format(Date.parse(i.published))),
      numbers: items.map((_, n) => new Intl.NumberFormat(tag).format(n + 1)),
    }), [lang, expected.items]);
    assert.deepEqual(mostRead.items.map((i) => i.time), want.times, lang);
    const numbers = await page.evaluate(() => [...document.querySelector('newsrail-most-read').shadowRoot.querySelectorAll('[part~=number]')].map((n) => n.textContent));
    assert.deepEqual(numbers, want.numbers, lang);
    if (lang === 'en') assert.equal(mostRead.items[0].time, 'Jun 24, 2025');
    else assert.equal(numbers[0], '١');
    await page.close();
  }
  await context.close();
});

test('attributes, data-config, <div data-newsrail> and Newsrail.mount give the CLI lists for the same request', async () => {
  const { context, page, errors } = await env.open();
  const options = { ticker: { default_lifetime: '1h' }, most_read: { half_life: '12h' } };
  writeFileSync(join(tmp, 'options.json'), JSON.stringify(options));
  const url = await testPage(context, 'attrs.html', `
    <newsrail-ticker limit="3"></newsrail-ticker>
    <newsrail-most-read window="7d" section="Economy" limit="3" title="Top in Economy"></newsrail-most-read>
    <newsrail-most-read id="trending" trending limit="4"></newsrail-most-read>
    <div id="div" data-newsrail="most-read" data-window="1h" data-limit="2"></div>
    <div id="api"></div>
    <newsrail-read-next id="rn" article="fed-holds-rates"></newsrail-read-next>`,
  { script: `data-feed="/demo/feed.json" data-now="feed" data-history="off" data-config='${JSON.stringify(options)}'` });
  await page.goto(url);
  const O = ['--options', join(tmp, 'options.json'), '--now', NOW];
  const titles = async (sel) => (await shown(page, sel)).items.map((i) => i.title);
  assert.deepEqual(await titles('newsrail-ticker'), cliTitles(cliJson('ticker', FEED, '--limit', '3', ...O)));
  const economy = await shown(page, 'newsrail-most-read');
  assert.equal(economy.heading, 'Top in Economy');
  assert.deepEqual(economy.items.map((i) => i.title),
    cliTitles(cliLang('en', 3, 'most-read', FEED, '--window', '7d', '--section', 'Economy', ...O)));
  assert.deepEqual(await titles('#trending'), cliTitles(cliLang('en', 4, 'most-read', FEED, '--trending', ...O)));
  assert.deepEqual(await titles('#div'), cliTitles(cliLang('en', 2, 'most-read', FEED, '--window', '1h', ...O)));
  // The core ranks a Spanish article third for this English one; the widget leaves it out.
  const fed = cliLang('en', 4, 'read-next', FEED, '--article', 'fed-holds-rates', ...O);
  assert.deepEqual(await titles('#rn'), cliTitles(fed));
  assert.ok(cliJson('read-next', FEED, '--article', 'fed-holds-rates', '--limit', '4', ...O).items.some((i) => i.language === 'es'));
  assert.ok(fed.items.every((i) => i.language === 'en'));

  // The JS API, as a single-page site would use it; changing an attribute re-renders.
  await page.evaluate(() => Newsrail.mount(document.getElementById('api'), { module: 'read-next', article: 'nato-summit-spending-target', limit: 3 }));
  assert.deepEqual(await titles('#api'), cliTitles(cliLang('en', 3, 'read-next', FEED, '--article', 'nato-summit-spending-target', ...O)));
  await page.evaluate(() => document.getElementById('rn').setAttribute('article', 'sudan-cholera-rainy-season'));
  const again = cliTitles(cliLang('en', 4, 'read-next', FEED, '--article', 'sudan-cholera-rainy-season', ...O));
  await page.waitForFunction((t) => document.getElementById('rn').shadowRoot.querySelector('a').firstChild.textContent === t, again[0]);
  assert.deepEqual(await titles('#rn'), again);
  assert.deepEqual(Object.keys(await page.evaluate(() => Newsrail)).sort(), ['clearHistory', 'mount', 'refresh', 'unmount', 'version']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('newsrail:impression fires once per list on screen, newsrail:click with module, position, id and url', async () => {
  const { context, page } = await env.open({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.events = [];
    for (const type of ['newsrail:impression', 'newsrail:click'])
      document.addEventListener(type, (e) => window.events.push({ type, target: e.target.localName, detail: e.detail }));
    document.addEventListener('click', (e) => e.preventDefault(), true);  // stay on the page
  });
  await page.goto(`${env.base}/demo/index.html`);
  await shown(page, 'newsrail-most-read');
  await page.waitForFunction(() => window.events.length >= 2);
  let events = await page.evaluate(() => window.events);
  assert.deepEqual(events.map((e) => [e.type, e.target, e.detail.module]).sort(), [
    ['newsrail:impression', 'newsrail-most-read', 'most-read'],
    ['newsrail:impression', 'newsrail-ticker', 'ticker'],
  ]);
  const expected = cliLang('en', 5, 'most-read', FEED, '--now', NOW).items;
  const impression = events.find((e) => e.detail.module === 'most-read').detail;
  assert.deepEqual(impression.items, expected.map((item, i) => ({ position: i + 1, id: item.id, url: item.url })));
  assert.equal(await page.evaluate(() => window.events.some((e) => e.detail.module === 'read-next')), false, 'Read Next is not on screen yet');

  await page.locator('newsrail-most-read [part~=link]').nth(2).click();
  events = await page.evaluate(() => window.events.filter((e) => e.type === 'newsrail:click'));
  assert.deepEqual(events, [{ type: 'newsrail:click', target: 'newsrail-most-read',
    detail: { module: 'most-read', position: 3, id: expected[2].id, url: expected[2].url } }]);
  // Re-rendering the same list (a feed refresh) does not count a second impression.
  await page.evaluate(() => Newsrail.refresh());
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.events.filter((e) => e.type === 'newsrail:impression').length), 2);
  await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.events.some((e) => e.detail.module === 'read-next'));
  await context.close();
});

test('keyboard: Tab reaches every link of every module, and the pause button; the looping copy is skipped', async () => {
  const { context, page } = await env.open({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.base}/demo/index.html`);
  await page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
  await shown(page, 'newsrail-read-next');
  await shown(page, 'newsrail-most-read');
  await page.evaluate(() => window.scrollTo(0, 0));
  const targets = await page.evaluate(() => {
    const all = [];
    for (const host of document.querySelectorAll('newsrail-ticker, newsrail-most-read, newsrail-read-next'))
      for (const el of host.shadowRoot.querySelectorAll('a, button'))
        all.push({ host: host.localName, text: el.textContent, ghost: !!el.closest('[inert]') });
    return all;
  });
  const reached = new Set();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return inner ? `${host.localName}|${inner.textContent}` : host === document.body ? 'body' : null;
    });
    if (focus === 'body') break;
    if (focus) reached.add(focus);
  }
  const wanted = targets.filter((t) => !t.ghost).map((t) => `${t.host}|${t.text}`);
  // The ticker links its two lines that have a url, plus the pause button; 5 + 4 in the lists.
  assert.equal(wanted.length, 2 + 1 + 5 + 4, `${wanted.length} focusable targets`);
  assert.deepEqual(wanted.filter((w) => !reached.has(w)), [], 'every module link and button is reached');
  assert.equal(targets.filter((t) => t.ghost).length, 2, 'the looping copy is there');
  assert.equal(reached.size, new Set(wanted).size, 'nothing else inside the modules takes focus');
  await context.close();
});

test('theming: custom properties and ::part() style the modules; host CSS does not leak in, module CSS does not leak out', async () => {
  const { context, page } = await env.open();
  const url = await testPage(context, 'theme.html', `
    <meta name="color-scheme" content="light dark">
    <style>
      newsrail-most-read { --newsrail-accent: rgb(0, 0, 255); --newsrail-headline-font: monospace; }
      newsrail-most-read::part(heading) { color: rgb(0, 128, 0); }
      a { color: rgb(255, 0, 0) !important; text-transform: uppercase; }
      li { display: inline; }
      body { letter-spacing: 5px; }
    </style>
    <ol><li class="item" id="own">Page item</li></ol>
    <newsrail-most-read limit="3"></newsrail-most-read>
    <newsrail-most-read id="dark" theme="dark" limit="1"></newsrail-most-read>`);
  await page.goto(url);
  await shown(page, 'newsrail-most-read');
  await shown(page, '#dark');
  const look = () => page.evaluate(() => {
    const root = document.querySelector('newsrail-most-read').shadowRoot;
    const css = (el, p) => getComputedStyle(el)[p];
    const link = root.querySelector('a');
    return {
      number: css(root.querySelector('.num'), 'color'), heading: css(root.querySelector('h2'), 'color'),
      font: css(link, 'fontFamily'), link: css(link, 'color'), transform: css(link, 'textTransform'),
      spacing: css(link, 'letterSpacing'), li: css(root.querySelector('li'), 'display'),
      own: css(document.getElementById('own'), 'display'), ownGrid: css(document.getElementById('own'), 'gridTemplateColumns'),
      text: css(root.querySelector('.nr'), 'color'), dark: css(document.querySelector('#dark').shadowRoot.querySelector('.nr'), 'color'),
    };
  });
  const light = await look();
  assert.equal(light.number, 'rgb(0, 0, 255)');
  assert.equal(light.heading, 'rgb(0, 128, 0)');
  assert.equal(light.font, 'monospace');
  assert.equal(light.link, 'rgb(22, 22, 22)');
  assert.equal(light.transform, 'none');
  assert.equal(light.spacing, 'normal');
  assert.equal(light.li, 'grid');
  assert.equal(light.own, 'inline', 'the page keeps its own list items');
  assert.equal(light.ownGrid, 'none');
  assert.equal(light.dark, 'rgb(242, 242, 242)', 'theme="dark" forces the dark palette');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal((await look()).text, 'rgb(242, 242, 242)', 'a page that supports dark: prefers-color-scheme: dark');
  // A light-only page (no color-scheme, like the demo) keeps a light widget for a dark-mode reader.
  await page.goto(`${env.base}/demo/index.html`);
  await shown(page, 'newsrail-most-read');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('newsrail-most-read').shadowRoot.querySelector('.nr')).color), 'rgb(22, 22, 22)');
  await context.close();
});

test('modules below the fold wait until they come near the viewport; core and feed load once, in parallel', async () => {
  const { context, page } = await env.open({ viewport: { width: 1000, height: 700 } });
  const url = await testPage(context, 'lazy.html',
    '<newsrail-ticker></newsrail-ticker><div style="height:3000px"></div><newsrail-most-read></newsrail-most-read>');
  const log = [];
  let coreJsDone = 0;
  page.on('request', (r) => log.push([new URL(r.url()).pathname, Date.now()]));
  await page.route('**/newsrail/newsrail-core.mjs', async (route) => {
    await new Promise((r) => setTimeout(r, 400));  // a slow core: the wasm and the feed do not wait for it
    coreJsDone = Date.now();
    await route.continue();
  });
  await page.goto(url);
  await shown(page, 'newsrail-ticker');
  const at = (p) => log.find(([path]) => path === p)?.[1];
  assert.ok(at('/newsrail/newsrail-core.wasm') < coreJsDone, 'the wasm is requested before the core JS arrives');
  assert.ok(at('/demo/feed.json') < coreJsDone, 'the feed is requested before the core JS arrives');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector('newsrail-most-read').shadowRoot.querySelector('.nr')), null);
  await page.mouse.wheel(0, 2500);
  await shown(page, 'newsrail-most-read');
  for (const p of ['/newsrail/newsrail-core.mjs', '/newsrail/newsrail-core.wasm', '/demo/feed.json'])
    assert.equal(log.filter(([path]) => path === p).length, 1, `${p} is fetched once`);
  await context.close();
});

test('exactly one global (Newsrail); an element taken out and put back keeps working', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => { window.__before = new Set(Object.getOwnPropertyNames(window)); });
  const url = await testPage(context, 'globals.html', '<div id="a"><newsrail-most-read limit="2"></newsrail-most-read></div><div id="b"></div>');
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await shown(page, 'newsrail-most-read');
  const added = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((k) => !window.__before.has(k) && k !== '__before'));
  assert.deepEqual(added, ['Newsrail']);
  // Moved: disconnectedCallback drops its listeners, connectedCallback brings the module back.
  await page.evaluate(async () => {
    const el = document.querySelector('newsrail-most-read');
    el.remove();
    await Newsrail.refresh();
    document.getElementById('b').append(el);
    el.setAttribute('limit', '3');
  });
  await page.waitForFunction(() => document.querySelector('#b newsrail-most-read').shadowRoot.querySelectorAll('li').length === 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data-config as a URL: the options file is fetched and used', async () => {
  const { context, page } = await env.open();
  const options = { ticker: { default_lifetime: '1h' } };
  writeFileSync(join(tmp, 'options-url.json'), JSON.stringify(options));
  await context.route(`${env.base}/t/options.json`, (route) => route.fulfill({ json: options }));
  const url = await testPage(context, 'config-url.html', '<newsrail-ticker></newsrail-ticker>',
    { script: 'data-feed="/demo/feed.json" data-now="feed" data-config="/t/options.json"' });
  await page.goto(url);
  const titles = (await shown(page, 'newsrail-ticker')).items.map((i) => i.title);
  assert.deepEqual(titles, cliTitles(cliJson('ticker', FEED, '--options', join(tmp, 'options-url.json'), '--now', NOW)));
  assert.ok(titles.length < cliJson('ticker', FEED, '--now', NOW).items.length, 'the options changed the list');
  await context.close();
});

test('a feed larger than the core\'s first memory (memory growth) renders the CLI\'s list', async () => {
  // 3,000 synthetic articles with bodies: about 12 MB, more than the module's initial 8 MB, so
  // handing it over grows the wasm memory (and replaces the buffer under HEAPU8).
  const path = join(tmp, 'large.json');
  writeFileSync(path, cli('synth', '3000', '--seed', '5'));
  const { context, page, errors } = await env.open();
  await context.route(`${env.base}/t/large.json`, (route) => route.fulfill({ path, contentType: 'application/json' }));
  const url = await testPage(context, 'large.html', '<newsrail-most-read limit="5"></newsrail-most-read>',
    { script: 'data-feed="/t/large.json" data-now="feed" data-history="off"' });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(url);
  const mostRead = await shown(page, 'newsrail-most-read');
  const feed = JSON.parse(cli('synth', '3000', '--seed', '5'));
  const expected = cliJson('most-read', path, '--language', 'en', '--limit', '5', '--now', feed._newsrail.generated_at);
  assert.deepEqual(mostRead.items.map((i) => i.title), cliTitles(expected));
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings.filter((w) => w.startsWith('[newsrail]')), []);
  await context.close();
});
