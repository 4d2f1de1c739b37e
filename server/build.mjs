#!/usr/bin/env node
// Bundles the production server (server/main.ts) into one plain ES module that needs Node only, no
// node_modules: `node dist-server/main.js`. Usage: node server/build.mjs [--outDir dist-server]
import { resolve } from 'node:path';
import { build } from 'vite';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = at === -1 ? 'dist-server' : args[at + 1];
if (!outDir) throw new Error('--outDir needs a folder');
const root = resolve(import.meta.dirname, '..');

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: resolve(root, 'server/main.ts'),
    outDir: resolve(root, outDir),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'main.js' } },
  },
});
console.log(`Built the console server: ${outDir}/main.js`);
