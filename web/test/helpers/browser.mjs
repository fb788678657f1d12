// Shared set-up for the browser tests: the demo server in-process and Debian's headless Chromium
// driven by playwright-core (never a downloaded browser).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startServer } from '../../../scripts/serve.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const outputDir = join(repoRoot, 'web', 'test-output');
mkdirSync(outputDir, { recursive: true });

const chromiumArgs = [
  '--no-sandbox', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,  // playwright gives each launch a fresh temporary profile
  });
}

export async function serve() {
  return startServer({ port: 0, root: repoRoot });
}

const bin = join(repoRoot, 'build', 'native', 'tools', 'newsrail');

// Runs the native CLI and returns its stdout (the CLI exits non-zero for unusable feeds).
export function cli(...args) {
  try {
    return execFileSync(bin, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (err) {
    if (typeof err.stdout === 'string') return err.stdout;
    throw err;
  }
}

// Packs the JSON feed at `feedPath` into a snapshot at `outPath` (newsrail pack --format binary);
// returns outPath.
export function packSnapshot(feedPath, outPath) {
  writeFileSync(outPath, execFileSync(bin, ['pack', feedPath, '--format', 'binary'], { maxBuffer: 1 << 28 }));
  return outPath;
}

// Collects uncaught page errors and console errors so a test can assert there were none.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}

// A test file's browser set-up, as node:test hooks: `before` starts the demo server and Chromium,
// `after` closes both. The returned object is filled in `before`:
//   browser  the Chromium instance, shared by the file's tests
//   server   the demo server (scripts/serve.mjs), and base, its URL
//   open(contextOptions)  a fresh context with these options and its page, the page's errors
//                         collected from the start (watchErrors): { context, page, errors }
// setUp(env), if given, runs at the end of `before`, once the browser is up: the file's own shared
// state goes there (node:test runs two top-level `before` hooks at once, so not in a second one).
// Each test closes the contexts it opened; `after` closes the browser and whatever is left.
export function useBrowser({ setUp } = {}) {
  const env = {
    browser: null, server: null, base: null,
    async open(contextOptions) {
      const context = await env.browser.newContext(contextOptions);
      const page = await context.newPage();
      return { context, page, errors: watchErrors(page) };
    },
  };
  before(async () => {
    ({ server: env.server, url: env.base } = await serve());
    env.browser = await launch();
    await setUp?.(env);
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
