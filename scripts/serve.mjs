#!/usr/bin/env node
// newsrail — dependency-free static server for the demo and the browser tests.
//
//   node scripts/serve.mjs [--port 8080] [--root <repo root>] [--host 127.0.0.1]
//
// URL map (everything else is 404):
//   /                 302 -> /demo/index.html
//   /newsrail/<path>  <root>/web/dist/<path>      (the built loader and wasm)
//   /console.html     302 -> /newsrail/console.html (query kept): the console loads its module
//                     and font relative to its page, so it is served from web/dist/ like them
//   /<path>           <root>/web/<path>           (a folder serves its index.html)
//
// Every response: Cache-Control: no-cache, X-Content-Type-Options: nosniff. Files carry a strong
// ETag (SHA-1 of the bytes sent) and answer If-None-Match with 304; text-like files and feed
// snapshots (.nrs, application/octet-stream) are gzipped when the client accepts it. Pages named
// "*-csp.html" are sent with a strict Content-Security-Policy, so they must not use inline scripts
// or style attributes.
// Each path segment is percent-decoded once. A path is refused (404) when decoding fails or a
// segment is empty ("//"), starts with a dot (dotfiles, ".."), holds a slash, backslash or NUL,
// or is "node_modules"; symlinks may not lead out of web/ (out of web/dist/ for /newsrail/).
//
// As a module: `const { server, url, close } = await startServer({ port: 0, root })`, where url
// is the origin without a trailing slash, e.g. "http://localhost:41234".

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_PAGE = '/demo/index.html';
const CONSOLE_PAGE = '/newsrail/console.html';

export const CSP_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'";

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.nrs': 'application/octet-stream',  // a feed snapshot (newsrail pack --format binary)
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|wasm|xml|manifest\+json)|image\/svg\+xml)/;
// Files gzipped whatever their type: a snapshot's FlatBuffers bytes shrink to about 40%.
const COMPRESSIBLE_FILE = /\.nrs$/;
const GZIP_MIN_BYTES = 1024;

/** Content type for a file name; application/octet-stream when unknown. */
export function contentType(fileName) {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request pathname (still percent-encoded) to a file below `root` (the repo root).
 * Returns { redirect } for "/" and "/console.html" (keepQuery: the query string goes along),
 * { file, base, wantsFolder } for a candidate file below the folder
 * `base` (the file may not exist), or null when the path is refused.
 * Never touches the file system.
 */
export function resolveRequestPath(pathname, root) {
  if (pathname === '/') return { redirect: DEMO_PAGE };
  if (pathname === '/console.html') return { redirect: CONSOLE_PAGE, keepQuery: true };
  const web = path.join(root, 'web');
  const dist = path.join(web, 'dist');

  let base = web;
  let rest = pathname;
  if (pathname.startsWith('/newsrail/')) {
    base = dist;
    rest = pathname.slice('/newsrail'.length);
  }

  const rawSegments = rest.split('/').slice(1);
  const segments = [];
  for (const [i, raw] of rawSegments.entries()) {
    let seg;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;  // malformed percent-encoding
    }
    if (seg === '') {
      if (i === rawSegments.length - 1) continue;  // trailing slash: a folder
      return null;  // "//" inside the path
    }
    if (seg.startsWith('.') || seg === 'node_modules' || /[\\/\0]/.test(seg)) return null;
    segments.push(seg);
  }
  const file = path.resolve(base, ...segments);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  const wantsFolder = rest.endsWith('/');
  return { file, base, wantsFolder };
}

// Bytes, ETag and gzipped bytes of a file, recomputed only when its mtime or size changes.
const fileCache = new Map();

async function loadFile(file, info) {
  const key = `${info.mtimeMs}:${info.size}`;
  const hit = fileCache.get(file);
  if (hit && hit.key === key) return hit;
  const body = await readFile(file);
  const hash = createHash('sha1').update(body).digest('base64url');
  const entry = { key, body, hash, gzip: undefined, mtime: info.mtime };
  fileCache.set(file, entry);
  return entry;
}

function acceptsGzip(header) {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

// If-None-Match uses the weak comparison (RFC 9110 13.1.2): "W/" prefixes are ignored.
function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === etag);
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

// Resolves folders to their index.html and refuses anything that is not a regular file or whose
// real path (after symlinks) leaves the real path of its base folder.
async function findFile(target) {
  let file = target.file;
  let info;
  try {
    info = await stat(file);
    if (info.isDirectory()) {
      if (!target.wantsFolder) return { folderRedirect: true };
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return null;
    const [real, realBase] = await Promise.all([realpath(file), realpath(target.base)]);
    if (!real.startsWith(realBase + path.sep)) return null;  // a symlink out of the served folder
  } catch {
    return null;
  }
  return { file, info };
}

async function handle(req, res, root) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  // The request target is taken as is: new URL() would read "//host/x" as a host.
  const [pathname, query = ''] = req.url.split(/\?(.*)/s);
  if (!pathname.startsWith('/')) {
    sendText(res, 400, 'Bad request\n');
    return;
  }
  const target = resolveRequestPath(pathname.replace(/#.*/s, ''), root);
  if (target === null) {
    sendText(res, 404, 'Not found\n');
    return;
  }
  if (target.redirect) {
    const location = target.keepQuery && query ? `${target.redirect}?${query}` : target.redirect;
    sendText(res, 302, `Found: ${location}\n`, { Location: location });
    return;
  }
  const found = await findFile(target);
  if (found === null) {
    sendText(res, 404, 'Not found\n');
    return;
  }
  if (found.folderRedirect) {
    sendText(res, 301, 'Moved\n', { Location: `${pathname}/${query ? `?${query}` : ''}` });
    return;
  }

  const entry = await loadFile(found.file, found.info);
  const type = contentType(found.file);
  const compressible = COMPRESSIBLE.test(type) || COMPRESSIBLE_FILE.test(found.file);
  const gzip = compressible && entry.body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding']);
  // A strong ETag names one representation, so the gzipped bytes get their own tag.
  const etag = gzip ? `"${entry.hash}-gz"` : `"${entry.hash}"`;
  const headers = {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ETag: etag,
    'Last-Modified': entry.mtime.toUTCString(),
  };
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (found.file.endsWith('-csp.html')) headers['Content-Security-Policy'] = CSP_POLICY;

  if (etagMatches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  let body = entry.body;
  if (gzip) {
    entry.gzip ??= gzipSync(entry.body);
    body = entry.gzip;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the server. `root` is the repository root (the folder holding web/); port 0 picks a
 * free port. Resolves to { server, url, port, close } once listening; rejects if listen fails.
 */
export async function startServer({ port = 8080, root = REPO_ROOT, host = '127.0.0.1' } = {}) {
  const absRoot = path.resolve(root);
  await stat(path.join(absRoot, 'web'));  // fails early, with the path, when root is wrong
  const server = createServer((req, res) => {
    handle(req, res, absRoot).catch((err) => {
      console.error(`[newsrail serve] ${req.method} ${req.url}: ${err.message}`);
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n');
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { server, url: `http://localhost:${actualPort}`, port: actualPort, close };
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    let [name, value] = argv[i].split(/=(.*)/s);
    const takeValue = () => {
      if (value === undefined) value = argv[++i];
      if (value === undefined) throw new Error(`${name} needs a value`);
      return value;
    };
    if (name === '--port') {
      const port = Number(takeValue());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port: ${value}`);
      opts.port = port;
    } else if (name === '--root') {
      opts.root = takeValue();
    } else if (name === '--host') {
      opts.host = takeValue();
    } else if (name === '--help' || name === '-h') {
      opts.help = true;
    } else {
      throw new Error(`unknown option: ${argv[i]}`);
    }
  }
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`serve.mjs: ${err.message}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: node scripts/serve.mjs [--port 8080] [--root <repo root>] [--host 127.0.0.1]');
    return;
  }
  let running;
  try {
    running = await startServer(opts);
  } catch (err) {
    console.error(`serve.mjs: ${err.message}`);
    process.exit(1);
  }
  console.log(`newsrail demo: ${running.url}${DEMO_PAGE}`);
  const stop = () => running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(await realpath(process.argv[1]).catch(() => process.argv[1])).href;
if (invokedDirectly) await main();
