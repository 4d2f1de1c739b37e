#!/usr/bin/env node
// Runs server/sim/main.ts (TypeScript, with src/mocks) through Vite's module runner: no build step and no
// extra dependency. A development tool only; the production server is bundled instead (server/build.mjs).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '../..');
await runnerImport(resolve(root, 'server/sim/main.ts'), { configFile: false, root, logLevel: 'error' });
