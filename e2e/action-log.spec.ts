import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './a11y-helpers';
import { chooseAction, openInstance, titleRow, useSimSpeed } from './instance-detail-helpers';
import { LANGUAGES, lookAt } from './pages-helpers';

test.beforeEach(async ({ page }) => useSimSpeed(page, 1000));

const LONG = { timeout: 30_000 };

/** The request id the cloud answered an action on the server with (its `x-openstack-request-id`). */
function nextActionRequestId(page: Page, serverId: string): Promise<string> {
  return page
    .waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/servers/${serverId}/action`))
    .then((response) => response.headers()['x-openstack-request-id'] ?? '');
}

test('a stop and a start done here show in the action log with the request ids the cloud answered with', async ({ page }) => {
  const id = await openInstance(page, 'active');

  const stopId = nextActionRequestId(page, id);
  await chooseAction(page, 'active', 'Stop');
  const dialog = page.getByRole('dialog', { name: 'Stop active?' });
  await dialog.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(titleRow(page)).toContainText('Stopped', LONG);
  const startId = nextActionRequestId(page, id);
  await chooseAction(page, 'active', 'Start');
  await expect(titleRow(page)).toContainText('Active', LONG);
  const [stopRequest, startRequest] = [await stopId, await startId];
  expect(stopRequest).toMatch(/^req-[0-9a-f-]{36}$/);

  await page.getByRole('tab', { name: 'Action log' }).click();
  await expect(page).toHaveURL(new RegExp(`/instances/${id}\\?tab=actions$`));
  const log = page.getByRole('table', { name: /actions, newest first/ });
  const rows = log.locator('tbody').getByRole('row');
  await expect(rows.nth(0)).toContainText('Start');
  await expect(rows.nth(0)).toContainText(startRequest);
  await expect(rows.nth(1)).toContainText('Stop');
  await expect(rows.nth(1)).toContainText(stopRequest);
  await expect(log.getByRole('button', { name: `Copy request ID ${stopRequest}` })).toBeVisible();

  await log.getByRole('button', { name: `Show the events of Stop (${stopRequest})` }).click();
  const events = page.getByRole('table', { name: '1 event of Stop' });
  await expect(events).toContainText('compute_stop_instance');
  await expect(events).toContainText('Success');
  // The tab only: the notifications of the stop and start are not this page's.
  await expectNoViolations(page, 'the action log with the events of an action', '[role="tabpanel"]');
});

for (const language of LANGUAGES) {
  test(`the action log of a failed action, looked at in ${language}`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('instance-console.language', value), language);
    await page.emulateMedia({ colorScheme: 'light' });
    await openInstance(page, 'error', 'actions');
    const log = page.getByRole('table');
    await expect(log.getByText(/^(Failed|실패): Error$/)).toBeVisible();
    await log.getByRole('button', { name: language === 'ko' ? /^시작\(req-.*\)의 이벤트 보기$/ : /^Show the events of Start/ }).click();
    await expect(page.getByText('compute_start_instance')).toBeVisible();
    await lookAt(page, 'instance-detail', 'action-log', language, { fullPage: true });
  });
}
