import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { nextTo } from './create-instance-helpers';
import { titleRow } from './instance-detail-helpers';
import { type LiveServers, startLiveServers, TENANT } from './live-helpers';
import { jsonStrings, keptData, passwordFields } from './secrets-helpers';

/*
 * Live mode against `npm run sim`, so passwords are really typed: sign in (a wrong password first, a distinctive
 * one, then the right one), generate a key pair, launch an instance with it through the wizard. Afterwards no
 * private key and no password may be left in web storage, IndexedDB, cookies, the query cache or the URLs visited.
 */

test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

let live: LiveServers;
test.beforeAll(async () => {
  live = await startLiveServers(200);
});
test.afterAll(() => live.stop());

const LONG = { timeout: 30_000 };
const WRONG_PASSWORD = `Wrong-Pass-${Date.now().toString(36)}-q7Zx`;
const PASSWORD = 'demo';

test('after sign-in, a generated key and a launch, no private key or password is kept anywhere', async ({ page }) => {
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });

  // Sign in: a wrong password first (refused), then the right one.
  await page.goto(`${live.consoleUrl}/sign-in`);
  await page.getByRole('textbox', { name: /Tenant ID/ }).fill(TENANT);
  await page.getByRole('textbox', { name: /^User/ }).fill('demo@example.com');
  await page.getByLabel(/API password/).fill(WRONG_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The identity service refused the sign-in');
  await page.getByLabel(/API password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible(LONG);

  // Generate a key pair: it downloads at once; the dialog closes after the user confirms.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Key pairs' }).click();
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Create key pair' }).click();
  const form = page.getByRole('dialog', { name: 'Create key pair' });
  await form.getByRole('textbox', { name: /Key pair name/ }).fill('secret-key');
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Create key pair' }).click();
  const pem = readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
  const body = pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  const keyNeedles = ['PRIVATE KEY', (body[3] ?? '').slice(0, 40), (body[10] ?? '').slice(8, 48), body.join('').slice(200, 260)];
  expect(keyNeedles.every((needle) => needle.length >= 11)).toBe(true);
  const keyDialog = page.getByRole('dialog', { name: 'Save the private key of secret-key' });
  await keyDialog.getByRole('checkbox', { name: 'I have saved the private key in a safe place' }).check();
  await keyDialog.getByRole('button', { name: 'Done' }).click();
  await expect(keyDialog).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Key pair secret-key' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Launch an instance with the new key through the wizard.
  await nav.getByRole('link', { name: 'Instances' }).click();
  await main.getByRole('link', { name: 'Create instance' }).click();
  await page.getByRole('radio', { name: /^Ubuntu Server 22\.04 LTS \(2025/ }).click();
  await nextTo(page, 'Flavor');
  await page.getByRole('radio', { name: 'm2.c2m4', exact: true }).check();
  await nextTo(page, 'Storage');
  await nextTo(page, 'Network');
  await page.getByRole('checkbox', { name: 'Default Network' }).check();
  await nextTo(page, 'Security groups');
  await nextTo(page, 'Key pair');
  await page.getByRole('radio', { name: /^secret-key/ }).click();
  await nextTo(page, 'Details');
  await page.getByRole('textbox', { name: /^Name/ }).fill('secret-web');
  await nextTo(page, 'Review');
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'secret-web' })).toBeVisible(LONG);
  await expect(titleRow(page)).toContainText('Active', LONG);

  const kept = await keptData(page);
  // The probes reach what they claim to: the session is in sessionStorage, the cache holds the servers.
  expect(kept.sessionStorage.join('\n')).toContain('instance-console.session');
  expect(kept.cacheEntries).toBeGreaterThan(3);
  expect(kept.queryCache).toContain('secret-web');
  expect(kept.queryCache).toContain('secret-key');

  const cookies = (await page.context().cookies()).flatMap((cookie) => [cookie.name, cookie.value]);
  const stored: Record<string, string[]> = { localStorage: kept.localStorage, sessionStorage: kept.sessionStorage, indexedDb: kept.indexedDb, cookies };
  const places: Record<string, string[]> = { ...stored, queryCache: kept.queryCache, urls: visited, dom: [(await page.locator('body').textContent()) ?? ''] };
  for (const [place, texts] of Object.entries(places)) {
    for (const needle of [...keyNeedles, WRONG_PASSWORD]) {
      expect(texts.filter((text) => text.includes(needle)), `${needle} in ${place}`).toEqual([]);
    }
    // "demo" is everywhere (the user, the demo key): the password is looked for as a whole value.
    expect(texts.flatMap(jsonStrings).filter((value) => value === PASSWORD), `the password in ${place}`).toEqual([]);
  }
  // Nor is anything stored under a password key.
  for (const [place, texts] of Object.entries(stored)) {
    expect(texts.flatMap(passwordFields), `a password field in ${place}`).toEqual([]);
  }
});
