import { expectNoViolations } from './a11y-helpers';
import { expect, type Page, test } from '@playwright/test';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openConsole(page: Page, path = '/') {
  await page.goto(path);
  // The simulated cloud starts and signs in before the shell shows.
  await expect(page.getByRole('banner')).toBeVisible();
}

test('the console opens in demo mode with the Demo badge', async ({ page }) => {
  await openConsole(page);
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const badge = page.getByRole('banner').getByText('Demo', { exact: true });
  await expect(badge).toBeVisible();
  await badge.hover();
  await expect(page.getByRole('tooltip')).toContainText('A simulated NHN Cloud runs in your browser');
  await expect(page.getByRole('button', { name: 'Demo settings' })).toBeVisible();
});

test('the Demo menu tunes the simulated cloud and resets it after confirmation', async ({ page }) => {
  await openConsole(page, '/instances');
  await page.getByRole('button', { name: 'Demo settings' }).click();
  await page.getByRole('menuitemradio', { name: 'Slow (10 s a step)' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'Slow (10 s a step)' })).toHaveAttribute('aria-checked', 'true');
  expect(await page.evaluate(() => window.__instanceConsoleSim?.getConfig().transitionMs)).toBe(10_000);

  await page.getByRole('menuitem', { name: 'Reset demo data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset demo data?' });
  await dialog.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByText('The demo data was reset.')).toBeVisible();
  await expect(dialog).toBeHidden();
  // A reset goes back to the seed data, not to the default configuration.
  expect(await page.evaluate(() => window.__instanceConsoleSim?.getConfig().transitionMs)).toBe(10_000);
});

test('navigation reaches each page and the URL follows', async ({ page }) => {
  await openConsole(page, '/instances');
  for (const [name, path] of [
    ['Key pairs', '/key-pairs'],
    ['Flavors', '/flavors'],
    ['Availability zones', '/zones'],
    ['Overview', '/overview'],
    ['Instances', '/instances'],
  ] as const) {
    await nav(page).getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(nav(page).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(`${name} · Instance Console`);
  }
});

test('the language switch turns the UI Korean, and the choice survives a reload', async ({ page }) => {
  await openConsole(page, '/flavors');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitemradio', { name: '한국어' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '인스턴스 타입' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '키 페어' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '인스턴스 타입' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '가용성 영역' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('banner').getByText('데모', { exact: true })).toBeVisible();
});

test('the color scheme follows the system until the user picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openConsole(page, '/instances');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page.getByRole('button', { name: 'Color scheme: Same as system' }).click();
  await page.getByRole('menuitemradio', { name: 'Light' }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Color scheme: Light' })).toBeVisible();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('an unknown URL shows the not-found page with a way back', async ({ page }) => {
  await openConsole(page, '/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await page.getByRole('link', { name: 'Go to instances' }).click();
  await expect(page).toHaveURL(/\/instances$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
});

test('the skip link moves focus past the header and navigation', async ({ page }) => {
  await openConsole(page, '/instances');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test.describe('when the simulated cloud cannot start', () => {
  // Without its service worker the simulated cloud cannot answer, so the demo bootstrap fails.
  test.use({ serviceWorkers: 'block' });

  test('the console says what failed and offers Retry', async ({ page }) => {
    await page.goto('/instances');
    await expect(page.getByRole('heading', { level: 1, name: 'The demo could not start' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectNoViolations(page, 'the demo could not start');
  });
});
