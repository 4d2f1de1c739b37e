import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type ConsoleServer, signInToNova, startConsoleServer } from './console-server';
import { novaCall, userToken } from './nova-api';

let consoleServer: ConsoleServer;
test.beforeAll(async () => {
  consoleServer = await startConsoleServer();
});
test.afterAll(() => consoleServer?.stop());

const NOVA = { timeout: 120_000 };
const main = (page: Page) => page.getByRole('main');

async function keyPairNames(): Promise<string[]> {
  const { json } = await novaCall('GET', '/os-keypairs', undefined, userToken());
  return (json as { keypairs: Array<{ keypair: { name: string } }> }).keypairs.map((entry) => entry.keypair.name);
}

/** Deletes from the key pair's drawer, opening it from the list unless it is open already. */
async function deleteKeyPair(page: Page, name: string, { drawerOpen = false } = {}) {
  const drawer = page.getByRole('dialog', { name: `Key pair ${name}` });
  if (!drawerOpen) await main(page).getByRole('button', { name, exact: true }).click();
  await drawer.getByRole('button', { name: 'Delete key pair' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete key pair ${name}?` });
  await confirm.getByRole('button', { name: 'Delete key pair' }).click();
  await expect(confirm).toBeHidden(NOVA);
  await expect(main(page).getByRole('button', { name, exact: true })).toBeHidden(NOVA);
}

test('key pairs: generate (the .pem passes ssh-keygen -y), import and delete', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'nova-keys-'));
  try {
    await signInToNova(page, consoleServer.url);
    await page.goto(`${consoleServer.url}/key-pairs`);
    await expect(page.getByRole('heading', { level: 1, name: 'Key pairs' })).toBeVisible(NOVA);

    // A project without key pairs shows the same button twice: in the toolbar and in the empty state.
    await main(page).getByRole('button', { name: 'Create key pair' }).first().click();
    const form = page.getByRole('dialog', { name: 'Create key pair' });
    await form.getByRole('textbox', { name: /Key pair name/ }).fill('nova-generated');
    const download = page.waitForEvent('download', NOVA);
    await form.getByRole('button', { name: 'Create key pair' }).click();
    const pemPath = join(dir, 'nova-generated.pem');
    await (await download).saveAs(pemPath);
    chmodSync(pemPath, 0o600);
    // ssh-keygen derives the public key from the private one: the file is the key Nova generated, intact.
    const derived = execFileSync('ssh-keygen', ['-y', '-f', pemPath], { encoding: 'utf8' }).trim();
    const { json } = await novaCall('GET', '/os-keypairs/nova-generated', undefined, userToken());
    const stored = (json as { keypair: { public_key: string } }).keypair.public_key.trim().split(' ').slice(0, 2).join(' ');
    expect(derived.split(' ').slice(0, 2).join(' ')).toBe(stored);
    const keyDialog = page.getByRole('dialog', { name: 'Save the private key of nova-generated' });
    await keyDialog.getByRole('checkbox', { name: 'I have saved the private key in a safe place' }).check();
    await keyDialog.getByRole('button', { name: 'Done' }).click();
    await expect(keyDialog).toBeHidden();
    // The new key pair's drawer opens; the import starts from the list.
    const drawer = page.getByRole('dialog', { name: 'Key pair nova-generated' });
    await drawer.getByRole('button', { name: 'Close details' }).click();
    await expect(drawer).toBeHidden();

    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'nova-check', '-f', join(dir, 'imported')]);
    await main(page).getByRole('button', { name: 'Import public key' }).first().click();
    const importDialog = page.getByRole('dialog', { name: 'Import public key' });
    await importDialog.getByRole('textbox', { name: /Key pair name/ }).fill('nova-imported');
    await importDialog.getByRole('textbox', { name: /Public key/ }).fill(readFileSync(join(dir, 'imported.pub'), 'utf8'));
    await importDialog.getByRole('button', { name: 'Import key pair' }).click();
    await expect(importDialog).toBeHidden(NOVA);
    // The imported key's drawer opens.
    await expect(page.getByRole('dialog', { name: 'Key pair nova-imported' })).toBeVisible(NOVA);
    expect(await keyPairNames()).toEqual(expect.arrayContaining(['nova-generated', 'nova-imported']));

    await deleteKeyPair(page, 'nova-imported', { drawerOpen: true });
    await deleteKeyPair(page, 'nova-generated');
    expect(await keyPairNames()).not.toContain('nova-generated');
    expect(await keyPairNames()).not.toContain('nova-imported');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('flavors and availability zones show what Nova has', async ({ page }) => {
  await signInToNova(page, consoleServer.url);
  await page.goto(`${consoleServer.url}/flavors`);
  const flavors = main(page).getByRole('table');
  for (const name of ['m2.c1m2', 'm2.c2m4', 'm2.c4m8']) await expect(flavors.getByText(name, { exact: true })).toBeVisible(NOVA);
  await expect(page.getByText('Could not load the data')).toHaveCount(0);

  await page.goto(`${consoleServer.url}/zones`);
  await expect(main(page).getByText('nova', { exact: true }).first()).toBeVisible(NOVA);
  await expect(page.getByText('Could not load the data')).toHaveCount(0);
});
