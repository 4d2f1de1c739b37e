// Headless Chromium through Playwright: Debian's /usr/bin/chromium where it exists (Playwright cannot download its
// own browser here), Playwright's own elsewhere, as in playwright.config.ts.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const SEED_SERVERS = 23;
export const VIEWPORT = { width: 1440, height: 1000 };

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
}

export async function launchBrowser() {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    // performance.memory with real (unbucketed) figures; the rest as in playwright.config.ts.
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  });
  return { browser, version: browser.version(), executablePath: executablePath ?? 'playwright' };
}

/** `extraServers` that make a fleet of `size` servers with the seed. */
export function extraFor(size) {
  return Math.max(0, size - SEED_SERVERS);
}

/**
 * A fresh context (cold cache, empty storage) in demo mode: the simulated cloud in the page reads `simConfig`
 * before it starts. `scripts` run in every page before the app (probes).
 */
export async function demoContext(browser, baseURL, simConfig, scripts = []) {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT, locale: 'en-US', serviceWorkers: 'allow' });
  await context.addInitScript((value) => sessionStorage.setItem('instance-console.sim.config', value), JSON.stringify({ chaosRate: 0, ...simConfig }));
  for (const [script, arg] of scripts) await context.addInitScript(script, arg);
  return context;
}

/** A fresh context in live mode: the tab's session (taken from a real sign-in) is there before the app starts. */
export async function liveContext(browser, baseURL, storage, scripts = []) {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT, locale: 'en-US' });
  await context.addInitScript((entries) => {
    for (const [key, value] of entries) sessionStorage.setItem(key, value);
  }, storage);
  for (const [script, arg] of scripts) await context.addInitScript(script, arg);
  return context;
}
