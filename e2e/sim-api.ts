import type { Page } from '@playwright/test';

/** The demo account of the simulated cloud (src/mocks/README.md). */
export const DEMO_TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/**
 * Calls the simulated cloud from inside the page (its service worker answers), as another client would: this is
 * how a test changes a server behind the console's back. `path` is under the compute endpoint, or starts with
 * `/network` or `/image`.
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
    { method, path, body, tenant: DEMO_TENANT },
  );
}

/** The id of the server with exactly this name, through the API. */
export async function serverId(page: Page, name: string): Promise<string> {
  const answer = await simApi(page, 'GET', `/servers?name=${encodeURIComponent(`^${name}$`)}`);
  const id = (answer.body as { servers: Array<{ id: string }> }).servers[0]?.id;
  if (!id) throw new Error(`No server named ${name}`);
  return id;
}
