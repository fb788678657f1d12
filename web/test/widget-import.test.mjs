// The widget on feeds made by `newsrail import` from the RSS and Atom fixtures of issue 15
// (tests/data/import/), as JSON and as a snapshot: Most Read and Read Next show the CLI's items
// for the same feed and `now`; the ticker keeps the host's fallback (RSS has no breaking lines);
// nothing is warned, nothing thrown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, cli, packSnapshot, repoRoot } from './helpers/browser.mjs';
import { widgetPage, looks, settled, ours, shownTitles } from './helpers/widget.mjs';

const env = useBrowser();
const FIXTURES = ['bbc.xml', 'wordpress.xml', 'atom-hugo.xml', 'arabic.xml', 'rss1.xml'];

for (const fixture of FIXTURES) {
  test(`an imported ${fixture} renders in the widget, as JSON and as a snapshot, with the CLI's lists`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsrail-import-'));
    try {
      const json = join(dir, 'feed.json');
      cli('import', join(repoRoot, 'tests/data/import', fixture), '-o', json);
      const feed = JSON.parse(readFileSync(json, 'utf8'));
      assert.ok(feed.items.length >= 2, `${fixture}: items imported`);
      const snapshot = packSnapshot(json, join(dir, 'feed.nrs'));
      const titles = (args) => JSON.parse(cli(...args)).items.map((i) => i.title);
      const mostRead = titles(['most-read', json, '--limit', '5']);
      const readNext = titles(['read-next', json, '--article', feed.items[0].id, '--limit', '4']);
      for (const [path, bytes] of [['/t/feed.json', readFileSync(json)], ['/t/feed.nrs', readFileSync(snapshot)]]) {
        const w = await widgetPage(env, (route) => route.fulfill({ body: bytes, headers: { 'Content-Type': 'application/octet-stream' } }),
          { feedPath: path, script: `data-now="feed" data-refresh="0" data-article="${feed.items[0].url}"` });
        await w.open();
        await settled(w.page);
        await w.page.locator('newsrail-read-next').scrollIntoViewIfNeeded();
        await w.page.waitForFunction(() => document.querySelector('newsrail-read-next').shadowRoot?.querySelector('.nr') ||
          getComputedStyle(document.querySelector('newsrail-read-next')).display === 'none');
        const shown = await looks(w.page);
        assert.equal(shown['most-read'], 'list', `${fixture} ${path}`);
        assert.equal(shown.ticker, 'fallback', `${fixture} ${path}: no breaking lines in RSS`);
        // Most Read leaves out the page's article; the CLI list is asked without it.
        const shownMost = await shownTitles(w.page, 'newsrail-most-read');
        assert.deepEqual(shownMost, titles(['most-read', json, '--limit', '5', '--exclude', feed.items[0].id]), `${fixture} ${path}`);
        assert.ok(mostRead.length >= shownMost.length);
        assert.ok(readNext.length > 0, `${fixture}: the CLI's Read Next is not empty`);
        assert.deepEqual(await shownTitles(w.page, 'newsrail-read-next'), readNext, `${fixture} ${path}`);
        assert.deepEqual(ours(w.warnings), []);
        assert.deepEqual(w.errors, []);
        await w.context.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
