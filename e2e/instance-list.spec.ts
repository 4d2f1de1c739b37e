import { expect, test } from '@playwright/test';
import { fleetRequest, openList, row, rowNames, table } from './instance-list-helpers';
import { LANGUAGES, lookAt, OVERLAY } from './pages-helpers';
import { serverId, simApi } from './sim-api';

// The table renders only the rows in view (plus a margin): tall enough for the whole seed of 23 servers.
test.use({ viewport: { width: 1440, height: 1000 } });
// Each test starts the simulated cloud and watches transitions; several suites may share the machine.
test.describe.configure({ timeout: 120_000 });

test('the list shows every seeded status with its badge, the running task and the description on hover', async ({ page }) => {
  await openList(page);
  const expected: Array<[string, string]> = [
    ['active', 'Active'],
    ['shutoff', 'Stopped'],
    ['error', 'Error'],
    ['reboot', 'Rebooting'],
    ['hard-reboot', 'Hard rebooting'],
    ['resize', 'Resizing'],
    ['verify-resize', 'Verifying resize'],
    ['revert-resize', 'Reverting resize'],
    ['migrating', 'Migrating'],
    ['password', 'Resetting password'],
    ['rebuild', 'Rebuilding'],
    ['paused', 'Paused'],
    ['suspended', 'Suspended'],
    ['rescue', 'Rescue'],
    ['shelved-offloaded', 'Terminated'],
    ['unknown', 'Unknown'],
  ];
  for (const [name, label] of expected) await expect(row(page, name).getByText(label, { exact: true })).toBeVisible();
  await expect(row(page, 'reboot')).toContainText('rebooting');
  await expect(page.getByText('23 instances')).toBeVisible();
  await expect(row(page, 'deleted')).toHaveCount(0);

  await row(page, 'shutoff').getByText('Stopped', { exact: true }).hover();
  await expect(page.getByRole('tooltip')).toHaveText('SHUTOFF: Instance is stopped');
  // Floating IPs are marked in words too, and the OS names Windows.
  await expect(row(page, 'public-web')).toContainText(/133\.186\.151\.32\s*\(Floating IP\)/);
  await expect(row(page, 'win-active')).toContainText('Windows 2019 STD');
  await expect(row(page, 'private-db')).toContainText('r2.c2m8');
});

test('API filters go to the URL and to Nova; an invalid regex is flagged and never sent', async ({ page }) => {
  await openList(page);
  const statusRequest = fleetRequest(page, (url) => url.searchParams.get('status') === 'SHUTOFF');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Stopped (SHUTOFF)' }).click();
  await statusRequest;
  await expect(page).toHaveURL(/[?&]status=SHUTOFF/);
  await expect(rowNames(page)).toHaveText(['shutoff']);

  await page.getByRole('button', { name: 'More filters' }).click();
  const name = page.getByRole('textbox', { name: 'Name (regex)' });
  const namesSent: string[] = [];
  page.on('request', (request) => {
    const sent = request.url().includes('/servers/detail') ? new URL(request.url()).searchParams.get('name') : null;
    if (sent !== null) namesSent.push(sent);
  });
  await name.fill('shut(');
  await expect(page.getByText(/Not a valid regular expression, so it is not applied/)).toBeVisible();
  await name.press('Enter');

  const nameRequest = fleetRequest(page, (url) => url.searchParams.get('name') === '^shut' && url.searchParams.get('status') === 'SHUTOFF');
  await name.fill('^shut');
  await name.press('Enter');
  await nameRequest;
  await expect(page).toHaveURL(/[?&]name=%5Eshut/);
  // Settled on the valid filter's answer: the invalid one, typed and entered before it, never left the page.
  expect(namesSent).toEqual(['^shut']);
  await page.keyboard.press('Escape');
  await expect(rowNames(page)).toHaveText(['shutoff']);

  await page.getByRole('button', { name: 'More filters' }).click();
  await name.fill('^nothing-like-this$');
  await name.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByText('No instance matches')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/instances$/);
  await expect(page.getByText('23 instances')).toBeVisible();
});

test('a flavor and a changes-since preset filter through the API and survive a reload', async ({ page }) => {
  await openList(page);
  await page.getByRole('combobox', { name: 'Flavor' }).click();
  await page.getByRole('option', { name: 'r2.c2m8' }).click();
  await expect(rowNames(page)).toHaveText(['private-db']);
  await expect(page).toHaveURL(/[?&]flavor=/);

  await page.getByRole('button', { name: /^Changed since/ }).click();
  const sinceRequest = fleetRequest(page, (url) => url.searchParams.has('changes-since') && url.searchParams.has('flavor'));
  await page.getByRole('button', { name: 'Last 7 days' }).click();
  const since = new URL((await sinceRequest).url()).searchParams.get('changes-since') ?? '';
  expect(since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  await expect(page).toHaveURL(new RegExp(`changes-since=${encodeURIComponent(since).replace(/%3A/g, '(%3A|:)')}`));
  await page.reload();
  await expect(page.getByRole('button', { name: /^Changed since Since/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Flavor' })).toHaveValue('r2.c2m8');
});

test('the instant search looks in names, IDs and IPs, and keeps the query in the URL', async ({ page }) => {
  await openList(page);
  const search = page.getByRole('textbox', { name: 'Search' });
  await search.fill('133.186.151');
  await expect(rowNames(page)).toHaveText(['public-web']);
  await search.fill('192.168.1.11');
  await expect(rowNames(page)).toHaveText(['private-db']);
  const id = await serverId(page, 'u2-active');
  await search.fill(id.slice(0, 13).toUpperCase());
  await expect(rowNames(page)).toHaveText(['u2-active']);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${id.slice(0, 8).toUpperCase()}`));
  await expect(page.getByText('1 of 23 instances match the search')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(page.getByText('23 instances')).toBeVisible();
});

test('any column sorts both ways, marked with aria-sort, and the order is in the URL', async ({ page }) => {
  await openList(page);
  const nameHeader = table(page).getByRole('columnheader', { name: 'Name' });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rowNames(page).first()).toHaveText('active');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rowNames(page).first()).toHaveText('win-active');
  await expect(page).toHaveURL(/[?&]sort=-name/);

  const createdHeader = table(page).getByRole('columnheader', { name: 'Created' });
  await createdHeader.getByRole('button').click();
  await expect(createdHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(nameHeader).not.toHaveAttribute('aria-sort');
  await expect(rowNames(page).first()).toHaveText('build');
  await page.reload();
  await expect(table(page).getByRole('columnheader', { name: 'Created' })).toHaveAttribute('aria-sort', 'descending');
});

test('the column choice is remembered after a reload and on a fresh visit', async ({ page }) => {
  await openList(page);
  await page.getByRole('button', { name: 'Columns' }).click();
  // The choice goes through the URL, so the box changes a moment after the click.
  await page.getByRole('checkbox', { name: 'Key pair' }).click();
  await expect(page.getByRole('checkbox', { name: 'Key pair' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'ID' }).click();
  await expect(page.getByRole('checkbox', { name: 'ID' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(table(page).getByRole('columnheader', { name: 'Key pair' })).toHaveCount(0);
  await expect(table(page).getByRole('columnheader', { name: 'ID' })).toBeVisible();
  await page.reload();
  await expect(table(page).getByRole('columnheader', { name: 'ID' })).toBeVisible();
  await page.goto('/instances');
  await expect(table(page).getByRole('columnheader', { name: 'ID' })).toBeVisible();
  await expect(table(page).getByRole('columnheader', { name: 'Key pair' })).toHaveCount(0);
});

test('a server changed by another client changes live, and a deleted one drops out', async ({ page }) => {
  await openList(page);
  await expect(row(page, 'active').getByText('Active', { exact: true })).toBeVisible();
  expect((await simApi(page, 'POST', `/servers/${await serverId(page, 'active')}/action`, { 'os-stop': null })).status).toBe(202);
  await expect(row(page, 'active').getByText('Stopped', { exact: true })).toBeVisible();

  expect((await simApi(page, 'DELETE', `/servers/${await serverId(page, 'error')}`)).status).toBe(204);
  await expect(row(page, 'error')).toHaveCount(0);
  await expect(page.getByText('22 instances')).toBeVisible();
  await expect(page.getByText(/Updated (just now|\d+ seconds? ago)/)).toBeVisible();
});

test('the row menu runs an action, and the row says it was requested until the API shows it', async ({ page }) => {
  await openList(page);
  await row(page, 'shutoff').getByRole('button', { name: 'Actions for shutoff' }).click();
  await expect(page.getByRole('menuitem', { name: 'Stop' })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('menuitem', { name: 'Start', exact: true }).click();
  await expect(row(page, 'shutoff').getByText(/Start requested|powering on/)).toBeVisible();
  await expect(row(page, 'shutoff').getByText('Active', { exact: true })).toBeVisible();
});

test('bulk start over mixed statuses: preview, a result per server, and Retry failed', async ({ page }) => {
  await openList(page);
  await simApi(page, 'POST', `/servers/${await serverId(page, 'u2-active')}/action`, { 'os-stop': null });
  await expect(row(page, 'u2-active').getByText('Stopped', { exact: true })).toBeVisible();

  // The row checkboxes are drawn at Mantine's xs size (16 px), like the header's.
  const box = await page.getByRole('checkbox', { name: 'Select shutoff' }).boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(14);
  for (const name of ['shutoff', 'u2-active', 'active', 'reboot']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await expect(page.getByText('4 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Actions for selected' }).click();
  await page.getByRole('menuitem', { name: 'Start (2 of 4)' }).click();

  const dialog = page.getByRole('dialog', { name: 'Start: 4 selected' });
  await expect(dialog.getByText('Start 2 of 4.')).toBeVisible();
  await expect(dialog.getByText('1 skipped: Start needs SHUTOFF; this instance is ACTIVE.')).toBeVisible();
  await expect(dialog.getByText('1 skipped: Start needs SHUTOFF; this instance is REBOOT.')).toBeVisible();

  await page.evaluate(() => window.__instanceConsoleSim?.failNext({ kind: 'server-error', match: { method: 'POST', path: '/action' } }));
  await dialog.getByRole('button', { name: 'Start 2 instances' }).click();
  const results = page.getByRole('dialog', { name: 'Start: results' });
  await expect(results.getByText('1 accepted, 1 failed.')).toBeVisible();
  await expect(results.getByRole('row').filter({ hasText: 'Failed' })).toContainText('500');
  await results.getByRole('button', { name: 'Retry 1 failed' }).click();
  await expect(results.getByText('2 accepted, 0 failed.')).toBeVisible();
  await results.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByText('4 selected')).toHaveCount(0);
  await expect(row(page, 'shutoff').getByText('Active', { exact: true })).toBeVisible();
  await expect(row(page, 'u2-active').getByText('Active', { exact: true })).toBeVisible();
});

test("a multi-create's reservation_id link shows exactly those servers", async ({ page }) => {
  await openList(page);
  const flavors = (await simApi(page, 'GET', '/flavors')).body as { flavors: Array<{ id: string; name: string }> };
  const images = (await simApi(page, 'GET', '/image/v2/images?name=Ubuntu%20Server%2022.04%20LTS%20(2025.07.15)')).body as { images: Array<{ id: string }> };
  const subnets = (await simApi(page, 'GET', '/network/v2.0/vpcsubnets')).body as { vpcsubnets: Array<{ id: string; name: string }> };
  const created = await simApi(page, 'POST', '/servers', {
    server: {
      name: 'batch',
      imageRef: images.images[0]?.id,
      flavorRef: flavors.flavors.find((flavor) => flavor.name === 'u2.c2m4')?.id,
      networks: [{ subnet: subnets.vpcsubnets.find((subnet) => subnet.name === 'Default Network')?.id }],
      key_name: 'demo-key',
      min_count: 3,
      max_count: 3,
      return_reservation_id: true,
    },
  });
  expect(created.status).toBe(202);
  const reservation = (created.body as { reservation_id: string }).reservation_id;

  await page.goto(`/instances?reservation_id=${reservation}`);
  await expect(page.getByText(`Showing the instances created together by reservation ${reservation}.`)).toBeVisible();
  await expect(rowNames(page)).toHaveText(['batch3', 'batch2', 'batch1']);
  await expect(page.getByText('3 instances')).toBeVisible();
});

for (const language of LANGUAGES) {
  test.describe(`in ${language}, pictured in light and dark`, () => {
    const ko = language === 'ko';
    // Scans and pictures of a full page take a while; each test covers a part of the page.
    test.describe.configure({ timeout: 180_000 });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('instance-console.language', value), language);
      await page.emulateMedia({ colorScheme: 'light' });
      await openList(page);
    });

    test('the list, its filters and the column picker pass axe', async ({ page }) => {
      await lookAt(page, 'instances-list', 'list', language);

      await page.getByRole('button', { name: ko ? '열' : 'Columns' }).click();
      await expect(page.getByRole('checkbox', { name: ko ? '키 페어' : 'Key pair' })).toBeVisible();
      await lookAt(page, 'instances-list', 'columns', language, { within: OVERLAY });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: ko ? /^변경 시점/ : /^Changed since/ }).click();
      await expect(page.getByRole('button', { name: ko ? '최근 1시간' : 'Last hour' })).toBeVisible();
      await lookAt(page, 'instances-list', 'changes-since', language, { within: OVERLAY });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: ko ? '추가 필터' : 'More filters' }).click();
      await page.getByRole('textbox', { name: ko ? '이름 (정규 표현식)' : 'Name (regex)' }).fill('web(');
      await lookAt(page, 'instances-list', 'more-filters', language, { within: OVERLAY });
      await page.keyboard.press('Escape');

      await page.getByRole('textbox', { name: ko ? '검색' : 'Search' }).fill('no-such-server');
      await expect(page.getByText(ko ? '일치하는 인스턴스가 없습니다' : 'No instance matches')).toBeVisible();
      await lookAt(page, 'instances-list', 'no-match', language);
    });

    test('the bulk menu, preview, delete check and results pass axe', async ({ page }) => {
      for (const name of ['shutoff', 'active', 'reboot']) {
        await page.getByRole('checkbox', { name: ko ? `${name} 선택` : `Select ${name}`, exact: true }).check();
      }
      const bulkMenu = page.getByRole('button', { name: ko ? '선택 항목 작업' : 'Actions for selected' });
      await bulkMenu.click();
      await expect(page.getByRole('menuitem', { name: ko ? /^삭제/ : /^Delete/ })).toBeVisible();
      await lookAt(page, 'instances-list', 'bulk-menu', language);
      await page.getByRole('menuitem', { name: ko ? /^삭제/ : /^Delete/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await lookAt(page, 'instances-list', 'bulk-delete', language, { within: OVERLAY });
      await page.getByRole('button', { name: ko ? '취소' : 'Cancel' }).click();

      await bulkMenu.click();
      await page.getByRole('menuitem', { name: ko ? /^중지/ : /^Stop/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await lookAt(page, 'instances-list', 'bulk-preview', language, { within: OVERLAY });
      await page.evaluate(() => window.__instanceConsoleSim?.failNext({ kind: 'server-error', match: { method: 'POST', path: '/action' } }));
      await page.getByRole('dialog').getByRole('button', { name: ko ? /중지$/ : /^Stop/ }).click();
      await expect(page.getByRole('dialog').getByText(ko ? '0개 접수, 1개 실패.' : '0 accepted, 1 failed.')).toBeVisible();
      await lookAt(page, 'instances-list', 'bulk-results', language, { within: OVERLAY });
    });
  });
}
