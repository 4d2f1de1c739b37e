import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './a11y-helpers';
import { fillToReview, nextTo, openWizard, reviewBody, stepArea, stepHeading } from './create-instance-helpers';
import { EN_LIGHT, picture } from './pages-helpers';

/** Sets the demo project's vCPU quota the way a user does: Demo settings → Quotas…. */
async function setVcpuQuota(page: Page, cores: number) {
  await page.getByRole('button', { name: 'Demo settings' }).click();
  await page.getByRole('menuitem', { name: 'Quotas…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Quotas of the demo project' });
  await dialog.getByRole('textbox', { name: 'vCPUs' }).fill(String(cores));
  await dialog.getByRole('button', { name: 'Save quotas' }).click();
  await expect(dialog).toBeHidden();
}

const quotaWarning = (page: Page, step: string) => stepArea(page, step).getByRole('status').filter({ hasText: "This would exceed the project's quota" });

test('with a low vCPU quota the wizard warns before sending, sends anyway, and shows the 403 beside the Flavor step with every choice kept', async ({ page }) => {
  await openWizard(page);
  // The seeded project already uses more than one vCPU: nothing is left.
  await setVcpuQuota(page, 1);

  await page.getByRole('radio', { name: /^Ubuntu Server 22\.04 LTS \(2025/ }).click();
  await nextTo(page, 'Flavor');
  await page.getByRole('radio', { name: 'm2.c2m4', exact: true }).check();
  await expect(quotaWarning(page, 'Flavor')).toContainText('vCPUs: this needs 2, 0 are left (2 over)');
  await expect(page.getByRole('complementary', { name: 'Summary' })).toContainText(/vCPUs: \+2, only 0 of \d+ left \(2 over\)/);
  await expectNoViolations(page, 'wizard quota warning on the Flavor step');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Step 1 of 8: Image' }).click();
  await expect(stepHeading(page, 'Image')).toBeVisible();
  await fillToReview(page, { name: 'e2e-quota', count: 2 });
  await expect(quotaWarning(page, 'Review')).toContainText('vCPUs: this needs 4, 0 are left (4 over)');
  const shown = await reviewBody(page);

  // A warning, not a block: Create sends, and the cloud refuses with Nova's 403.
  await page.getByRole('button', { name: 'Create 2 instances' }).click();
  const refusal = stepArea(page, 'Review').getByRole('alert');
  await expect(refusal).toContainText(/Quota exceeded for cores: Requested 4, but already used \d+ of \d+ cores/);
  await expect(refusal).toContainText('This concerns the Flavor step.');
  await refusal.getByRole('button', { name: 'Go to Flavor' }).click();

  await expect(stepHeading(page, 'Flavor')).toBeVisible();
  // Shown above the step it concerns.
  await expect(page.getByRole('alert').filter({ hasText: 'The cloud refused to create the instance' })).toContainText('Quota exceeded for cores');
  await expect(page.getByRole('radio', { name: 'm2.c2m4', exact: true })).toBeChecked();
  await expect(quotaWarning(page, 'Flavor')).toBeVisible();
  await picture(page, 'create-instance', 'quota-refused-flavor', EN_LIGHT);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await picture(page, 'create-instance', 'quota-refused-flavor', { language: 'en', colorScheme: 'dark' });
  await expectNoViolations(page, 'wizard quota refusal on the Flavor step');

  await page.getByRole('button', { name: 'Step 8 of 8: Review' }).click();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  expect(await reviewBody(page)).toEqual(shown);
});
