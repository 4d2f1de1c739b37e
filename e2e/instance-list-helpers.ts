import { expect, type Page } from '@playwright/test';
import { setSimConfig } from './sim-config';

/** Opens the list with a quick simulated cloud (steps of 300 ms) once its rows are there. */
export async function openList(page: Page, path = '/instances', config: Record<string, unknown> = {}) {
  await setSimConfig(page, { transitionMs: 300, chaosRate: 0, ...config });
  await page.goto(path);
  // The simulated cloud starts and signs in first; several suites may share the machine.
  await expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 });
}

export const table = (page: Page) => page.getByRole('table', { name: /^(Instances|인스턴스)$/ });
export const row = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
/** The rows' names: the one link of each row opens its instance. */
export const rowNames = (page: Page) => table(page).getByRole('row').getByRole('link');
export const fleetRequest = (page: Page, test: (url: URL) => boolean) =>
  page.waitForRequest((request) => {
    const url = new URL(request.url());
    return url.pathname.endsWith('/servers/detail') && test(url);
  });
