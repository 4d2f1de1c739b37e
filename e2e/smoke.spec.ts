import { expect, test } from '@playwright/test';

test('the console opens', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Instance Console' })).toBeVisible();
});
