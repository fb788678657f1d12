#!/usr/bin/env node
// newsrail bench — what the WebAssembly core's bytes are made of.
//
//   node bench/browser/wasm-breakdown.mjs SHIPPED.wasm PROFILING.wasm [OUT.json]
//
// SHIPPED.wasm is web/dist/newsrail-core.wasm; PROFILING.wasm the same objects relinked with
// --profiling-funcs (bench/run-browser.sh does it), which keeps a "name" section. Reads the
// module's sections, sums the code bytes of every function by where its (demangled) name comes
// from, and prints a JSON summary (also written to OUT.json when given).
//
// Categories, first match wins: "nlohmann" (the name mentions nlohmann, including std containers
// of json values), "newsrail" (mentions newsrail, or is an nr_* export), "libc++" (std::, or
// __cxx / __cxa runtime), "libc + runtime" (everything else: malloc, memcpy, emscripten glue).
// Compressed shares are estimates: each category's function bodies concatenated and compressed
// alone (gzip -9 / brotli -q 11), so they do not add up exactly to the module's compressed size.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';

function leb(buf, at) {
  let result = 0, shift = 0, b;
  do {
    b = buf[at.pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return result;
}

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'datacount'];

export function readModule(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const at = { pos: 8 };
  const sections = [];
  let imports = 0;
  let bodies = [];
  const names = new Map();
  while (at.pos < buf.length) {
    const id = buf[at.pos++];
    const size = leb(buf, at);
    const start = at.pos;
    const end = start + size;
    let name = SECTION_NAMES[id] || `unknown-${id}`;
    if (id === 0) {
      const len = leb(buf, at);
      name = `custom:${buf.toString('utf8', at.pos, at.pos + len)}`;
      at.pos += len;
      if (name === 'custom:name') {
        while (at.pos < end) {
          const sub = buf[at.pos++];
          const subSize = leb(buf, at);
          const subEnd = at.pos + subSize;
          if (sub === 1) {
            const count = leb(buf, at);
            for (let i = 0; i < count; i++) {
              const index = leb(buf, at);
              const l = leb(buf, at);
              names.set(index, buf.toString('utf8', at.pos, at.pos + l));
              at.pos += l;
            }
          }
          at.pos = subEnd;
        }
      }
    } else if (id === 2) {
      const count = leb(buf, at);
      for (let i = 0; i < count; i++) {
        const moduleLen = leb(buf, at);  // (read first: `at.pos += leb()` would lose the LEB's bytes)
        at.pos += moduleLen;
        const fieldLen = leb(buf, at);
        at.pos += fieldLen;
        const kind = buf[at.pos++];
        if (kind === 0) { leb(buf, at); imports++; }
        else if (kind === 1) { at.pos++; const flags = leb(buf, at); leb(buf, at); if (flags & 1) leb(buf, at); }
        else if (kind === 2) { const flags = leb(buf, at); leb(buf, at); if (flags & 1) leb(buf, at); }
        else if (kind === 3) { at.pos += 2; }
      }
    } else if (id === 10) {
      const count = leb(buf, at);
      bodies = [];
      for (let i = 0; i < count; i++) {
        const bodySize = leb(buf, at);
        bodies.push({ start: at.pos, size: bodySize });
        at.pos += bodySize;
      }
    }
    sections.push({ id, name, size: end - start, start });
    at.pos = end;
  }
  return { sections, imports, bodies, names };
}

function demangleAll(names) {
  // c++filt reads one name a line; the name section of emcc holds mangled names (or plain C ones).
  const input = names.join('\n') + '\n';
  try {
    return execFileSync('c++filt', [], { input, maxBuffer: 1 << 28, encoding: 'utf8' }).split('\n');
  } catch {
    return names;
  }
}

export function categorise(name) {
  if (/nlohmann/.test(name)) return 'nlohmann';
  if (/^(void |bool |int |unsigned long |.*? )?newsrail::|^nr_/.test(name) && !/^(.*? )?std::/.test(name.split('(')[0])) return 'newsrail';
  if (/std::|__cxx|__cxa|__cxxabiv|__gnu_cxx|\boperator (new|delete)/.test(name))
    return /newsrail::/.test(name) ? 'libc++ for newsrail types' : 'libc++';
  return 'libc + runtime';
}

export function breakdown(shippedPath, profilingPath) {
  const shippedBuf = readFileSync(shippedPath);
  const shipped = readModule(shippedBuf);
  const dataSection = shipped.sections.find((x) => x.id === 11);
  const dataBytes = dataSection ? shippedBuf.subarray(dataSection.start, dataSection.start + dataSection.size) : Buffer.alloc(0);
  const profBuf = readFileSync(profilingPath);
  const prof = readModule(profBuf);
  const raw = prof.bodies.map((_, i) => prof.names.get(prof.imports + i) || `<unnamed ${i}>`);
  const demangled = demangleAll(raw);
  const cats = {};
  const parts = {};
  const fns = [];
  prof.bodies.forEach((b, i) => {
    const name = demangled[i] || raw[i];
    const cat = categorise(name);
    cats[cat] ??= { functions: 0, code_bytes: 0 };
    cats[cat].functions++;
    cats[cat].code_bytes += b.size;
    (parts[cat] ??= []).push(profBuf.subarray(b.start, b.start + b.size));
    fns.push({ name, cat, size: b.size });
  });
  for (const [cat, list] of Object.entries(parts)) {
    const all = Buffer.concat(list);
    cats[cat].gzip9_alone = gzipSync(all, { level: 9 }).length;
    cats[cat].brotli11_alone = brotliCompressSync(all, {
      params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: all.length },
    }).length;
  }
  // The largest functions of the newsrail namespace and overall, for the reader's curiosity.
  fns.sort((a, b) => b.size - a.size);
  // Within "newsrail", which source job (by the function's qualified name).
  const jobs = {};
  const job = (n) => {
    if (/^nr_/.test(n)) return 'C ABI (core_api.cpp)';
    const m = /newsrail::(?:\(anonymous namespace\)::)?(\w+)/.exec(n);
    return m ? m[1] : 'other';
  };
  for (const f of fns) if (f.cat === 'newsrail') {
    const j = job(f.name);
    jobs[j] = (jobs[j] || 0) + f.size;
  }
  const codeOf = (m) => m.sections.find((s) => s.id === 10)?.size || 0;
  return {
    shipped: {
      sections: shipped.sections.map(({ id, name, size }) => ({ id, name, size })), code_section_bytes: codeOf(shipped),
      functions: shipped.bodies.length, data_gzip9_alone: gzipSync(dataBytes, { level: 9 }).length,
    },
    profiling: { code_section_bytes: codeOf(prof), functions: prof.bodies.length },
    categories: cats,
    newsrail_by_symbol: Object.fromEntries(Object.entries(jobs).sort((a, b) => b[1] - a[1]).slice(0, 25)),
    largest_functions: fns.slice(0, 30).map((f) => ({ size: f.size, cat: f.cat, name: f.name.slice(0, 160) })),
  };
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop());
if (invokedDirectly && process.argv.length >= 4) {
  const result = breakdown(process.argv[2], process.argv[3]);
  const text = JSON.stringify(result, null, 2);
  if (process.argv[4]) writeFileSync(process.argv[4], text + '\n');
  console.log(text);
}
