import { expect, type Page } from '@playwright/test';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/**
 * Calls the simulated cloud from inside the page (its service worker answers), as another client would: this is
 * how a test changes a server behind the console's back.
 */
export async function simApi(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body, tenant }) => {
      const auth = await fetch('/sim/identity/v2.0/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ auth: { tenantId: tenant, passwordCredentials: { username: 'demo@example.com', password: 'demo' } } }),
      });
      const token = ((await auth.json()) as { access: { token: { id: string } } }).access.token.id;
      const base = path.startsWith('/network') || path.startsWith('/image') ? '/sim' : `/sim/compute/v2/${tenant}`;
      const answer = await fetch(`${base}${path}`, {
        method,
        headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await answer.text();
      return { status: answer.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    { method, path, body, tenant: TENANT },
  );
}

/** Sets the simulated cloud's step time before the console starts (it reads this from sessionStorage). */
export async function useSimSpeed(page: Page, transitionMs: number): Promise<void> {
  await page.addInitScript((ms) => {
    const key = 'instance-console.sim.config';
    const current = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    sessionStorage.setItem(key, JSON.stringify({ ...current, transitionMs: ms, chaosRate: 0 }));
  }, transitionMs);
}

/** Starts the console, finds a server by its exact name through the API, and opens its page. */
export async function openInstance(page: Page, name: string, tab?: string): Promise<string> {
  await page.goto('/instances');
  await expect(page.getByRole('banner')).toBeVisible();
  const answer = await simApi(page, 'GET', `/servers?name=${encodeURIComponent(`^${name}$`)}`);
  const id = (answer.body as { servers: Array<{ id: string }> }).servers[0]?.id;
  if (!id) throw new Error(`No server named ${name}`);
  await page.goto(`/instances/${id}${tab ? `?tab=${tab}` : ''}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return id;
}

/** The page heading and the status badge beside it. */
export const titleRow = (page: Page) => page.getByRole('heading', { level: 1 }).locator('..');

/** Opens the actions menu (its button is named "Actions for <name>" in English) and picks an action. */
export async function chooseAction(page: Page, serverName: string, action: string, menuName = `Actions for ${serverName}`): Promise<void> {
  await page.getByRole('button', { name: menuName }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}
