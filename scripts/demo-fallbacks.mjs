// Writes the fallback content of every <newsrail-*> element of the demo pages (web/demo/*.html)
// with `newsrail render`: what the widget shows a reader on their first view of that page, for
// readers without JavaScript and for crawlers. The query is the widget's: the element's window,
// section, trending, limit, title and article attributes, the page's language (the script's
// data-lang, else <html lang>), its article (the canonical link, else og:url) and title, the feed
// of its script tag's data-feed (under web/), and the feed's generated_at as now (the demo pages
// pin data-now="feed"). Each element's content is replaced; the pages are committed as this writes
// them, so running it again changes nothing unless the feed or the ranking did. scripts/build.sh
// runs it once the snapshots are packed.
//   node scripts/demo-fallbacks.mjs [CLI]      (default CLI: build/native/tools/newsrail)
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.argv[2] || join(root, 'build', 'native', 'tools', 'newsrail');
const demo = join(root, 'web', 'demo');

// The five references HTML escaping writes (the demo's titles use no others).
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);
const attributes = (text) => Object.fromEntries([...text.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], unescape(m[2] ?? '')]));
const first = (html, re) => { const m = html.match(re); return m ? unescape(m[1]) : ''; };

// The render arguments for one element of a page, as the loader builds its query.
export function renderArgs(page, kind, attrs) {
  const args = ['render', page.feed, '--module', kind];
  if (page.lang) args.push('--lang', page.lang);
  if (attrs.limit) args.push('--limit', attrs.limit);
  if (attrs.title) args.push('--title', attrs.title);
  if (kind === 'ticker') return args;
  args.push('--article', attrs.article || page.article);
  if (!attrs.article && page.title) args.push('--context', page.title);
  if (kind === 'most-read') {
    if (attrs.window) args.push('--window', attrs.window);
    if (attrs.section) args.push('--section', attrs.section);
    if ('trending' in attrs && attrs.trending !== 'false') args.push('--trending');
  }
  return args;
}

// The page's text with each element's content rendered; the number of elements.
export function renderPage(html) {
  const feedPath = first(html, /<script[^>]*\sdata-feed="([^"]+)"/);
  if (!feedPath.startsWith('/')) throw new Error(`no data-feed path on the page's script tag: "${feedPath}"`);
  const page = {
    feed: join(root, 'web', feedPath),
    // The loader's order: its script's data-lang, else the page's lang, else the feed's (render's).
    lang: first(html, /<script[^>]*\sdata-lang="([^"]+)"/) || first(html, /<html[^>]*\slang="([^"]+)"/),
    title: first(html, /<title>([^<]*)<\/title>/).trim(),
    article: first(html, /<link rel="canonical" href="([^"]+)"/) || first(html, /<meta property="og:url" content="([^"]+)"/),
  };
  let count = 0;
  const out = html.replace(/^([ \t]*)(<newsrail-(ticker|most-read|read-next)\b([^>]*)>)[\s\S]*?(<\/newsrail-\3>)/gm,
    (_, indent, open, kind, attrs, close) => {
      count += 1;
      // The service's notes (stderr) are shown only when render fails.
      const fragment = execFileSync(cli, renderArgs(page, kind, attributes(attrs)), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (!fragment) return `${indent}${open}${close}`;
      const body = fragment.trimEnd().split('\n').map((line) => `${indent}  ${line}`).join('\n');
      return `${indent}${open}\n${body}\n${indent}${close}`;
    });
  return { html: out, count };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of readdirSync(demo).filter((f) => f.endsWith('.html')).sort()) {
    const path = join(demo, name);
    const before = readFileSync(path, 'utf8');
    const { html, count } = renderPage(before);
    if (html !== before) writeFileSync(path, html);
    console.log(`web/demo/${name}: ${count} fallback(s) rendered${html === before ? ', unchanged' : ''}`);
  }
}
