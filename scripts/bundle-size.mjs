#!/usr/bin/env node
// Gzipped bytes of the JS and CSS the first page (/instances) needs, read from a Vite build's manifest.
// Usage: node scripts/bundle-size.mjs [outDir=dist] [--json]
//   (build first: `npx vite build --outDir /tmp/x`; vite.config.ts writes .vite/manifest.json)
//
// live: the entry chunk, everything it imports statically, the /instances route chunk and its static imports,
//       and the English locale namespaces that page reads (loaded before the first render).
// demo: live plus the simulated cloud (src/mocks/browser.ts, loaded by dynamic import only in demo mode) and the
//       demo-only shell parts; the simulated cloud is also reported on its own (`demo.sim`).
// total: every JS and CSS file of the build.
// Each file is gzipped on its own at level 9, as the production server (server/static-files.ts) sends it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Source modules whose chunks (and their static imports) the first page in live mode loads, besides the entry. */
export const LIVE_FIRST_PAGE = ['src/features/instances/instances-page.tsx'];
/** Loaded only in demo mode. */
export const DEMO_ONLY = ['src/mocks/browser.ts', 'src/app/demo-menu.tsx'];
/** The locale files the first page needs (when they are their own chunks; bundled ones are in the entry already). */
export const FIRST_PAGE_LOCALES = /^src\/i18n\/locales\/en\/(common|shell|instances|errors|session)\.json$/;

function sizeOf(dir, file, cache) {
  let size = cache.get(file);
  if (!size) {
    const body = readFileSync(join(dir, file));
    size = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    cache.set(file, size);
  }
  return size;
}

/** Chunk keys reachable from `keys` through static imports (dynamic imports are their own loads). */
function staticClosure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  for (const key of keys) visit(key);
  return seen;
}

function filesOf(manifest, keys) {
  const js = new Set();
  const css = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
  }
  return { js, css };
}

function measure(dir, files, cache) {
  const sum = (set) =>
    [...set].reduce(
      (acc, file) => {
        const { raw, gzip } = sizeOf(dir, file, cache);
        return { raw: acc.raw + raw, gzip: acc.gzip + gzip };
      },
      { raw: 0, gzip: 0 },
    );
  const chunks = [...files.js, ...files.css]
    .map((file) => ({ file, ...sizeOf(dir, file, cache) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { js: sum(files.js), css: sum(files.css), chunks };
}

/** Keys of `manifest` for the listed source modules; a module that is not a chunk of its own is in a parent's. */
function keysFor(manifest, sources) {
  return sources.filter((source) => manifest[source]);
}

export function bundleSize(outDir) {
  const dir = resolve(outDir);
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const missing = LIVE_FIRST_PAGE.filter((source) => !manifest[source]);
  if (entries.length === 0 || missing.length > 0) {
    throw new Error(`manifest has no entry or no chunk for ${missing.join(', ')}: is ${outDir} a build of this app?`);
  }
  const locales = Object.keys(manifest).filter((key) => FIRST_PAGE_LOCALES.test(key));
  const live = staticClosure(manifest, [...entries, ...LIVE_FIRST_PAGE, ...locales]);
  const demoOnly = staticClosure(manifest, keysFor(manifest, DEMO_ONLY));
  const demo = new Set([...live, ...demoOnly]);
  const sim = [...demoOnly].filter((key) => !live.has(key));
  const cache = new Map();
  const all = { js: new Set(), css: new Set() };
  for (const chunk of Object.values(manifest)) {
    if (chunk.file.endsWith('.js')) all.js.add(chunk.file);
    for (const file of chunk.css ?? []) all.css.add(file);
  }
  const withoutChunks = ({ js, css }) => ({ js, css });
  return {
    gzipLevel: 9,
    live: measure(dir, filesOf(manifest, live), cache),
    demo: { ...withoutChunks(measure(dir, filesOf(manifest, demo), cache)), sim: withoutChunks(measure(dir, filesOf(manifest, sim), cache)) },
    total: withoutChunks(measure(dir, all, cache)),
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function printTable(result) {
  const rows = [
    ['first page, live', result.live],
    ['first page, demo', result.demo],
    ['  of which the simulated cloud', result.demo.sim],
    ['whole build', result.total],
  ];
  console.log(`${'gzipped (level 9)'.padEnd(32)}${'JS'.padStart(10)}${'CSS'.padStart(10)}`);
  for (const [label, { js, css }] of rows) console.log(`${label.padEnd(32)}${kB(js.gzip).padStart(10)}${kB(css.gzip).padStart(10)}`);
  console.log('\nfirst page (live), by chunk:');
  for (const { file, gzip } of result.live.chunks) console.log(`${kB(gzip).padStart(10)}  ${file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const outDir = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
  const result = bundleSize(outDir);
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else printTable(result);
}
