import { expect, test } from '@playwright/test';
import { expectNoViolations, expectNoViolationsNow } from './a11y-helpers';
import { fillToReview } from './create-instance-helpers';
import { chooseAction, titleRow } from './instance-detail-helpers';
import { type LiveServers, signIn, simControl, startLiveServers, storedToken, TENANT } from './live-helpers';

// One simulated cloud and one console server for the file; the tests share them in order.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1440, height: 1000 } });

let live: LiveServers;
test.beforeAll(async () => {
  live = await startLiveServers();
});
test.afterAll(() => live.stop());

const LONG = { timeout: 30_000 };

test('signs in through the proxy, then lists, creates, stops and deletes an instance', async ({ page }) => {
  // The production server's CSP allows no eval: nothing on these pages may even try (a browser reports the try).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/proxy/') || url.pathname.startsWith('/sim/')) calls.push(url.pathname);
  });

  await signIn(page, live.consoleUrl);
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instances' }).click();
  const simHost = new URL(live.simUrl).host;
  await expect(page.getByRole('button', { name: `Session: region KR1, tenant ${TENANT.slice(0, 8)}, expires in 12 hours, NHN Cloud` })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Demo', { exact: true })).toHaveCount(0);

  // List: the seed of the simulated cloud, reached only through the proxy (the demo never started).
  const table = page.getByRole('table', { name: 'Instances' });
  await expect(table.getByRole('link', { name: 'active', exact: true })).toBeVisible();
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.filter((path) => !path.startsWith(`/proxy/http/${simHost}/`))).toEqual([]);

  // Create through the wizard.
  await page.goto(`${live.consoleUrl}/instances/new`);
  await fillToReview(page, { name: 'live-e2e' });
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'live-e2e' })).toBeVisible(LONG);
  await expect(titleRow(page)).toContainText('Active', LONG);

  // Stop.
  await chooseAction(page, 'live-e2e', 'Stop');
  const stop = page.getByRole('dialog', { name: 'Stop live-e2e?' });
  await stop.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(titleRow(page)).toContainText('Stopped', LONG);

  // Delete.
  await chooseAction(page, 'live-e2e', 'Delete');
  const remove = page.getByRole('dialog', { name: 'Delete live-e2e?' });
  await remove.getByRole('textbox', { name: 'Type live-e2e to confirm' }).fill('live-e2e');
  await remove.getByRole('button', { name: 'Delete instance' }).click();
  await expect(page.getByRole('heading', { name: 'This instance no longer exists' })).toBeVisible(LONG);
  await page.goto(`${live.consoleUrl}/instances`);
  await expect(table.getByRole('link', { name: 'active', exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: 'live-e2e', exact: true })).toHaveCount(0);
  expect(calls.filter((path) => !path.startsWith(`/proxy/http/${simHost}/`))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('a 401 in the middle of a session opens the sign-in dialog, keeps the page and repeats the request', async ({ page }) => {
  await signIn(page, live.consoleUrl, '?next=%2Finstances%3Fstatus%3DSHUTOFF');
  await expect(page).toHaveURL(/\/instances\?status=SHUTOFF$/);
  const table = page.getByRole('table', { name: 'Instances' });
  await expect(table.getByRole('link', { name: 'shutoff', exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: 'active', exact: true })).toHaveCount(0);

  const answers: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('/servers/detail')) answers.push(response.status());
  });
  const oldToken = await storedToken(page);
  await simControl(live.simUrl, 'tokens/revoke', { token: oldToken });
  await page.getByRole('button', { name: 'Refresh' }).click();

  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(dialog).toContainText('the cloud no longer accepts its token');
  await expect(dialog).toContainText(`Region KR1 · Tenant ${TENANT}`);
  await expect(dialog.getByRole('textbox', { name: /User/ })).toHaveValue('demo@example.com');
  // Only the dialog: the page underneath belongs to other specs' scans.
  await expectNoViolationsNow(page, 'sign-in dialog', '[role="dialog"]');
  await dialog.getByLabel(/API password/).fill('demo');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Same page, same filter; the refused request went out again with the new token.
  await expect(page).toHaveURL(/\/instances\?status=SHUTOFF$/);
  await expect(table.getByRole('link', { name: 'shutoff', exact: true })).toBeVisible();
  await expect.poll(() => answers.slice(answers.indexOf(401))).toEqual([401, 200]);
  expect(await storedToken(page)).not.toBe(oldToken);
});

test('sign-out forgets the session and leaves nothing in storage', async ({ page }) => {
  await signIn(page, live.consoleUrl);
  await expect(page).toHaveURL(/\/overview$/);
  const token = await storedToken(page);
  expect(token).not.toBe('');

  await page.getByRole('button', { name: /^Session: region KR1/ }).click();
  const panel = page.getByRole('dialog', { name: 'Signed in' });
  await expect(panel).toContainText(TENANT);
  await expectNoViolationsNow(page, 'header', 'header');
  await expectNoViolationsNow(page, 'session panel', '[role="dialog"]');
  await panel.getByRole('button', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to NHN Cloud' })).toBeVisible();
  const storage = await page.evaluate(() => ({
    session: Object.keys(sessionStorage),
    local: Object.entries(localStorage).map(([key, value]) => `${key}=${value}`),
  }));
  expect(storage.session).toEqual([]);
  for (const entry of storage.local) {
    expect(entry).not.toContain(token);
    expect(entry).not.toContain(TENANT);
  }
  expect(await page.context().cookies()).toEqual([]);

  // A fresh visit without a live session starts the demo, from the same build.
  await page.goto(`${live.consoleUrl}/instances`);
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Demo', { exact: true })).toBeVisible();
});

test('the sign-in page explains errors and passes axe in light and dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${live.consoleUrl}/sign-in`);
  await page.getByRole('textbox', { name: /Tenant ID/ }).fill(TENANT);
  await page.getByRole('textbox', { name: /^User/ }).fill('demo@example.com');
  await page.getByLabel(/API password/).fill('wrong');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The identity service refused the sign-in');
  await expect(alert).toContainText('Invalid user / password');
  await page.getByRole('button', { name: 'Where do I find these?' }).click();
  await expectNoViolations(page, 'a refused password sign-in with the help open');

  for (const method of ['Existing token', 'OpenStack (Keystone v3)']) {
    await page.getByRole('tab', { name: method }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByText(/^Enter the (token|identity URL)\.$/)).toBeVisible();
    await expectNoViolations(page, `${method}: a missing field`);
  }
});

test('the production server sends its security headers and refuses other upstreams', async ({ request }) => {
  const page = await request.get(`${live.consoleUrl}/sign-in`);
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('no-referrer');
  const refused = await request.get(`${live.consoleUrl}/proxy/https/example.com/`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()) as unknown).toMatchObject({ error: { message: 'https://example.com is not an allowed upstream (PROXY_ALLOWED_HOSTS).' } });
});
