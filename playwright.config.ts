import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (Playwright cannot download its own browser here); elsewhere Playwright's own.
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};
// The real-Nova suite runs only where `npm run check:nova` has brought Nova up and says where (scripts/check-nova.mjs).
const realNova = process.env.REAL_NOVA_COMPUTE
  ? [
      {
        name: 'nova',
        testMatch: 'real-nova/**/*.spec.ts',
        // One worker runs a file's tests in order: a file's clean-up (after all its tests) must not meet its own tests
        // running in the other worker.
        fullyParallel: false,
        timeout: 600_000,
        use: { ...chromium, actionTimeout: 120_000 },
      },
    ]
  : [];

export default defineConfig({
  testDir: './e2e',
  // Per port, so runs side by side do not delete each other's traces.
  outputDir: `test-results/${port}`,
  // Tests, not files, are shared out: the heavy files (a11y, the list) would otherwise hold one worker to the end.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  // A test waits for the state it needs as long as a busy machine honestly takes (two CPU-heavy jobs on two cores made
  // a page take over 10 s to show); a wrong state still fails, at the latest when these run out.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: process.env.PW_JSON_OUTPUT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]]
    : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
    // As a user who asks for less motion: no transitions to wait for, and the spinners of the seed's stuck tasks stand
    // still (spinning, they redraw the page 60 times a second, close to half a core each in software rendering).
    // e2e/a11y.spec.ts checks both preferences.
    reducedMotion: 'reduce',
  },
  projects: [
    { name: 'chromium', testIgnore: 'real-nova/**', use: chromium },
    ...realNova,
  ],
  webServer: {
    // The production server (`npm start`: security headers, compression, /proxy) serving the built app. Each port
    // builds into its own folders, so several runs (or engineers) can work side by side.
    // E2E_REUSE_BUILD=1 (npm test's real-Nova step, right after the e2e run built the same tree) skips the build.
    command: [
      ...(process.env.E2E_REUSE_BUILD === '1' && existsSync(`dist-e2e-${port}-server/main.js`)
        ? []
        : [`npx vite build --logLevel warn --outDir dist-e2e-${port}`, `node server/build.mjs --outDir dist-e2e-${port}-server`]),
      `PORT=${port} HOST=127.0.0.1 STATIC_DIR=dist-e2e-${port} LOG_REQUESTS=0 node dist-e2e-${port}-server/main.js`,
    ].join(' && '),
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
