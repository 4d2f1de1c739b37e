import type { Page } from '@playwright/test';

/** Where the demo's simulated cloud reads its settings as it starts (src/mocks/browser.ts). */
export const SIM_CONFIG_KEY = 'instance-console.sim.config';

/**
 * When a page load writes `config`: `every-load` (a reload starts from it again), `first-load` (only the tab's first
 * load: a reload keeps what the test changed since) or `merge` (every load, over what the tab holds).
 */
export type SimConfigWrite = 'every-load' | 'first-load' | 'merge';

/** Sets the simulated cloud's settings (step time, chaos, zones…) before the console starts in this page. */
export async function setSimConfig(page: Page, config: Record<string, unknown>, write: SimConfigWrite = 'every-load'): Promise<void> {
  await page.addInitScript(
    ({ key, config, write }) => {
      const held = sessionStorage.getItem(key);
      if (write === 'first-load' && held !== null) return;
      const base = write === 'merge' ? (JSON.parse(held ?? '{}') as Record<string, unknown>) : {};
      sessionStorage.setItem(key, JSON.stringify({ ...base, ...config }));
    },
    { key: SIM_CONFIG_KEY, config, write },
  );
}
