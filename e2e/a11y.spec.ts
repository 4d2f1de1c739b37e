import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations, openConsole } from './a11y-helpers';
import { OVERLAY } from './pages-helpers';
import { nextTo, stepHeading } from './create-instance-helpers';
import { chooseAction } from './instance-detail-helpers';
import { serverId, simApi } from './sim-api';
import { type LiveServers, signIn, startLiveServers } from './live-helpers';

/**
 * Issue 7 §1: every page, dialog and wizard step passes axe (WCAG 2.0 and 2.1, A and AA) in light and dark.
 * One page load per group; the dialogs of a group open one after another on that page, each scanned in both schemes.
 */
type Check = (page: Page) => Promise<void>;

// Tall enough that the whole actions menu fits on screen.
test.use({ viewport: { width: 1440, height: 1000 } });

const main = (page: Page) => page.getByRole('main');

async function closeDialog(page: Page, name: string | RegExp) {
  const dialog = page.getByRole('dialog', { name });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

const DETAIL_DIALOGS: Array<[action: string, title: string]> = [
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

const GROUPS: Array<[group: string, check: Check]> = [
  [
    'the instance list, its popovers and the bulk dialogs',
    async (page) => {
      await openConsole(page, '/instances', 'Instances');
      // The table is virtualized: pick rows near the top (newest first).
      await expect(page.getByRole('table', { name: 'Instances' }).getByRole('link', { name: 'private-db', exact: true })).toBeVisible();
      await expectNoViolations(page, 'list');
      await page.getByRole('button', { name: 'Columns' }).click();
      await expect(page.getByRole('checkbox', { name: 'Key pair' })).toBeVisible();
      await expectNoViolations(page, 'column picker', OVERLAY);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'More filters' }).click();
      await expect(page.getByRole('textbox', { name: 'Name (regex)' })).toBeVisible();
      await expectNoViolations(page, 'more filters', OVERLAY);
      await page.keyboard.press('Escape');
      for (const name of ['private-db', 'gpu-active']) await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
      const bulkMenu = page.getByRole('button', { name: 'Actions for selected' });
      await bulkMenu.click();
      await expect(page.getByRole('menuitem', { name: /^Stop/ })).toBeVisible();
      await expectNoViolations(page, 'bulk menu');
      await page.getByRole('menuitem', { name: /^Stop/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'bulk preview', OVERLAY);
      await closeDialog(page, /./);
      await bulkMenu.click();
      await page.getByRole('menuitem', { name: /^Delete/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'bulk delete', OVERLAY);
    },
  ],
  [
    'every tab of the detail page',
    async (page) => {
      await openConsole(page, '/instances', 'Instances');
      await page.goto(`/instances/${await serverId(page, 'public-web')}`);
      await expect(page.getByRole('heading', { level: 1, name: 'public-web' })).toBeVisible();
      for (const tab of ['Overview', 'Network', 'Block storage', 'Security groups', 'Metadata', 'Connect', 'Action log']) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
        await expectNoViolations(page, `tab ${tab}`);
      }
      await page.getByRole('button', { name: 'Actions for public-web' }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoViolations(page, 'actions menu', OVERLAY);
    },
  ],
  [
    'every instance action dialog',
    async (page) => {
      await openConsole(page, '/instances', 'Instances');
      await page.goto(`/instances/${await serverId(page, 'active')}`);
      await expect(page.getByRole('heading', { level: 1, name: 'active' })).toBeVisible();
      for (const [action, title] of DETAIL_DIALOGS) {
        await chooseAction(page, 'active', action);
        const dialog = page.getByRole('dialog', { name: title });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('status')).toHaveCount(0);
        await expectNoViolations(page, `dialog ${title}`, OVERLAY);
        await closeDialog(page, title);
      }
      await page.goto(`/instances/${await serverId(page, 'u2-active')}`);
      await chooseAction(page, 'u2-active', 'Create image');
      await expect(page.getByRole('dialog', { name: 'Create an image of u2-active' })).toBeVisible();
      await expectNoViolations(page, 'dialog create image', OVERLAY);
      await closeDialog(page, 'Create an image of u2-active');
      await page.goto(`/instances/${await serverId(page, 'shelved-offloaded')}`);
      await chooseAction(page, 'shelved-offloaded', 'Start terminated instance');
      const unshelve = page.getByRole('dialog', { name: 'Start shelved-offloaded again?' });
      await expect(unshelve.getByText(/^vCPUs: \+\d+, /)).toBeVisible();
      await expectNoViolations(page, 'dialog start terminated instance', OVERLAY);
    },
  ],
  [
    'every step of the create wizard, with the import dialog',
    async (page) => {
      await openConsole(page, '/instances/new', 'Create instance');
      await page.getByRole('radio', { name: /^Ubuntu Server 22\.04 LTS \(2025/ }).click();
      await expectNoViolations(page, 'step image');
      await nextTo(page, 'Flavor');
      await page.getByRole('radio', { name: 'm2.c2m4', exact: true }).check();
      await expectNoViolations(page, 'step flavor');
      await nextTo(page, 'Storage');
      await expectNoViolations(page, 'step storage');
      await nextTo(page, 'Network');
      // Next without a network: the step's error shows, and is scanned too.
      await page.getByRole('button', { name: 'Next: Security groups' }).click();
      await expect(stepHeading(page, 'Network')).toBeVisible();
      await expectNoViolations(page, 'step network with an error');
      await page.getByRole('checkbox', { name: 'Default Network' }).check();
      await nextTo(page, 'Security groups');
      await expectNoViolations(page, 'step security groups');
      await nextTo(page, 'Key pair');
      await page.getByRole('radio', { name: /^demo-key/ }).click();
      await expectNoViolations(page, 'step key pair');
      await page.getByRole('button', { name: 'Import public key' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'import dialog in the wizard', OVERLAY);
      await closeDialog(page, /./);
      await nextTo(page, 'Details');
      await page.getByRole('textbox', { name: /^Name/ }).fill('a11y-01');
      await expectNoViolations(page, 'step details');
      await nextTo(page, 'Review');
      await expectNoViolations(page, 'step review');
    },
  ],
  [
    'the key pairs page, its drawer and every dialog',
    async (page) => {
      await openConsole(page, '/key-pairs', 'Key pairs');
      await expect(main(page).getByRole('button', { name: 'demo-key', exact: true })).toBeVisible();
      await expectNoViolations(page, 'key pairs');
      await main(page).getByRole('button', { name: 'demo-key', exact: true }).click();
      const drawer = page.getByRole('dialog', { name: 'Key pair demo-key' });
      await expect(drawer.getByText(/^ssh-rsa /)).toBeVisible();
      await expectNoViolations(page, 'drawer', OVERLAY);
      await drawer.getByRole('button', { name: 'Delete key pair' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete key pair demo-key?' });
      await expect(confirm.getByRole('link', { name: 'active', exact: true })).toBeVisible();
      await expectNoViolations(page, 'delete', OVERLAY);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await closeDialog(page, 'Key pair demo-key');

      await main(page).getByRole('button', { name: 'Import public key' }).click();
      await expect(page.getByRole('dialog', { name: 'Import public key' })).toBeVisible();
      await expectNoViolations(page, 'import', OVERLAY);
      await closeDialog(page, 'Import public key');

      await main(page).getByRole('button', { name: 'Create key pair' }).click();
      const create = page.getByRole('dialog', { name: 'Create key pair' });
      await create.getByRole('textbox', { name: /Key pair name/ }).fill('a11y-key');
      await expectNoViolations(page, 'create', OVERLAY);
      const download = page.waitForEvent('download');
      await create.getByRole('button', { name: 'Create key pair' }).click();
      await download;
      const key = page.getByRole('dialog', { name: /Save the private key/ });
      await key.getByRole('button', { name: 'Show private key' }).click();
      await expectNoViolations(page, 'private key', OVERLAY);
    },
  ],
  [
    'the flavors, zones, overview and not-found pages, and the demo menu',
    async (page) => {
      await openConsole(page, '/flavors', 'Flavors');
      await page.getByRole('button', { name: 'Demo settings' }).click();
      await expect(page.getByRole('menuitemradio', { name: 'Normal (3 s a step)' })).toBeVisible();
      await expectNoViolations(page, 'demo menu', OVERLAY);
      await page.getByRole('menuitem', { name: 'Reset demo data…' }).click();
      await expect(page.getByRole('dialog', { name: 'Reset demo data?' })).toBeVisible();
      await expectNoViolations(page, 'reset demo data', OVERLAY);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('dialog', { name: 'Reset demo data?' })).toBeHidden();
      await page.getByRole('button', { name: 'Flavor families' }).click();
      await expect(page.getByText(/T2: low-cost/)).toBeVisible();
      await expectNoViolations(page, 'flavors with the family guide');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Availability zones' }).click();
      await expect(page.getByRole('region', { name: 'kr-pub-a' }).getByText(/^\d+$/)).toBeVisible();
      await expectNoViolations(page, 'zones');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
      await expect(page.getByRole('region', { name: 'By status' }).getByRole('link', { name: 'Running' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Quota usage' }).getByText('Instances', { exact: true })).toBeVisible();
      await expectNoViolations(page, 'overview');
      await page.goto('/no/such/page');
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expectNoViolations(page, 'not found');
    },
  ],
];

test.describe('axe WCAG 2.1 A/AA, light and dark', () => {
  test.describe.configure({ timeout: 180_000 });
  for (const [group, check] of GROUPS) {
    test(group, async ({ page }) => check(page));
  }
});

test.describe('motion', () => {
  const runningAnimations = (page: Page) => page.evaluate(() => document.getAnimations().filter((animation) => animation.playState === 'running').length);

  test('the status spinners turn by default', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openConsole(page, '/instances', 'Instances');
    await expect(page.getByRole('table', { name: 'Instances' }).getByText('Rebooting', { exact: true }).first()).toBeVisible();
    await expect.poll(() => runningAnimations(page)).toBeGreaterThan(0);
  });

  test('nothing moves for a user who asks for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openConsole(page, '/instances', 'Instances');
    await expect(page.getByRole('table', { name: 'Instances' }).getByText('Rebooting', { exact: true }).first()).toBeVisible();
    expect(await runningAnimations(page)).toBe(0);
    // Dialogs open without a transition either.
    await page.getByRole('button', { name: 'Actions for active' }).click();
    await page.getByRole('menuitem', { name: /^Stop/ }).click();
    await expect(page.getByRole('dialog', { name: 'Stop active?' })).toBeVisible();
    expect(await runningAnimations(page)).toBe(0);
  });
});

test('a status change made elsewhere is announced politely on the list, once, with a picture of the list', async ({ page }) => {
  await openConsole(page, '/instances', 'Instances');
  const region = page.locator('[aria-live="polite"][aria-atomic="true"]');
  // The first load is not announced.
  await expect(region).toHaveText('');
  // The seed's BUILD server finishes on its own (steps of 300 ms), before or after the first rows: wait until the list
  // shows it, so that its announcement, if any, is over before ours.
  const buildRow = page.getByRole('table', { name: 'Instances' }).getByRole('row').filter({ has: page.getByRole('link', { name: 'build', exact: true }) });
  await expect(buildRow.getByText('Active', { exact: true })).toBeVisible({ timeout: 30_000 });
  // Another client stops a server; the list's next poll shows it (the seed's stuck REBOOT, MIGRATING… servers keep
  // the list on its fast poll).
  expect((await simApi(page, 'POST', `/servers/${await serverId(page, 'active')}/action`, { 'os-stop': null })).status).toBe(202);
  await expect(region).toHaveText('active is now Stopped (SHUTOFF).', { timeout: 30_000 });
  await page.screenshot({ path: 'screenshots/a11y/list-after-announcement-light.png', animations: 'disabled' });
});

test.describe('live mode: sign-in page, session menu and the sign-in-again dialog', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let live: LiveServers;
  test.beforeAll(async () => {
    live = await startLiveServers();
  });
  test.afterAll(() => live.stop());

  test('light and dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${live.consoleUrl}/sign-in`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to NHN Cloud' })).toBeVisible();
    await expectNoViolations(page, 'sign-in page');

    await signIn(page, live.consoleUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.getByRole('button', { name: /^Session: region KR1/ }).click();
    const panel = page.getByRole('dialog', { name: 'Signed in' });
    await expect(panel).toBeVisible();
    await expectNoViolations(page, 'session menu');
    await panel.getByRole('button', { name: 'Sign in again' }).click();
    const reauth = page.getByRole('dialog', { name: 'Sign in again' });
    await expect(reauth.getByRole('textbox', { name: /User/ })).toHaveValue('demo@example.com');
    await expectNoViolations(page, 'sign in again');
  });
});
