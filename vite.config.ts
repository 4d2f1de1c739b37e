/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { consoleApiPlugin } from './server/vite-plugin.js';

const NODE_TESTS = [
  'src/api/**/*.test.ts',
  'src/domain/**/*.test.ts',
  'src/mocks/**/*.test.ts',
  'server/**/*.test.ts',
  'scripts/**/*.test.ts',
  'src/features/create-instance/steps/request-preview.test.ts',
  'src/lib/shell-quote.test.ts',
  'src/lib/hidden-characters.test.ts',
];
// Files that need their own module graph: vi.mock (with shared modules the real one may already be loaded).
const ISOLATED_TESTS = ['src/app/session-gate.test.tsx'];

export default defineConfig({
  // /proxy/ and /config.json, the same implementation as the production server (server/).
  plugins: [react(), consoleApiPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    sourcemap: 'hidden',
    // The manifest lets the benchmark tell which chunks the first page loads.
    manifest: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry loads statically, in one file. Left to itself the bundler cuts it into a few dozen
          // small shared chunks (each also used by some lazy page), and a browser on HTTP/1.1 fetches those six at a
          // time, a round trip each: the first page waited for the round trips, not for the bytes.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    testTimeout: 15_000,
    // Files share their worker's modules and jsdom (several times faster on two cores); the setup files leave
    // the stores and the page fresh after each file.
    isolate: false,
    // Plain TypeScript runs in Node (fast); components and anything touching the DOM in jsdom.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_TESTS },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup-dom.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [...NODE_TESTS, ...ISOLATED_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-isolated',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup-dom.ts'],
          include: ISOLATED_TESTS,
          isolate: true,
        },
      },
    ],
  },
});
