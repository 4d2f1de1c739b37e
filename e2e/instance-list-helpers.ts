import { expect, type Page } from '@playwright/test';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';

export interface Answer {
  status: number;
  body: unknown;
}

/** Calls the simulated cloud from inside the page, as another client would (a change behind the console's back). */
export async function simApi(page: Page, method: string, path: string, body?: unknown): Promise<Answer> {
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

export async function serverId(page: Page, name: string): Promise<string> {
  const answer = await simApi(page, 'GET', `/servers?name=${encodeURIComponent(`^${name}$`)}`);
  const id = (answer.body as { servers: Array<{ id: string }> }).servers[0]?.id;
  if (!id) throw new Error(`No server named ${name}`);
  return id;
}

/** Opens the list with a quick simulated cloud (steps of 300 ms) once its rows are there. */
export async function openList(page: Page, path = '/instances', config: Record<string, unknown> = {}) {
  await page.addInitScript((value) => sessionStorage.setItem('instance-console.sim.config', value), JSON.stringify({ transitionMs: 300, chaosRate: 0, ...config }));
  await page.goto(path);
  // The simulated cloud starts and signs in first; several suites may share the machine.
  await expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 });
}

export const table = (page: Page) => page.getByRole('table', { name: /^(Instances|인스턴스)$/ });
export const row = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
export const rowNames = (page: Page) => table(page).getByRole('row').locator('td:nth-child(2) a');
export const fleetRequest = (page: Page, test: (url: URL) => boolean) =>
  page.waitForRequest((request) => {
    const url = new URL(request.url());
    return url.pathname.endsWith('/servers/detail') && test(url);
  });
