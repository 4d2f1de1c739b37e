import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations, openConsole } from './a11y-helpers';
import { simApi } from './sim-api';

interface ApiServer {
  name: string;
  status: string;
  'OS-EXT-STS:task_state': string | null;
  'OS-EXT-AZ:availability_zone'?: string;
  flavor: { id?: string; original_name?: string };
}

// The seed's servers keep still meanwhile: a step takes an hour, so what the API says is what the overview shows.
const FROZEN = { transitionMs: 3_600_000 };
const TRANSITIONAL = ['BUILD', 'REBOOT', 'HARD_REBOOT', 'RESIZE', 'MIGRATING', 'REBUILD', 'PASSWORD', 'REVERT_RESIZE', 'VERIFY_RESIZE'];

/** The five groups, said again here from the statuses the API sends (not from the console's code). */
function groupOf(server: ApiServer): string {
  if (server.status === 'ERROR' || server.status === 'UNKNOWN') return 'In error';
  if (server['OS-EXT-STS:task_state'] || TRANSITIONAL.includes(server.status)) return 'Busy with a task';
  if (server.status === 'ACTIVE') return 'Running';
  if (['SHELVED', 'SHELVED_OFFLOADED', 'DELETED', 'SOFT_DELETED'].includes(server.status)) return 'Terminated or shelved';
  return 'Stopped';
}

async function seededFleet(page: Page) {
  const servers = ((await simApi(page, 'GET', '/servers/detail?limit=1000')).body as { servers: ApiServer[] }).servers;
  const flavors = ((await simApi(page, 'GET', '/flavors/detail')).body as { flavors: Array<{ id: string; name: string; vcpus: number }> }).flavors;
  const flavorOf = (server: ApiServer) => flavors.find((flavor) => flavor.id === server.flavor.id);
  const by = (key: (server: ApiServer) => string) => {
    const groups = new Map<string, string[]>();
    for (const server of servers) groups.set(key(server), [...(groups.get(key(server)) ?? []), server.name]);
    return groups;
  };
  return {
    servers,
    groups: by(groupOf),
    zones: by((server) => server['OS-EXT-AZ:availability_zone'] ?? ''),
    families: by((server) => (flavorOf(server)?.name ?? '').split('.')[0] ?? ''),
    vcpus: servers.reduce((sum, server) => sum + (flavorOf(server)?.vcpus ?? 0), 0),
  };
}

const chart = (page: Page, title: string) => page.getByRole('region', { name: title });
const countIn = (page: Page, title: string, label: string | RegExp) =>
  chart(page, title).getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) }).getByRole('cell');

/** The names the list shows, once it says how many match (a tall window: the virtual table builds every row). */
async function listedNames(page: Page, count: number, total: number): Promise<string[]> {
  await expect(page.getByText(`${count} of ${total} instances match the filter`)).toBeVisible();
  const names = page.getByRole('table', { name: 'Instances' }).locator('tbody a[data-id]');
  await expect(names).toHaveCount(count);
  return (await names.allTextContents()).sort();
}

test.use({ viewport: { width: 1280, height: 2200 } });

test('the console lands on the overview, whose numbers are the seeded fleet’s', async ({ page }) => {
  await openConsole(page, '/', 'Overview', FROZEN);
  await expect(page).toHaveURL(/\/overview$/);
  const fleet = await seededFleet(page);
  await expect(page.getByText(`${fleet.servers.length} instances`, { exact: true })).toBeVisible();

  for (const group of ['Running', 'Stopped', 'Busy with a task', 'In error', 'Terminated or shelved']) {
    await expect(countIn(page, 'By status', group)).toHaveText(String(fleet.groups.get(group)?.length ?? 0));
  }
  for (const [zone, names] of fleet.zones) {
    await expect(countIn(page, 'By availability zone', zone || 'Not placed yet')).toHaveText(String(names.length));
  }
  for (const [family, names] of fleet.families) {
    await expect(countIn(page, 'By flavor family', new RegExp(`^${family} ·`))).toHaveText(String(names.length));
  }
  const totals = page.getByRole('region', { name: 'Resources in use' });
  await expect(totals.getByText(String(fleet.vcpus), { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quota usage' }).getByText(`${fleet.servers.length} of`)).toBeVisible();
});

test('a number of the overview opens the list filtered to exactly those instances', async ({ page }) => {
  await openConsole(page, '/overview', 'Overview', FROZEN);
  const fleet = await seededFleet(page);

  await chart(page, 'By status').getByRole('link', { name: 'Stopped' }).click();
  await expect(page).toHaveURL(/\/instances\?group=stopped$/);
  await expect(page.getByRole('button', { name: 'Remove the filter Status: Stopped' })).toBeVisible();
  const stopped = fleet.groups.get('Stopped') ?? [];
  expect(await listedNames(page, stopped.length, fleet.servers.length)).toEqual([...stopped].sort());

  await page.goBack();
  await chart(page, 'By flavor family').getByRole('link', { name: /^m2 ·/ }).click();
  await expect(page).toHaveURL(/\/instances\?family=m2$/);
  const m2 = fleet.families.get('m2') ?? [];
  expect(await listedNames(page, m2.length, fleet.servers.length)).toEqual([...m2].sort());

  // The chart itself, with the mouse: the first zone's bar.
  await page.goBack();
  const [firstZone, inFirstZone] = [...fleet.zones].find(([zone]) => zone !== '') ?? ['', []];
  await chart(page, 'By availability zone').locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(new RegExp(`/instances\\?zone=${firstZone}$`));
  expect(await listedNames(page, inFirstZone.length, fleet.servers.length)).toEqual([...inFirstZone].sort());

  // Removing the overview's filter shows the whole fleet again.
  await page.getByRole('button', { name: `Remove the filter Zone: ${firstZone}` }).click();
  await expect(page).toHaveURL(/\/instances$/);
  await expect(page.getByText(`${fleet.servers.length} instances`, { exact: true })).toBeVisible();
});

test('the overview passes axe in light and dark', async ({ page }) => {
  await openConsole(page, '/overview', 'Overview', FROZEN);
  await expect(chart(page, 'By status').getByRole('link', { name: 'Running' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quota usage' }).getByText('Instances', { exact: true })).toBeVisible();
  await expectNoViolations(page, 'overview');
});
