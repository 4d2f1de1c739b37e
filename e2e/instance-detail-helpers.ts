import { expect, type Page } from '@playwright/test';
import { serverId } from './sim-api';
import { setSimConfig } from './sim-config';

/** Sets the simulated cloud's step time before the console starts (it reads this from sessionStorage). */
export async function useSimSpeed(page: Page, transitionMs: number): Promise<void> {
  await setSimConfig(page, { transitionMs, chaosRate: 0 }, 'merge');
}

/** Starts the console, finds a server by its exact name through the API, and opens its page. */
export async function openInstance(page: Page, name: string, tab?: string): Promise<string> {
  await page.goto('/instances');
  await expect(page.getByRole('banner')).toBeVisible();
  const id = await serverId(page, name);
  await page.goto(`/instances/${id}${tab ? `?tab=${tab}` : ''}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return id;
}

/** The page heading and the status badge beside it: the group the heading names. */
export const titleRow = (page: Page) => page.getByRole('group').filter({ has: page.getByRole('heading', { level: 1 }) });

/** Opens the actions menu (its button is named "Actions for <name>" in English) and picks an action. */
export async function chooseAction(page: Page, serverName: string, action: string, menuName = `Actions for ${serverName}`): Promise<void> {
  await page.getByRole('button', { name: menuName }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}
