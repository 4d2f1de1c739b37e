import { expect, type Page, test } from '@playwright/test';
import { chooseAction, titleRow } from '../instance-detail-helpers';
import { type ConsoleServer, signInToNova, startConsoleServer } from './console-server';
import { createActiveServer, deleteServer, getServer, nova, novaCall, waitForStatus } from './nova-api';

// Real Nova (fake virt driver) behind the console's own proxy: each test owns the server it works on.
let consoleServer: ConsoleServer;
const owned: string[] = [];
test.beforeAll(async () => {
  consoleServer = await startConsoleServer();
});
test.afterAll(async () => {
  consoleServer?.stop();
  for (const id of owned) await deleteServer(id);
});

/** As long as real Nova honestly takes on a busy machine; a wrong state still fails at once where the test says so. */
const NOVA = { timeout: 120_000 };

async function serverFor(name: string): Promise<string> {
  const id = await createActiveServer(name);
  owned.push(id);
  return id;
}

async function openServer(page: Page, id: string, name: string) {
  await signInToNova(page, consoleServer.url);
  await page.goto(`${consoleServer.url}/instances/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible(NOVA);
}

async function confirmIn(page: Page, dialogName: string, button: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden(NOVA);
}

/** The actions Nova recorded for a server, newest first (`os-instance-actions`: what really reached Nova). */
async function recordedActions(id: string): Promise<string[]> {
  const { json } = await novaCall('GET', `/servers/${id}/os-instance-actions`);
  return (json as { instanceActions: Array<{ action: string }> }).instanceActions.map((entry) => entry.action);
}

test('the list shows Nova\'s servers and every detail tab renders without an error', async ({ page }) => {
  const id = await serverFor('nova-tabs');
  await signInToNova(page, consoleServer.url);
  // Not NHN's hosts, and no VPC subnets behind the network URL: the session is a plain OpenStack cloud's.
  await expect(page.getByRole('banner').getByText('OpenStack', { exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instances' }).click();
  const table = page.getByRole('table', { name: 'Instances' });
  await expect(table.getByRole('link', { name: 'nova-tabs', exact: true })).toBeVisible(NOVA);
  // Upstream Nova puts nothing about the OS in the server's metadata: the name comes from the image service.
  await expect(table.getByRole('row').filter({ hasText: 'nova-tabs' })).toContainText('Ubuntu 22.04', NOVA);
  await table.getByRole('link', { name: 'nova-tabs', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/instances/${id}$`));
  await expect(titleRow(page)).toContainText('Active', NOVA);
  for (const tab of ['Overview', 'Network', 'Block storage', 'Security groups', 'Metadata', 'Connect', 'Action log']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible();
    await expect(page.getByText('Could not load the data')).toHaveCount(0);
    await expect(page.getByText('This page could not be shown')).toHaveCount(0);
  }
  // Nova's fake driver gives the port the stand-in network made: the address is Nova's, not the console's.
  await page.getByRole('tab', { name: 'Network' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Network' })).toContainText('192.168.0.');
});

test('stop → SHUTOFF and start → ACTIVE, watched live', async ({ page }) => {
  const id = await serverFor('nova-power');
  await openServer(page, id, 'nova-power');
  await chooseAction(page, 'nova-power', 'Stop');
  await confirmIn(page, 'Stop nova-power?', 'Stop');
  await expect(titleRow(page)).toContainText('Stopped', NOVA);
  expect((await getServer(id))?.status).toBe('SHUTOFF');

  await chooseAction(page, 'nova-power', 'Start');
  await expect(titleRow(page)).toContainText('Active', NOVA);
  expect((await getServer(id))?.status).toBe('ACTIVE');
});

test('soft and hard reboot reach Nova and end ACTIVE', async ({ page }) => {
  const id = await serverFor('nova-reboot');
  await openServer(page, id, 'nova-reboot');
  await chooseAction(page, 'nova-reboot', 'Reboot');
  await expect(page.getByText('Reboot finished')).toBeVisible(NOVA);
  await expect(titleRow(page)).toContainText('Active');
  await chooseAction(page, 'nova-reboot', 'Hard reboot');
  await confirmIn(page, 'Hard reboot nova-reboot?', 'Hard reboot');
  await expect(page.getByText('Hard reboot finished')).toBeVisible(NOVA);
  await expect(titleRow(page)).toContainText('Active');
  await waitForStatus(id, 'ACTIVE');
  expect((await recordedActions(id)).filter((action) => action === 'reboot')).toHaveLength(2);
});

test('rename', async ({ page }) => {
  const id = await serverFor('nova-rename');
  await openServer(page, id, 'nova-rename');
  await chooseAction(page, 'nova-rename', 'Rename');
  const dialog = page.getByRole('dialog', { name: 'Rename nova-rename' });
  await dialog.getByRole('textbox', { name: 'New name' }).fill('nova-renamed');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'nova-renamed' })).toBeVisible(NOVA);
  expect((await getServer(id))?.name).toBe('nova-renamed');
});

test('terminate (shelve) → SHELVED_OFFLOADED and start again (unshelve) → ACTIVE', async ({ page }) => {
  const id = await serverFor('nova-shelve');
  await openServer(page, id, 'nova-shelve');
  await chooseAction(page, 'nova-shelve', 'Terminate (shelve)');
  await confirmIn(page, 'Terminate nova-shelve?', 'Terminate (shelve)');
  await expect(titleRow(page)).toContainText('Terminated', NOVA);
  expect((await getServer(id))?.status).toBe('SHELVED_OFFLOADED');

  await chooseAction(page, 'nova-shelve', 'Start terminated instance');
  await confirmIn(page, 'Start nova-shelve again?', 'Start terminated instance');
  await expect(titleRow(page)).toContainText('Active', NOVA);
  expect((await getServer(id))?.status).toBe('ACTIVE');
});

test('resize: Nova waits in VERIFY_RESIZE, the console offers Confirm and Revert, and Confirm ends ACTIVE on the new flavor', async ({ page }) => {
  const id = await serverFor('nova-resize');
  await openServer(page, id, 'nova-resize');
  await chooseAction(page, 'nova-resize', 'Change flavor');
  const dialog = page.getByRole('dialog', { name: 'Change the flavor of nova-resize' });
  await dialog.getByRole('radio', { name: 'm2.c2m4' }).check();
  await dialog.getByRole('button', { name: 'Change to m2.c2m4' }).click();
  await expect(dialog).toBeHidden(NOVA);
  // Real Nova does not confirm by itself (NHN does): the page asks.
  const decision = page.getByRole('region', { name: /^nova-resize was resized/ });
  await expect(decision).toBeVisible(NOVA);
  await expect(titleRow(page)).toContainText('Verifying resize');
  expect((await getServer(id))?.status).toBe('VERIFY_RESIZE');
  await decision.getByRole('button', { name: 'Confirm resize' }).click();
  await expect(titleRow(page)).toContainText('Active', NOVA);
  await expect(decision).toBeHidden();
  const server = await waitForStatus(id, 'ACTIVE');
  expect(server.flavor.id).toBe('f-medium');
  expect(await recordedActions(id)).toContain('confirmResize');
});

test('resize, then Revert from the actions menu: back to the old flavor, ACTIVE', async ({ page }) => {
  const id = await serverFor('nova-revert');
  await openServer(page, id, 'nova-revert');
  await chooseAction(page, 'nova-revert', 'Change flavor');
  const dialog = page.getByRole('dialog', { name: 'Change the flavor of nova-revert' });
  await dialog.getByRole('radio', { name: 'm2.c4m8' }).check();
  await dialog.getByRole('button', { name: 'Change to m2.c4m8' }).click();
  await expect(page.getByRole('region', { name: /^nova-revert was resized/ })).toBeVisible(NOVA);
  await chooseAction(page, 'nova-revert', 'Revert resize');
  await confirmIn(page, 'Revert the resize of nova-revert?', 'Revert resize');
  await expect(titleRow(page)).toContainText('Active', NOVA);
  const server = await waitForStatus(id, 'ACTIVE');
  expect(server.flavor.id).toBe('f-small');
  expect(await recordedActions(id)).toContain('revertResize');
});

test('create image from a flavor that is not U2 (an OpenStack cloud has no such rule): Nova takes it', async ({ page }) => {
  const id = await serverFor('nova-image');
  await openServer(page, id, 'nova-image');
  await chooseAction(page, 'nova-image', 'Create image');
  const dialog = page.getByRole('dialog', { name: 'Create an image of nova-image' });
  await dialog.getByRole('textbox', { name: /^Image name/ }).fill('nova-image-snap');
  await dialog.getByRole('button', { name: 'Create image' }).click();
  await expect(dialog.getByText('Image requested')).toBeVisible(NOVA);
  expect(await recordedActions(id)).toContain('createImage');
  // Nova asked the image service (the stand-in) to make it.
  const images = (await (await fetch(`${nova.image()}/v2/images?name=nova-image-snap`)).json()) as { images: unknown[] };
  expect(images.images).toHaveLength(1);
});

test('delete asks for the typed name, then the row is gone live', async ({ page }) => {
  const id = await serverFor('nova-delete');
  await signInToNova(page, consoleServer.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instances' }).click();
  const table = page.getByRole('table', { name: 'Instances' });
  await expect(table.getByRole('link', { name: 'nova-delete', exact: true })).toBeVisible(NOVA);
  await page.goto(`${consoleServer.url}/instances/${id}`);
  await chooseAction(page, 'nova-delete', 'Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete nova-delete?' });
  await dialog.getByRole('textbox', { name: 'Type nova-delete to confirm' }).fill('nova-delete');
  await dialog.getByRole('button', { name: 'Delete instance' }).click();
  await expect(page.getByRole('heading', { name: 'This instance no longer exists' })).toBeVisible(NOVA);
  await expect.poll(() => getServer(id), NOVA).toBeNull();
  await page.getByRole('link', { name: 'Instances' }).first().click();
  await expect(table.getByRole('link', { name: 'nova-delete', exact: true })).toHaveCount(0);
});
