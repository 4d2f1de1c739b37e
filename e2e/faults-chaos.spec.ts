import { expect, type Page, test } from '@playwright/test';
import { stepArea, stepHeading } from './create-instance-helpers';
import { expectShell, failNext, serversNamed, untilVisible, useChaos } from './faults-helpers';
import { titleRow } from './instance-detail-helpers';

/*
 * The main flows with the simulated cloud failing one request in ten (5xx, slow answers, dropped connections, half
 * of the dropped POSTs applied first). Chaos is random, so every assertion holds whatever it does: waits press Retry
 * until the view comes, and the cases that must happen (a failure shown, a lost answer) are forced with failNext.
 */

test.describe.configure({ timeout: 180_000 });
// Tall enough for the virtualized list to render every seeded server.
test.use({ viewport: { width: 1440, height: 2000 } });
test.beforeEach(async ({ page }) => useChaos(page));

const table = (page: Page) => page.getByRole('table', { name: 'Instances' });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const SERVER_ID = '/servers/[0-9a-f-]{36}$';

test('the list and an instance page: failures show Retry, and Retry brings them', async ({ page }) => {
  await page.goto('/flavors');
  await untilVisible(page, page.getByRole('columnheader', { name: /vCPUs/ }));

  // Three failures in a row outlast the automatic retries: the list must say so and offer Retry.
  await failNext(page, { kind: 'server-error', status: 503, method: 'GET', path: '/servers/detail', times: 3 });
  await nav(page).getByRole('link', { name: 'Instances' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'Could not load the instances' });
  await expect(failed).toBeVisible({ timeout: 20_000 });
  await expect(failed.getByRole('button', { name: 'Retry' })).toBeVisible();
  await untilVisible(page, table(page).getByRole('link', { name: 'active', exact: true }));

  await failNext(page, { kind: 'drop', method: 'GET', path: SERVER_ID, times: 3 });
  await table(page).getByRole('link', { name: 'active', exact: true }).click();
  await expect(page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Retry' }) })).toBeVisible({ timeout: 20_000 });
  await untilVisible(page, page.getByRole('heading', { level: 1, name: 'active' }));
  await page.getByRole('tab', { name: 'Network' }).click();
  await untilVisible(page, page.getByRole('table', { name: 'Addresses of every port, by network' }));

  await nav(page).getByRole('link', { name: 'Instances' }).click();
  await untilVisible(page, table(page).getByRole('link', { name: 'shutoff', exact: true }));
});

test('stop and start: a failed action keeps its dialog or notification with a way to try again', async ({ page }) => {
  await page.goto('/instances');
  await untilVisible(page, table(page).getByRole('link', { name: 'active', exact: true }));
  await table(page).getByRole('link', { name: 'active', exact: true }).click();
  await untilVisible(page, page.getByRole('heading', { level: 1, name: 'active' }));

  await failNext(page, { kind: 'server-error', status: 500, method: 'POST', path: `${SERVER_ID.slice(0, -1)}/action$` });
  await page.getByRole('button', { name: 'Actions for active' }).click();
  await page.getByRole('menuitem', { name: 'Stop', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop active?' });
  await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Stop failed');
  // Pressed until the dialog closes; after a dropped-but-applied stop the cloud answers 409 (already stopping).
  await expect(async () => {
    if (await dialog.isVisible()) {
      const errors = (await dialog.getByRole('alert').allTextContents()).join(' ');
      const tryAgain = dialog.getByRole('button', { name: 'Stop (try again)' });
      if (/409/.test(errors) || !(await tryAgain.isEnabled())) await dialog.getByRole('button', { name: 'Cancel' }).click({ timeout: 2_000 });
      else await tryAgain.click({ timeout: 2_000 });
    }
    await expect(dialog).toBeHidden({ timeout: 4_000 });
  }).toPass({ timeout: 60_000 });
  await untilVisible(page, titleRow(page).getByText('Stopped', { exact: true }));

  await failNext(page, { kind: 'server-error', status: 503, method: 'POST', path: `${SERVER_ID.slice(0, -1)}/action$` });
  await page.getByRole('button', { name: 'Actions for active' }).click();
  await page.getByRole('menuitem', { name: 'Start', exact: true }).click();
  await expect(page.getByText('Start failed for active')).toBeVisible();
  // The notification's Retry sends it again (untilVisible presses it).
  await untilVisible(page, titleRow(page).getByText('Active', { exact: true }));
  await expectShell(page);
});

test('creating a key pair: the name survives a failure, and the key arrives or the pair is found', async ({ page }) => {
  await page.goto('/key-pairs');
  const main = page.getByRole('main');
  await untilVisible(page, main.getByRole('button', { name: 'demo-key', exact: true }));
  await main.getByRole('button', { name: 'Create key pair' }).click();
  const form = page.getByRole('dialog', { name: 'Create key pair' });
  const name = form.getByRole('textbox', { name: /Key pair name/ });
  await name.fill('chaos-key');

  await failNext(page, { kind: 'server-error', status: 500, method: 'POST', path: '/os-keypairs$' });
  await form.getByRole('button', { name: 'Create key pair' }).click();
  await expect(form.getByRole('alert')).toContainText('The key pair was not created');
  await expect(name).toHaveValue('chaos-key');

  const keyDialog = page.getByRole('dialog', { name: 'Save the private key of chaos-key' });
  const exists = form.getByText("Key pair 'chaos-key' already exists.");
  await expect(async () => {
    if (await form.isVisible()) await form.getByRole('button', { name: 'Create key pair' }).click({ timeout: 2_000 });
    await expect(keyDialog.or(exists)).toBeVisible({ timeout: 8_000 });
  }).toPass({ timeout: 60_000 });

  if (await keyDialog.isVisible()) {
    await keyDialog.getByRole('checkbox', { name: 'I have saved the private key in a safe place' }).check();
    await keyDialog.getByRole('button', { name: 'Done' }).click();
    await expect(keyDialog).toBeHidden();
    // The new pair's details open; closing them, the list is behind.
    const drawer = page.getByRole('dialog', { name: 'Key pair chaos-key' });
    await expect(drawer).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  } else {
    // A dropped-but-applied create made the pair without its key: the name stays, and the list shows the pair.
    await expect(name).toHaveValue('chaos-key');
    await form.getByRole('button', { name: 'Cancel' }).click();
  }
  await untilVisible(page, main.getByRole('button', { name: 'chaos-key', exact: true }));
});

/**
 * On to the next step. A step whose data failed to load (chaos) shows Retry and stays where it is when Next is pressed:
 * Retry and Next are pressed until the step comes (Next is gone once it has, so a step is never skipped).
 */
async function next(page: Page, step: string) {
  await untilVisible(page, stepHeading(page, step), { press: ['Retry', `Next: ${step}`] });
}

async function pick(page: Page, control: ReturnType<Page['getByRole']>) {
  await untilVisible(page, control);
  await control.click();
}

test('the wizard: a refused create keeps every choice, and a lost answer finds the instance instead of a duplicate', async ({ page }) => {
  await page.goto('/instances/new');
  await untilVisible(page, page.getByRole('heading', { level: 1, name: 'Create instance' }));
  await pick(page, page.getByRole('radio', { name: /^Ubuntu Server 22\.04 LTS \(2025/ }));
  await next(page, 'Flavor');
  await pick(page, page.getByRole('radio', { name: 'm2.c2m4', exact: true }));
  await next(page, 'Storage');
  await next(page, 'Network');
  await pick(page, page.getByRole('checkbox', { name: 'Default Network' }));
  await next(page, 'Security groups');
  await next(page, 'Key pair');
  await pick(page, page.getByRole('radio', { name: /^demo-key/ }));
  await next(page, 'Details');
  await page.getByRole('textbox', { name: /^Name/ }).fill('chaos-web');
  await next(page, 'Review');
  const body = stepArea(page, 'Review').getByLabel('Request body (POST /servers)', { exact: true });
  await expect(body).toContainText('"name": "chaos-web"');

  // Nova's own 500: not carried out. The review keeps every choice and the same button sends again.
  await failNext(page, { kind: 'server-error', status: 500, method: 'POST', path: '/servers$' });
  await page.getByRole('button', { name: 'Create instance' }).click();
  const refused = stepArea(page, 'Review').getByRole('alert').filter({ hasText: 'The cloud refused to create the instance' });
  await expect(refused).toContainText('Every choice is kept');
  await expect(body).toContainText('"name": "chaos-web"');
  await expect(body).toContainText('"key_name": "demo-key"');
  expect(await serversNamed(page, 'chaos-web')).toBe(0);

  // The connection drops after the cloud created the server: the wizard must find it, not create a second one.
  await failNext(page, { kind: 'drop-after-apply', method: 'POST', path: '/servers$' });
  await page.getByRole('button', { name: 'Create instance' }).click();
  // If chaos also fails the lookup, the wizard offers to look again (never to send again blindly).
  await untilVisible(page, page.getByRole('heading', { level: 1, name: 'chaos-web' }), { press: ['Retry', 'Look again'] });
  await expect(page.getByRole('button', { name: 'Send again' })).toHaveCount(0);
  expect(await serversNamed(page, 'chaos-web')).toBe(1);
  await untilVisible(page, titleRow(page).getByText('Active', { exact: true }));
  expect(await serversNamed(page, 'chaos-web')).toBe(1);
});
