// Shared set-up for the browser tests: the demo server in-process and Debian's headless Chromium
// driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
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

// Runs the native CLI and returns its stdout (the CLI exits non-zero for unusable feeds).
export function cli(...args) {
  const bin = join(repoRoot, 'build', 'native', 'tools', 'newsrail');
  try {
    return execFileSync(bin, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (err) {
    if (typeof err.stdout === 'string') return err.stdout;
    throw err;
  }
}

// Collects uncaught page errors and console errors so a test can assert there were none.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}
