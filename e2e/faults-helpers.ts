import { expect, type Locator, type Page } from '@playwright/test';
import { setSimConfig } from './sim-config';

/** The demo's simulated cloud at `chaosRate` (5xx, slow answers, dropped connections) with quick transitions. */
export async function useChaos(page: Page, chaosRate = 0.1, transitionMs = 200): Promise<void> {
  // Only on the first load of the tab: a reload must keep what the test changed since.
  await setSimConfig(page, { chaosRate, transitionMs }, 'first-load');
}

/** The shell is always there: chaos may fail a view, never blank the page. */
export async function expectShell(page: Page): Promise<void> {
  // The console's own header (a drawer has a banner of its own).
  await expect(page.getByRole('banner').filter({ has: page.getByRole('link', { name: 'Instance Console' }) })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/**
 * Waits for `target`, pressing every Retry the page offers on the way (a failed view always has one). Chaos may
 * fail a Retry too, so it is a loop, bounded by `timeout`.
 */
export async function untilVisible(page: Page, target: Locator, { press = ['Retry'], timeout = 60_000 } = {}): Promise<void> {
  await expect(async () => {
    await expectShell(page);
    for (const name of press) {
      for (const button of await page.getByRole('button', { name, exact: true }).all()) {
        if (await button.isVisible()) await button.click({ timeout: 2_000 }).catch(() => undefined);
      }
    }
    await expect(target).toBeVisible({ timeout: 4_000 });
  }).toPass({ timeout, intervals: [250, 500, 1_000] });
}

/** The demo cloud's servers with this name, from the state it keeps in this tab (no request, so no chaos). */
export async function serversNamed(page: Page, name: string): Promise<number> {
  return page.evaluate((wanted) => {
    const saved = JSON.parse(sessionStorage.getItem('instance-console.sim.state') ?? '{"servers":[]}') as { servers: Array<{ name: string; deleted?: unknown }> };
    return saved.servers.filter((server) => server.name === wanted && !server.deleted).length;
  }, name);
}

/** Forces a failure on the next matching request (`SimTestControls.failNext`), on top of random chaos. */
export async function failNext(
  page: Page,
  failure: { kind: 'server-error' | 'slow' | 'drop' | 'drop-after-apply'; status?: 500 | 502 | 503; method: string; path: string; times?: number },
) {
  await page.evaluate(({ kind, status, method, path, times }) => {
    const sim = window.__instanceConsoleSim;
    if (!sim) throw new Error('the demo cloud is not running');
    sim.failNext({ kind, status, times, match: { method, path: new RegExp(path) } });
  }, failure);
}
