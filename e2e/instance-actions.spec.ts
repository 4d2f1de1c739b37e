import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './a11y-helpers';
import { chooseAction, openInstance, titleRow, useSimSpeed } from './instance-detail-helpers';
import { simApi } from './sim-api';
import { setSimConfig } from './sim-config';

// Steps long enough to watch each transition on screen (the page polls every 2 s while a server changes).
test.beforeEach(async ({ page }) => useSimSpeed(page, 1500));

const LONG = { timeout: 30_000 };

async function confirmIn(page: Page, dialogName: string, button: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a new server goes from BUILD to ACTIVE on screen', async ({ page }) => {
  await page.goto('/instances');
  await expect(page.getByRole('banner')).toBeVisible();
  const flavors = (await simApi(page, 'GET', '/flavors')).body as { flavors: Array<{ id: string; name: string }> };
  const images = (await simApi(page, 'GET', '/image/v2/images?limit=100')).body as { images: Array<{ id: string; name: string }> };
  const subnets = (await simApi(page, 'GET', '/network/v2.0/vpcsubnets')).body as { vpcsubnets: Array<{ id: string; name: string }> };
  const image = images.images.find((candidate) => candidate.name.startsWith('Ubuntu Server 22.04 LTS ('));
  const created = await simApi(page, 'POST', '/servers', {
    server: {
      name: 'e2e-build',
      flavorRef: flavors.flavors.find((flavor) => flavor.name === 'm2.c1m2')?.id,
      imageRef: image?.id,
      key_name: 'demo-key',
      networks: [{ subnet: subnets.vpcsubnets.find((subnet) => subnet.name === 'Default Network')?.id }],
      block_device_mapping_v2: [
        { boot_index: 0, uuid: image?.id, source_type: 'image', destination_type: 'volume', volume_size: 20, delete_on_termination: true },
      ],
    },
  });
  expect(created.status).toBe(202);
  const id = (created.body as { server: { id: string } }).server.id;
  await page.goto(`/instances/${id}`);
  await expect(titleRow(page)).toContainText('Building');
  await expect(titleRow(page)).toContainText(/scheduling|networking|preparing block storage|spawning/);
  await expect(titleRow(page)).toContainText('Active', LONG);
  await page.getByRole('tab', { name: 'Network' }).click();
  await expect(page.getByRole('table', { name: 'Addresses of every port, by network' })).toContainText('Fixed');
});

test('stop, then start', async ({ page }) => {
  await openInstance(page, 'active');
  await chooseAction(page, 'active', 'Stop');
  await confirmIn(page, 'Stop active?', 'Stop');
  await expect(titleRow(page)).toContainText(/Stop requested|powering off/);
  await expect(titleRow(page)).toContainText('Stopped', LONG);
  await expect(page.getByRole('status').filter({ hasText: 'active is now Stopped (SHUTOFF).' })).toBeVisible();

  await chooseAction(page, 'active', 'Start');
  await expect(titleRow(page)).toContainText(/Start requested|powering on/);
  await expect(titleRow(page)).toContainText('Active', LONG);
});

test('soft and hard reboot', async ({ page }) => {
  await openInstance(page, 'active');
  await chooseAction(page, 'active', 'Reboot');
  await expect(titleRow(page)).toContainText(/Reboot requested|Rebooting/);
  await expect(page.getByText('Reboot finished')).toBeVisible(LONG);
  await expect(titleRow(page)).toContainText('Active');

  await chooseAction(page, 'active', 'Hard reboot');
  await confirmIn(page, 'Hard reboot active?', 'Hard reboot');
  await expect(titleRow(page)).toContainText(/Hard reboot requested|Hard rebooting/);
  await expect(page.getByText('Hard reboot finished')).toBeVisible(LONG);
  await expect(titleRow(page)).toContainText('Active');
});

test('terminate (shelve) and start the terminated instance (unshelve)', async ({ page }) => {
  await openInstance(page, 'active');
  await chooseAction(page, 'active', 'Terminate (shelve)');
  await confirmIn(page, 'Terminate active?', 'Terminate (shelve)');
  await expect(titleRow(page)).toContainText(/Terminate \(shelve\) requested|terminating/);
  await expect(titleRow(page)).toContainText('Terminated', LONG);

  await chooseAction(page, 'active', 'Start terminated instance');
  await confirmIn(page, 'Start active again?', 'Start terminated instance');
  await expect(titleRow(page)).toContainText(/starting terminated instance|requested/);
  await expect(titleRow(page)).toContainText('Active', LONG);
});

test('change flavor', async ({ page }) => {
  await openInstance(page, 'shutoff');
  await chooseAction(page, 'shutoff', 'Change flavor');
  const dialog = page.getByRole('dialog', { name: 'Change the flavor of shutoff' });
  await expect(dialog.getByRole('radio', { name: 'u2.c2m4' })).toBeDisabled();
  await expect(dialog.getByText('No instance can change to a U2 flavor.').first()).toBeVisible();
  await dialog.getByRole('radio', { name: 'm2.c4m8' }).check();
  await dialog.getByRole('button', { name: 'Change to m2.c4m8' }).click();
  await expect(dialog).toBeHidden();
  await expect(titleRow(page)).toContainText(/Resizing|Verifying resize/, LONG);
  await expect(page.getByText('Change flavor finished')).toBeVisible(LONG);
  // The demo confirms by itself, as NHN Cloud does; the console may have seen VERIFY_RESIZE on the way.
  await expect(titleRow(page)).toContainText('Stopped', LONG);
  await expect(page.getByText('4 vCPU · 8 GB RAM', { exact: false })).toBeVisible();
});

test.describe('a cloud that waits for the resize to be confirmed (upstream Nova)', () => {
  test.beforeEach(async ({ page }) => setSimConfig(page, { autoConfirmResize: false }, 'merge'));

  test('change flavor, then Confirm resize on the detail page', async ({ page }) => {
    await openInstance(page, 'shutoff');
    await chooseAction(page, 'shutoff', 'Change flavor');
    const dialog = page.getByRole('dialog', { name: 'Change the flavor of shutoff' });
    await dialog.getByRole('radio', { name: 'm2.c4m8' }).check();
    await dialog.getByRole('button', { name: 'Change to m2.c4m8' }).click();
    await expect(dialog).toBeHidden();
    await expect(titleRow(page)).toContainText('Verifying resize', LONG);
    await expect(page.getByRole('status').filter({ hasText: 'shutoff now runs on its new flavor and waits for you to confirm or revert the resize.' })).toBeVisible();
    const decision = page.getByRole('region', { name: 'shutoff was resized to m2.c4m8' });
    await expect(decision).toBeVisible();
    await expectNoViolations(page, 'the resize decision', '[role="region"]');

    await decision.getByRole('button', { name: 'Confirm resize', exact: true }).click();
    await expect(titleRow(page)).toContainText('Stopped', LONG);
    await expect(page.getByRole('status').filter({ hasText: 'shutoff is now Stopped (SHUTOFF).' })).toBeVisible();
    await expect(decision).toBeHidden();
    await expect(page.getByText('4 vCPU · 8 GB RAM', { exact: false })).toBeVisible();
  });

  test('Revert resize from the actions menu asks first, then goes back to the old flavor', async ({ page }) => {
    await openInstance(page, 'verify-resize');
    await expect(page.getByRole('region', { name: 'verify-resize was resized to m2.c4m8' })).toBeVisible();
    await chooseAction(page, 'verify-resize', 'Revert resize');
    const dialog = page.getByRole('dialog', { name: 'Revert the resize of verify-resize?' });
    await expect(dialog).toContainText('goes back to the flavor it had before the resize');
    await expectNoViolations(page, 'the revert resize dialog', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Revert resize', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(titleRow(page)).toContainText('Reverting resize', LONG);
    await expect(titleRow(page)).toContainText('Active', LONG);
    await expect(page.getByText('2 vCPU · 4 GB RAM', { exact: false })).toBeVisible();
  });
});

test('rename', async ({ page }) => {
  await openInstance(page, 'private-db');
  await chooseAction(page, 'private-db', 'Rename');
  const dialog = page.getByRole('dialog', { name: 'Rename private-db' });
  await dialog.getByRole('textbox', { name: 'New name' }).fill('db 01');
  await expect(dialog.getByText('Not allowed in a name:')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'New name' }).fill('db-01');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'db-01' })).toBeVisible();
  await expect(page.getByText('private-db was renamed to db-01.')).toBeVisible();
});

test('delete asks for the name, then the page says the instance is gone', async ({ page }) => {
  await openInstance(page, 'shutoff');
  await chooseAction(page, 'shutoff', 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete shutoff?' });
  const confirm = dialog.getByRole('button', { name: 'Delete instance' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type shutoff to confirm' }).fill('shutof');
  await expect(dialog.getByText("This is not the instance's name.")).toBeVisible();
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type shutoff to confirm' }).fill('shutoff');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(titleRow(page)).toContainText(/Delete requested|deleting/);
  await expect(page.getByRole('heading', { name: 'This instance no longer exists' })).toBeVisible(LONG);
  await expect(page.getByText('shutoff was deleted.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the instance list' })).toHaveAttribute('href', '/instances');
});

test('attach and detach block storage', async ({ page }) => {
  await openInstance(page, 'active', 'volumes');
  await page.getByRole('button', { name: 'Attach block storage' }).click();
  const attach = page.getByRole('dialog', { name: 'Attach block storage to active' });
  await attach.getByRole('combobox', { name: 'Block storage' }).click();
  await page.getByRole('option', { name: 'data-a · 100 GB · General HDD' }).click();
  await attach.getByRole('button', { name: 'Attach block storage' }).click();
  await expect(attach).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'data-a' });
  await expect(row).toContainText('/dev/vd');
  await expect(row).toContainText('in-use', LONG);

  await row.getByRole('button', { name: 'Detach data-a' }).click();
  const detach = page.getByRole('dialog', { name: 'Detach block storage from active' });
  await expect(detach).toContainText('Unmount it in the operating system first');
  await detach.getByRole('button', { name: 'Detach block storage' }).click();
  await expect(detach).toBeHidden();
  await expect(row).toHaveCount(0, LONG);
});

test('add and remove a security group', async ({ page }) => {
  await openInstance(page, 'shutoff', 'security');
  await expect(page.getByRole('heading', { name: 'web' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add security group' }).click();
  const add = page.getByRole('dialog', { name: 'Add a security group to shutoff' });
  await add.getByRole('combobox', { name: 'Security group to add' }).click();
  await page.getByRole('option', { name: /^web/ }).click();
  await add.getByRole('button', { name: 'Add security group' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByRole('heading', { name: 'web' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Security groups' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove security group web' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove a security group from shutoff' });
  await remove.getByRole('button', { name: 'Remove security group' }).click();
  await expect(remove).toBeHidden();
  await expect(page.getByRole('heading', { name: 'web' })).toHaveCount(0);
});

test("a 409 from the cloud is shown with the server's message, and the user can try again", async ({ page }) => {
  const id = await openInstance(page, 'active');
  // Another client stops it behind the console's back; the page is in its slow poll and still shows ACTIVE.
  expect((await simApi(page, 'POST', `/servers/${id}/action`, { 'os-stop': null })).status).toBe(202);
  await chooseAction(page, 'active', 'Reboot');
  const alert = page.getByRole('alert').filter({ hasText: 'Reboot failed for active' });
  await expect(alert).toContainText(`Cannot 'reboot' instance ${id} while it is in task_state powering-off`);
  await expect(alert).toContainText('HTTP 409');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('actions that do not apply are disabled with the reason written out', async ({ page }) => {
  await openInstance(page, 'active');
  await page.getByRole('button', { name: 'Actions for active' }).click();
  const start = page.getByRole('menuitem', { name: 'Start', exact: true });
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  await expect(start).toHaveAccessibleDescription('Start needs SHUTOFF; this instance is ACTIVE.');
  await expect(page.getByRole('menu').getByText('Start needs SHUTOFF; this instance is ACTIVE.')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Create image' })).toHaveAccessibleDescription(/Only U2 instances can create an image/);
  // Keyboard users reach the disabled items too (aria-disabled, not disabled) and hear why.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await page.getByRole('button', { name: 'Actions for active' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Start', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Start terminated instance' })).toBeFocused();
});
