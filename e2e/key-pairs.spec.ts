import { expect, type Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LANGUAGES, lookAt, OVERLAY, openPage } from './pages-helpers';

const main = (page: Page) => page.getByRole('main');

/** Every place in the page a copy of `needles` could hide: web storage, IndexedDB, Cache Storage, the DOM and the URL. */
async function findInPageStorage(page: Page, needles: string[]): Promise<string[]> {
  return page.evaluate(async (needles) => {
    const hits: string[] = [];
    const check = (where: string, text: unknown) => {
      const value = typeof text === 'string' ? text : JSON.stringify(text ?? null);
      if (needles.some((needle) => value.includes(needle))) hits.push(where);
    };
    for (const [name, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i) ?? '';
        check(`${name}:${key}`, `${key}=${storage.getItem(key) ?? ''}`);
      }
    }
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        });
        check(`indexedDB:${info.name}/${store}`, rows);
      }
      db.close();
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        check(`caches:${cacheName}:${request.url}`, `${request.url} ${response ? await response.text() : ''}`);
      }
    }
    check('DOM', document.documentElement.outerHTML);
    check('URL', `${location.href} ${JSON.stringify(history.state)}`);
    return hits;
  }, needles);
}

/**
 * Whether any string in the page's JavaScript heap (React state, the query cache, closures, everything) holds one of
 * `needles`, after a full garbage collection. Needs no hook in the app: Chromium's heap profiler sees it all.
 */
async function heapHolds(page: Page, needles: string[]): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = chunks.join('');
  return needles.some((needle) => snapshot.includes(needle));
}

test('generating a key downloads a .pem that ssh-keygen accepts, matching the listed key, and leaves no copy behind', async ({ page }) => {
  await openPage(page, '/key-pairs', 'Key pairs');
  await main(page).getByRole('button', { name: 'Create key pair' }).click();
  const form = page.getByRole('dialog', { name: 'Create key pair' });
  await form.getByRole('textbox', { name: /Key pair name/ }).fill('e2e key');
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Create key pair' }).click();

  const file = await download;
  expect(file.suggestedFilename()).toBe('e2e key.pem');
  const dir = mkdtempSync(path.join(tmpdir(), 'key-pairs-e2e-'));
  try {
    const pemPath = path.join(dir, file.suggestedFilename());
    await file.saveAs(pemPath);
    chmodSync(pemPath, 0o600);
    const pem = readFileSync(pemPath, 'utf8');
    expect(pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    const derived = execFileSync('ssh-keygen', ['-y', '-f', pemPath], { encoding: 'utf8' }).trim();
    expect(derived).toMatch(/^ssh-rsa AAAA\S+$/);
    // Lines from the middle of the key body: the probes for copies left in the page.
    const bodyLines = pem.split('\n').filter((line) => line && !line.startsWith('-----'));
    const needles = [bodyLines[5], bodyLines[12]].map((line) => (line ?? '').slice(4, 44));
    expect(needles.every((needle) => needle.length === 40)).toBe(true);

    const keyDialog = page.getByRole('dialog', { name: 'Save the private key of e2e key' });
    await expect(keyDialog.getByText('This is the only chance to save the private key')).toBeVisible();
    await expect(keyDialog.getByText("chmod 400 'e2e key.pem'")).toBeVisible();
    await expect(keyDialog.getByText("ssh -i 'e2e key.pem' '<user>@<instance IP>'")).toBeVisible();
    await keyDialog.getByRole('button', { name: 'Show private key' }).click();
    await expect(keyDialog.getByRole('textbox', { name: 'Private key (e2e key.pem)' })).toHaveValue(pem);
    // The probe works: while the dialog shows the key, the heap has it.
    expect(await heapHolds(page, needles)).toBe(true);

    const again = page.waitForEvent('download');
    await keyDialog.getByRole('button', { name: 'Download again' }).click();
    const secondPath = path.join(dir, 'again.pem');
    await (await again).saveAs(secondPath);
    expect(readFileSync(secondPath, 'utf8')).toBe(pem);

    // It stays until the user confirms.
    await page.keyboard.press('Escape');
    await expect(keyDialog).toBeVisible();
    await expect(keyDialog.getByRole('button', { name: 'Done' })).toBeDisabled();
    await keyDialog.getByRole('checkbox', { name: 'I have saved the private key in a safe place' }).check();
    await keyDialog.getByRole('button', { name: 'Done' }).click();
    await expect(keyDialog).toBeHidden();

    // The new key pair's details open; its public key is the one ssh-keygen derived from the download.
    const drawer = page.getByRole('dialog', { name: 'Key pair e2e key' });
    const publicKey = drawer.getByText(/^ssh-rsa /);
    await expect(publicKey).toBeVisible();
    const [type, body] = ((await publicKey.textContent()) ?? '').split(' ');
    expect(`${type} ${body}`).toBe(derived);
    await expect(page).toHaveURL(/\/key-pairs\?key=e2e(\+|%20)key$/);

    expect(await findInPageStorage(page, ['PRIVATE KEY', ...needles])).toEqual([]);
    // Unmounting is not instant on a busy machine (closing transitions, React's deferred cleanup): within seconds.
    await expect.poll(() => heapHolds(page, needles), { timeout: 20_000 }).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('importing a malformed key shows the reason and sends nothing', async ({ page }) => {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/os-keypairs')) posts.push(request.url());
  });
  await openPage(page, '/key-pairs', 'Key pairs');
  await main(page).getByRole('button', { name: 'Import public key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import public key' });
  await dialog.getByRole('textbox', { name: /Key pair name/ }).fill('laptop');
  const key = dialog.getByRole('textbox', { name: /Public key/ });
  await key.fill('ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAABAQC0Vtqd297SOiPhXquaUYDQdVQ laptop');
  await dialog.getByRole('button', { name: 'Import key pair' }).click();
  await expect(dialog.getByText(/The key is not valid base64|The line says ssh-ed25519, but the key inside is ssh-rsa|The key ends too soon/)).toBeVisible();
  await expect(key).toHaveAttribute('aria-invalid', 'true');

  await key.fill('ssh-dss AAAAB3NzaC1kc3MAAACBAP1 old@box');
  await expect(dialog.getByText('DSA keys (ssh-dss) are not accepted')).toBeVisible();
  expect(posts).toEqual([]);

  // A good key goes through, and the list shows it.
  await key.fill('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC8Jay26O0CgeweRedyLcW0QIH9IAdCBRxdD0UaxFgxE me@laptop');
  await expect(dialog.getByText('Valid Ed25519 public key, comment “me@laptop”.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import key pair' }).click();
  await expect(dialog).toBeHidden();
  expect(posts).toHaveLength(1);
  await expect(main(page).getByRole('button', { name: 'laptop', exact: true })).toBeVisible();
});

test("a duplicate name shows the server's 409 message", async ({ page }) => {
  await openPage(page, '/key-pairs', 'Key pairs');
  await main(page).getByRole('button', { name: 'Create key pair' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create key pair' });
  const name = dialog.getByRole('textbox', { name: /Key pair name/ });
  await name.fill('demo-key');
  await dialog.getByRole('button', { name: 'Create key pair' }).click();
  await expect(dialog.getByText("Key pair 'demo-key' already exists.")).toBeVisible();
  await expect(name).toHaveValue('demo-key');
});

test('deleting asks first and names the instances that use the key', async ({ page }) => {
  await openPage(page, '/key-pairs', 'Key pairs');
  await main(page).getByRole('button', { name: 'Actions for demo-key' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete key pair demo-key?' });
  await expect(confirm.getByText(/^\d+ instances were created with this key pair$/)).toBeVisible();
  await expect(confirm.getByRole('link', { name: 'active', exact: true })).toBeVisible();
  await expect(confirm.getByRole('link', { name: 'win-active' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(main(page).getByRole('button', { name: 'demo-key', exact: true })).toBeVisible();

  await main(page).getByRole('button', { name: 'Actions for ops-ed25519' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const unused = page.getByRole('dialog', { name: 'Delete key pair ops-ed25519?' });
  await expect(unused.getByText('No instance of this project uses this key pair.')).toBeVisible();
  await unused.getByRole('button', { name: 'Delete key pair' }).click();
  await expect(unused).toBeHidden();
  await expect(main(page).getByRole('button', { name: 'ops-ed25519', exact: true })).toBeHidden();
  await expect(page.getByText('Key pair ops-ed25519 was deleted.')).toBeVisible();
});

for (const language of LANGUAGES) {
  test(`the key pair page and its dialogs pass axe, pictured in light and dark (${language})`, async ({ page }) => {
    const ko = language === 'ko';
    await openPage(page, '/key-pairs', ko ? '키 페어' : 'Key pairs', language);
    await expect(main(page).getByRole('button', { name: 'demo-key', exact: true })).toBeVisible();
    await expect(main(page).getByRole('link', { name: 'active', exact: true })).toBeVisible();
    await lookAt(page, 'key-pairs', 'list', language, { fullPage: true });

    await main(page).getByRole('button', { name: 'demo-key', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: ko ? '키 페어 demo-key' : 'Key pair demo-key' });
    await expect(drawer.getByText(/^ssh-rsa /)).toBeVisible();
    await lookAt(page, 'key-pairs', 'drawer', language, { within: OVERLAY });
    await drawer.getByRole('button', { name: ko ? '키 페어 삭제' : 'Delete key pair' }).click();
    const confirm = page.getByRole('dialog', { name: ko ? '키 페어 demo-key을(를) 삭제할까요?' : 'Delete key pair demo-key?' });
    await expect(confirm.getByRole('link', { name: 'active', exact: true })).toBeVisible();
    await lookAt(page, 'key-pairs', 'delete', language, { within: OVERLAY });
    await confirm.getByRole('button', { name: ko ? '취소' : 'Cancel' }).click();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    await main(page).getByRole('button', { name: ko ? '공개 키 가져오기' : 'Import public key' }).click();
    const importDialog = page.getByRole('dialog', { name: ko ? '공개 키 가져오기' : 'Import public key' });
    await importDialog.getByRole('textbox', { name: ko ? /키 페어 이름/ : /Key pair name/ }).fill('bad name.');
    await importDialog.getByRole('textbox', { name: ko ? /공개 키/ : /Public key/ }).fill('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC8Jay26O0Cg');
    await importDialog.getByRole('button', { name: ko ? '키 페어 가져오기' : 'Import key pair' }).click();
    await expect(importDialog.locator('[aria-invalid="true"]')).toHaveCount(2);
    await lookAt(page, 'key-pairs', 'import-errors', language, { within: OVERLAY });
    await importDialog.getByRole('button', { name: ko ? '취소' : 'Cancel' }).click();

    await main(page).getByRole('button', { name: ko ? '키 페어 생성' : 'Create key pair' }).click();
    const createDialog = page.getByRole('dialog', { name: ko ? '키 페어 생성' : 'Create key pair' });
    await createDialog.getByRole('textbox', { name: ko ? /키 페어 이름/ : /Key pair name/ }).fill(`look-${language}`);
    await lookAt(page, 'key-pairs', 'create', language, { within: OVERLAY });
    const download = page.waitForEvent('download');
    await createDialog.getByRole('button', { name: ko ? '키 페어 생성' : 'Create key pair' }).click();
    await download;
    const keyDialog = page.getByRole('dialog', { name: ko ? /개인 키 저장/ : /Save the private key/ });
    await keyDialog.getByRole('button', { name: ko ? '개인 키 보기' : 'Show private key' }).click();
    await lookAt(page, 'key-pairs', 'private-key', language, { within: OVERLAY });
    await keyDialog.getByRole('checkbox').check();
    await lookAt(page, 'key-pairs', 'private-key-confirmed', language, { within: OVERLAY });
    await keyDialog.getByRole('button', { name: ko ? '완료' : 'Done' }).click();
    await expect(keyDialog).toBeHidden();
  });
}
