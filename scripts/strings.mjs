// Copies the UI strings the loader needs (`rtl` and `labels` of shared/i18n/strings.json, their one
// definition; `newsrail render` embeds the same file) into web/src/newsrail.js, between the lines
// `// <strings>` and `// </strings>`, so the loader still runs as it is. scripts/build.sh runs it
// before minifying; `--check` only says whether the copy is current (exit 1 when not), which the
// render browser test asks.
//   node scripts/strings.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const loaderPath = join(root, 'web', 'src', 'newsrail.js');

// The loader's text with the strings block as shared/i18n/strings.json says it should be.
export function loaderWithStrings() {
  const { rtl, labels } = JSON.parse(readFileSync(join(root, 'shared', 'i18n', 'strings.json'), 'utf8'));
  const loader = readFileSync(loaderPath, 'utf8');
  const block = /^( *)\/\/ <strings>[^\n]*\n[\s\S]*?^ *\/\/ <\/strings>$/m;
  const found = loader.match(block);
  if (!found) throw new Error(`${loaderPath}: no "// <strings>" ... "// </strings>" block`);
  const pad = found[1];
  return loader.replace(block, () => `${pad}// <strings> generated from shared/i18n/strings.json by scripts/strings.mjs: edit that file\n` +
    `${pad}const STRINGS = ${JSON.stringify({ rtl, labels })};\n${pad}// </strings>`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const want = loaderWithStrings();
  const current = readFileSync(loaderPath, 'utf8') === want;
  if (process.argv.includes('--check')) {
    if (!current) console.error('web/src/newsrail.js: its strings differ from shared/i18n/strings.json (run node scripts/strings.mjs)');
    process.exit(current ? 0 : 1);
  }
  if (!current) writeFileSync(loaderPath, want);
}
