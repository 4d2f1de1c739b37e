import { expect, type Page, test } from '@playwright/test';
import { LANGUAGES, lookAt, openPage } from './pages-helpers';

const table = (page: Page) => page.getByRole('main').getByRole('table');
/** Each row's header: the flavor's name. */
const rowNames = (page: Page) => table(page).getByRole('rowheader');

test('minimum RAM and disk reach the API as minRam (MB) and minDisk (GB) and survive a reload', async ({ page }) => {
  const sent: URLSearchParams[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/flavors/detail')) sent.push(url.searchParams);
  });
  await openPage(page, '/flavors', 'Flavors');
  await expect(rowNames(page)).toHaveCount(16);

  await page.getByRole('textbox', { name: 'Minimum RAM' }).fill('32');
  await expect(page).toHaveURL(/[?&]minRam=32768(&|$)/);
  await page.getByRole('textbox', { name: 'Minimum root disk' }).fill('100');
  await expect(page).toHaveURL(/[?&]minDisk=100(&|$)/);
  await expect(rowNames(page)).toHaveText(['g2.t4.c4m32', 'g2.v100.c8m90']);
  await expect.poll(() => sent.some((query) => query.get('minRam') === '32768' && query.get('minDisk') === '100')).toBe(true);
  await expect(page.getByText('?minRam=32768&minDisk=100')).toBeVisible();

  sent.length = 0;
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Flavors' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Minimum RAM' })).toHaveValue('32 GB');
  await expect(page.getByRole('textbox', { name: 'Minimum root disk' })).toHaveValue('100 GB');
  await expect(rowNames(page)).toHaveText(['g2.t4.c4m32', 'g2.v100.c8m90']);
  expect(sent.map((query) => [query.get('minRam'), query.get('minDisk')])).toContainEqual(['32768', '100']);
});

test('family, search and sort live in the URL; a flavor launches the wizard with it chosen', async ({ page }) => {
  await openPage(page, '/flavors?family=m2&sort=vcpus&dir=desc', 'Flavors');
  await expect(rowNames(page)).toHaveText(['m2.c4m8', 'm2.c2m4', 'm2.c1m2']);
  await expect(table(page).getByRole('columnheader', { name: /vCPUs/ })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('searchbox', { name: 'Search' }).fill('c2m');
  await expect(rowNames(page)).toHaveText(['m2.c2m4']);
  await expect(page).toHaveURL(/q=c2m/);

  const launch = table(page).getByRole('link', { name: 'Launch with this flavor: m2.c2m4' });
  const href = await launch.getAttribute('href');
  expect(href).toMatch(/^\/instances\/new\?flavor=[0-9a-f-]{36}$/);
  // The wizard takes the flavor from the link and may tidy its URL afterwards.
  await launch.click();
  await expect(page).toHaveURL(/\/instances\/new(\?|$)/);
});

for (const language of LANGUAGES) {
  test(`the flavors page passes axe, pictured in light and dark (${language})`, async ({ page }) => {
    const ko = language === 'ko';
    await openPage(page, '/flavors', ko ? '인스턴스 타입' : 'Flavors', language);
    await expect(rowNames(page)).toHaveCount(16);
    await lookAt(page, 'flavors', 'list', language, { fullPage: true });

    await page.getByRole('button', { name: ko ? '인스턴스 타입 계열' : 'Flavor families' }).click();
    await expect(page.getByText(ko ? /T2: 가볍거나/ : /T2: low-cost/)).toBeVisible();
    await page.getByRole('textbox', { name: ko ? '최소 메모리' : 'Minimum RAM' }).fill('8');
    await expect(rowNames(page)).toHaveCount(10);
    await lookAt(page, 'flavors', 'guide-filtered', language, { fullPage: true });
  });
}
