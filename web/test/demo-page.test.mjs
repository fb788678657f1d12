// The demo article page: served, accessible, no script errors; a screenshot is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, outputDir } from './helpers/browser.mjs';
import { axeViolations } from './helpers/axe.mjs';

const env = useBrowser();

test('the demo page shows the reference article with its three module slots', async () => {
  const { context, page, errors } = await env.open({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const response = await page.goto(new URL('/demo/index.html', env.base).href, { waitUntil: 'load' });
  assert.equal(response.status(), 200);
  assert.match(await page.locator('h1').first().innerText(), /Russia offers to host Armenia-Azerbaijan summit/);
  for (const tag of ['newsrail-ticker', 'newsrail-most-read', 'newsrail-read-next'])
    assert.equal(await page.locator(tag).count(), 1, `${tag} is on the page`);
  assert.equal(await page.locator('link[rel=canonical]').count(), 1);
  await page.screenshot({ path: join(outputDir, 'demo-page.png'), fullPage: true });
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  assert.deepEqual(errors.filter((e) => e.startsWith('pageerror')), []);
  await context.close();
});
