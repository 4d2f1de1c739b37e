import { expect, type Page, test } from '@playwright/test';
import { titleRow } from '../instance-detail-helpers';
import { type ConsoleServer, signInToNova, startConsoleServer } from './console-server';
import { deleteServer, listServers, novaCall, userToken, waitForStatus } from './nova-api';

// The create wizard against real Nova, under the OpenStack profile: Glance's images (the stand-in's one), Nova's
// flavors with local disks (there is no block storage here), Neutron's network by uuid.
let consoleServer: ConsoleServer;
test.beforeAll(async () => {
  consoleServer = await startConsoleServer();
  const { status } = await novaCall('POST', '/os-keypairs', { keypair: { name: 'nova-wizard-key' } }, userToken());
  expect([200, 409]).toContain(status);
});
test.afterAll(async () => {
  consoleServer?.stop();
  for (const server of await listServers('?name=^nova-wiz')) await deleteServer(server.id);
});

const NOVA = { timeout: 120_000 };
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

async function next(page: Page, step: string) {
  await page.getByRole('button', { name: `Next: ${step}` }).click();
  await expect(stepHeading(page, step)).toBeVisible();
}

async function fillToReview(page: Page, { name, flavor = 'm2.c1m2', count = 1 }: { name: string; flavor?: string; count?: number }) {
  await page.goto(`${consoleServer.url}/instances/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create instance' })).toBeVisible(NOVA);
  await page.getByRole('radio', { name: /^Ubuntu 22\.04/ }).click();
  await next(page, 'Flavor');
  await page.getByRole('radio', { name: flavor, exact: true }).check();
  await next(page, 'Storage');
  await next(page, 'Network');
  await page.getByRole('checkbox', { name: 'Default Network' }).check();
  await next(page, 'Security groups');
  await next(page, 'Key pair');
  await page.getByRole('radio', { name: /^nova-wizard-key/ }).click();
  await next(page, 'Details');
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  if (count !== 1) await page.getByRole('textbox', { name: /^Number of instances/ }).fill(String(count));
  await next(page, 'Review');
}

test('the wizard creates one instance that Nova builds to ACTIVE', async ({ page }) => {
  await signInToNova(page, consoleServer.url);
  await fillToReview(page, { name: 'nova-wiz-one' });
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nova-wiz-one' })).toBeVisible(NOVA);
  await expect(titleRow(page)).toContainText('Active', NOVA);
  const [server] = await listServers('?name=^nova-wiz-one$');
  expect(server?.flavor.id).toBe('f-small');
  await waitForStatus(server?.id ?? '', 'ACTIVE');
});

test('a count of 2: both are listed by their reservation id and reach ACTIVE', async ({ page }) => {
  await signInToNova(page, consoleServer.url);
  await fillToReview(page, { name: 'nova-wiz-two', count: 2 });
  await page.getByRole('button', { name: 'Create 2 instances' }).click();
  await expect(page).toHaveURL(/\/instances\?reservation_id=r-[0-9a-z]+$/, NOVA);
  // Upstream Nova numbers them with a hyphen (NHN without).
  const table = page.getByRole('table', { name: 'Instances' });
  for (const name of ['nova-wiz-two-1', 'nova-wiz-two-2']) await expect(table.getByRole('link', { name, exact: true })).toBeVisible(NOVA);
  const servers = await listServers('?name=^nova-wiz-two-');
  expect(servers.map((server) => server.name).sort()).toEqual(['nova-wiz-two-1', 'nova-wiz-two-2']);
  for (const server of servers) await waitForStatus(server.id, 'ACTIVE');
  await expect(table.getByText('Active', { exact: true })).toHaveCount(2, NOVA);
});

test("a create Nova refuses shows Nova's message beside the step it concerns, with every choice kept", async ({ page }) => {
  await signInToNova(page, consoleServer.url);
  // 32 vCPUs against Nova's default quota of 20 cores: a 403 from Nova itself, not from the console.
  await fillToReview(page, { name: 'nova-wiz-refused', flavor: 'm2.c32m64' });
  await page.getByRole('button', { name: 'Create instance' }).click();
  // Nova names every resource over its quota ("cores, ram"); the console points at the step that decides them.
  const refusal = page.getByRole('alert').filter({ hasText: 'The cloud refused to create the instance' });
  await expect(refusal).toContainText(/Quota exceeded for cores\b.*of 20\b/, NOVA);
  await expect(refusal).toContainText('This concerns the Flavor step.');
  await refusal.getByRole('button', { name: 'Go to Flavor' }).click();
  await expect(stepHeading(page, 'Flavor')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'm2.c32m64', exact: true })).toBeChecked();
  await expect(page.getByRole('complementary', { name: 'Summary' })).toContainText('nova-wiz-refused');
  expect(await listServers('?name=^nova-wiz-refused')).toEqual([]);
});
