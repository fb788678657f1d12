// What the widget shows on a test page, as the fault and snapshot tests check it.

// The three modules, as the fault tests embed them: Most Read and the ticker with fallback
// content of the host's (class "fb"), Read Next with none.
export const MODULES = `
  <newsrail-ticker><p class="fb">Fallback breaking line</p></newsrail-ticker>
  <newsrail-most-read><ol class="fb"><li><a href="/fallback">Fallback most read</a></li></ol></newsrail-most-read>
  <newsrail-read-next></newsrail-read-next>`;

// A fresh context (of env, from useBrowser) whose /t/page.html holds `body` (MODULES unless given)
// and the widget with data-feed=feedPath, answered by `feed` (a route handler; none: the real server answers) and
// the script tag's other attributes `script`; `init` runs first in every page. Returns
// { context, page, warnings, errors, requests, open }: the console's warnings, the errors (a
// failed request, which the browser logs itself, is not one), the paths requested, and open(),
// which loads the page.
export async function widgetPage(env, feed, { script = 'data-now="feed" data-refresh="0"', init, feedPath = '/t/feed.json', body = MODULES } = {}) {
  const context = await env.browser.newContext();
  await context.route(`${env.base}/t/page.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Faults</title></head><body>${body}` +
      `<script async src="/newsrail/newsrail.js" data-feed="${feedPath}" ${script}></script></body></html>`,
  }));
  if (feed) await context.route(`${env.base}${feedPath}`, feed);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'warn') warnings.push(m.text());
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const open = () => page.goto(`${env.base}/t/page.html`);
  return { context, page, warnings, errors, requests, open };
}

// What each module shows: its own list, the host's fallback, or nothing (collapsed).
export const looks = (page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('newsrail-ticker, newsrail-most-read, newsrail-read-next')].map((el) => {
    const own = el.shadowRoot?.querySelector('.nr');
    const fallback = el.querySelector('.fb');
    const what = getComputedStyle(el).display === 'none' ? 'collapsed'
      : own ? 'list' : fallback?.checkVisibility() ? 'fallback' : 'empty';
    return [el.localName.replace('newsrail-', ''), what];
  })));
export const FAILED = { ticker: 'fallback', 'most-read': 'fallback', 'read-next': 'collapsed' };
export const WORKING = { ticker: 'list', 'most-read': 'list', 'read-next': 'list' };

// Resolves once Read Next has either rendered or collapsed (the widget has made up its mind).
export const settled = (page) => page.waitForFunction(() => getComputedStyle(document.querySelector('newsrail-read-next')).display === 'none' ||
  document.querySelector('newsrail-read-next').shadowRoot?.querySelector('.nr'), null, { timeout: 15000 });

// The widget's own console warnings among `warnings`.
export const ours = (warnings) => warnings.filter((w) => w.startsWith('[newsrail]'));

// The link texts (titles, or the ticker's lines) module `tag` shows, in order.
export const shownTitles = (page, tag) => page.evaluate((t) =>
  [...document.querySelector(t).shadowRoot.querySelectorAll('[part~=link]')].filter((a) => !a.closest('[inert]'))
    .map((a) => a.firstChild.textContent), tag);
