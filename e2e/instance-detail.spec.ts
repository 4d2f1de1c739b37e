import { expect, test } from '@playwright/test';
import { expectNoViolationsNow } from './a11y-helpers';
import { chooseAction, openInstance, titleRow, useSimSpeed } from './instance-detail-helpers';
import { ALL_LOOKS } from './pages-helpers';
import { simApi } from './sim-api';

test.beforeEach(async ({ page }) => useSimSpeed(page, 1500));

test('the overview shows every field of Get Instance, and the tab follows the URL', async ({ page }) => {
  const id = await openInstance(page, 'public-web');
  await expect(titleRow(page)).toContainText('Active');
  for (const label of ['Power state', 'Task', 'Flavor', 'Image', 'Key pair', 'Availability zone', 'Created', 'Updated', 'Launched', 'Host ID', 'Tenant', 'User']) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByText('Running (1)')).toBeVisible();
  await expect(page.getByText('2 vCPU · 4 GB RAM · root disk on block storage')).toBeVisible();
  await expect(page.getByRole('link', { name: 'demo-key' })).toHaveAttribute('href', '/key-pairs');

  await page.getByRole('tab', { name: 'Network' }).click();
  await expect(page).toHaveURL(new RegExp(`/instances/${id}\\?tab=network$`));
  const addresses = page.getByRole('table', { name: 'Addresses of every port, by network' });
  await expect(addresses).toContainText('133.186.151.32');
  await expect(addresses).toContainText('Floating');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Network', selected: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Metadata' }).click();
  await expect(page.getByRole('table', { name: /metadata items/ })).toContainText('login_username');
  // Tabs replace the history entry: Back leaves the instance instead of stepping through its tabs.
  await page.goBack();
  await expect(page).toHaveURL(/\/instances$/);
});

test('the fault of an ERROR instance is shown', async ({ page }) => {
  await openInstance(page, 'error');
  const fault = page.getByRole('alert').filter({ hasText: 'Fault recorded by the API' });
  await expect(fault).toContainText('Connection to the hypervisor is broken on host');
});

test('the Connect tab gives the ssh command, or RDP for Windows', async ({ page }) => {
  await openInstance(page, 'public-web', 'connect');
  await expect(page.getByText('ssh -i demo-key.pem ubuntu@133.186.151.32')).toBeVisible();
  await expect(page.getByText('chmod 400 demo-key.pem')).toBeVisible();

  await openInstance(page, 'win-active', 'connect');
  await expect(page.getByRole('heading', { name: 'Connect with Remote Desktop (RDP)' })).toBeVisible();
  await expect(page.getByText('Administrator', { exact: true })).toBeVisible();
  await expect(page.getByText(/decrypt it with the private key in the NHN Cloud console/)).toBeVisible();
});

test('a deleted instance says it no longer exists', async ({ page }) => {
  const id = await openInstance(page, 'paused');
  expect((await simApi(page, 'DELETE', `/servers/${id}`)).status).toBe(204);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('heading', { name: 'This instance no longer exists' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Back to the instance list' }).click();
  await expect(page).toHaveURL(/\/instances$/);
});

test('the detail page reads in Korean', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('instance-console.language', 'ko'));
  await openInstance(page, 'shutoff');
  await expect(page.getByRole('tab', { name: '개요' })).toBeVisible();
  await expect(page.getByText('꺼짐(4)')).toBeVisible();
  await page.getByRole('button', { name: 'shutoff 작업' }).click();
  await expect(page.getByRole('menuitem', { name: '중지', exact: true })).toHaveAccessibleDescription(
    '중지 작업은 ACTIVE 또는 ERROR 상태에서만 할 수 있습니다. 이 인스턴스는 SHUTOFF 상태입니다.',
  );
});

const DIALOGS: Array<[action: string, title: string]> = [
  ['Stop', 'Stop active?'],
  ['Hard reboot', 'Hard reboot active?'],
  ['Terminate (shelve)', 'Terminate active?'],
  ['Change flavor', 'Change the flavor of active'],
  ['Rename', 'Rename active'],
  ['Add security group', 'Add a security group to active'],
  ['Remove security group', 'Remove a security group from active'],
  ['Attach block storage', 'Attach block storage to active'],
  ['Detach block storage', 'Detach block storage from active'],
  ['Delete', 'Delete active?'],
];

// e2e/a11y.spec.ts scans every tab and dialog of this page in light and dark; these scans add the pictures, on demand.
for (const colorScheme of ALL_LOOKS ? (['light', 'dark'] as const) : []) {
  test.describe(`axe WCAG 2 A/AA in ${colorScheme} mode`, () => {
    test.beforeEach(async ({ page }) => page.emulateMedia({ colorScheme }));

    test('every tab of the detail page and the actions menu', async ({ page }) => {
      test.setTimeout(120_000);
      await openInstance(page, 'active');
      for (const tab of ['Overview', 'Network', 'Block storage', 'Security groups', 'Metadata', 'Connect', 'Action log']) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
        await expectNoViolationsNow(page, `tab ${tab}`);
      }
      await page.getByRole('button', { name: 'Actions for active' }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoViolationsNow(page, 'actions menu');

      await openInstance(page, 'error');
      await expect(page.getByText('Fault recorded by the API')).toBeVisible();
      await expectNoViolationsNow(page, 'an ERROR instance with its fault');
      await page.goto('/instances/00000000-0000-4000-8000-000000000000');
      await expect(page.getByRole('heading', { name: 'This instance no longer exists' })).toBeVisible();
      await expectNoViolationsNow(page, 'a deleted instance');
    });

    for (const group of [DIALOGS.slice(0, 5), DIALOGS.slice(5)]) {
      test(`the dialogs ${group.map(([action]) => action).join(', ')}`, async ({ page }) => {
        test.setTimeout(120_000);
        await openInstance(page, 'active');
        for (const [action, title] of group) {
          await chooseAction(page, 'active', action);
          const dialog = page.getByRole('dialog', { name: title });
          await expect(dialog).toBeVisible();
          await expect(dialog.getByRole('status')).toHaveCount(0);
          await expectNoViolationsNow(page, `dialog ${title}`);
          await dialog.getByRole('button', { name: 'Cancel' }).click();
          await expect(dialog).toBeHidden();
        }
      });
    }

    test('the create image dialog and its result', async ({ page }) => {
      await openInstance(page, 'u2-active');
      await chooseAction(page, 'u2-active', 'Create image');
      const createImage = page.getByRole('dialog', { name: 'Create an image of u2-active' });
      await expectNoViolationsNow(page, 'create image form');
      await createImage.getByRole('button', { name: 'Create image' }).click();
      await expect(createImage.getByText('Image requested')).toBeVisible();
      await expectNoViolationsNow(page, 'create image result');
    });
  });
}
