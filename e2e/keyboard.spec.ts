import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectFocusUsable, focused, tabTo } from './a11y-helpers';
import { setSimConfig } from './sim-config';

/**
 * Issue 7 §1: the main path with the keyboard alone, no mouse: create a key pair, launch an instance through the
 * wizard, stop it, delete it. Focus goes into each dialog and back to the control that opened it; every control
 * focused on the way has an accessible name and a visible focus ring.
 */
test.use({ viewport: { width: 1440, height: 900 } });

const KEY = 'kbd-key';
const NAME = 'kbd-01';

/** Arrow keys through a radio group (or menu) until `target` is focused. */
async function arrowTo(page: Page, target: Locator, key = 'ArrowDown', max = 40) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
    await expectFocusUsable(page);
  }
  throw new Error(`Not reached with ${key}: ${target.toString()}`);
}

/** Into a radio group with Tab, to the wanted radio with the arrow keys, and Space to choose it. */
async function chooseRadio(page: Page, group: string, target: Locator) {
  await tabTo(page, page.getByRole('radiogroup', { name: group, exact: true }).getByRole('radio'), { max: 80 });
  await arrowTo(page, target);
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

async function expectFocusInside(page: Page, dialog: Locator) {
  await expect(dialog).toBeVisible();
  await expect.poll(() => focused(page).evaluate((element) => element.closest('[role="dialog"]') !== null)).toBe(true);
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await expectFocusUsable(page);
}

test('create a key pair, launch, stop and delete an instance with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  await setSimConfig(page, { transitionMs: 1500, chaosRate: 0 });
  await page.goto('/key-pairs');
  await expect(page.getByRole('heading', { level: 1, name: 'Key pairs' })).toBeVisible({ timeout: 30_000 });
  const main = page.getByRole('main');

  // Key pair: the dialog, then the one-time private key; focus comes back to the button that opened them.
  const createKey = main.getByRole('button', { name: 'Create key pair' });
  await tabTo(page, createKey);
  await page.keyboard.press('Enter');
  const createDialog = page.getByRole('dialog', { name: 'Create key pair' });
  await expectFocusInside(page, createDialog);
  const keyName = createDialog.getByRole('textbox', { name: /Key pair name/ });
  await tabTo(page, keyName);
  await page.keyboard.type(KEY);
  const download = page.waitForEvent('download');
  await tabTo(page, createDialog.getByRole('button', { name: 'Create key pair' }));
  await page.keyboard.press('Enter');
  await download;
  const keyDialog = page.getByRole('dialog', { name: /Save the private key/ });
  await expectFocusInside(page, keyDialog);
  await tabTo(page, keyDialog.getByRole('checkbox'));
  await page.keyboard.press('Space');
  await expect(keyDialog.getByRole('checkbox')).toBeChecked();
  await tabTo(page, keyDialog.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await expect(keyDialog).toBeHidden();
  // The new key pair opens in its drawer; closing that brings focus back to Create key pair.
  const drawer = page.getByRole('dialog', { name: `Key pair ${KEY}` });
  await expectFocusInside(page, drawer);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(createKey).toBeFocused();
  await expect(main.getByRole('button', { name: KEY, exact: true })).toBeVisible();

  // To the wizard through the navigation and the list's Create button.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Instances' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Create instance' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Create instance' })).toBeVisible();

  const next = async (step: string) => {
    await tabTo(page, page.getByRole('button', { name: `Next: ${step}` }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: step, exact: true })).toBeVisible();
  };
  const image = page.getByRole('radio', { name: /^Ubuntu Server 22\.04 LTS \(2025/ });
  await chooseRadio(page, 'Image', image);
  await next('Flavor');
  const flavor = page.getByRole('radio', { name: 'm2.c2m4', exact: true });
  await chooseRadio(page, 'Flavor', flavor);
  await next('Storage');
  await next('Network');
  const network = page.getByRole('checkbox', { name: 'Default Network' });
  await tabTo(page, network);
  await page.keyboard.press('Space');
  await expect(network).toBeChecked();
  await next('Security groups');
  await next('Key pair');
  const key = page.getByRole('radio', { name: new RegExp(`^${KEY}`) });
  await chooseRadio(page, 'Key pair', key);
  await next('Details');
  await tabTo(page, page.getByRole('textbox', { name: /^Name/ }));
  await page.keyboard.type(NAME);
  await next('Review');
  await tabTo(page, page.getByRole('button', { name: 'Create instance' }));
  await page.keyboard.press('Enter');

  // The new instance's page; it reaches ACTIVE, and the live region says so.
  const title = page.getByRole('heading', { level: 1, name: NAME });
  await expect(title).toBeVisible({ timeout: 30_000 });
  const titleRow = page.getByRole('group', { name: NAME });
  // Steps of 1.5 s: the page sees BUILD before ACTIVE even on a busy machine (a first load is never announced).
  await expect(titleRow).toContainText('Building');
  await expect(titleRow).toContainText('Active', { timeout: 30_000 });
  // Nobody asked for BUILD → ACTIVE: the polite live region tells screen-reader users.
  await expect(page.locator('[aria-live="polite"][aria-atomic="true"]').filter({ hasText: `${NAME} is now Active (ACTIVE).` })).toBeAttached();

  // Stop, through the actions menu and its confirmation.
  const actions = page.getByRole('button', { name: `Actions for ${NAME}` });
  const chooseAction = async (action: string) => {
    await tabTo(page, actions, { max: 80 });
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitem', { name: action, exact: true });
    await expect(item).toBeVisible();
    await arrowTo(page, item);
    await page.keyboard.press('Enter');
  };
  await chooseAction('Stop');
  const stop = page.getByRole('dialog', { name: `Stop ${NAME}?` });
  await expectFocusInside(page, stop);
  await tabTo(page, stop.getByRole('button', { name: 'Stop', exact: true }));
  await page.keyboard.press('Enter');
  await expect(stop).toBeHidden();
  await expect(actions).toBeFocused();
  await expect(titleRow).toContainText('Stopped', { timeout: 30_000 });

  // Delete, with the typed-name confirmation.
  await chooseAction('Delete');
  const remove = page.getByRole('dialog', { name: `Delete ${NAME}?` });
  await expectFocusInside(page, remove);
  const typed = remove.getByRole('textbox', { name: `Type ${NAME} to confirm` });
  await tabTo(page, typed);
  await page.keyboard.type(NAME);
  await tabTo(page, remove.getByRole('button', { name: 'Delete instance' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'This instance no longer exists' })).toBeVisible({ timeout: 30_000 });
});
