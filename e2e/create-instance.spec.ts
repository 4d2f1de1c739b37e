import { expect, test } from '@playwright/test';
import { createAndCapture, fillToReview, nextTo, openWizard, reviewBody, stepArea, stepHeading } from './create-instance-helpers';
import { LANGUAGES, lookAt } from './pages-helpers';

interface CreateBody {
  server: { block_device_mapping_v2?: Array<Record<string, unknown>>; return_reservation_id?: boolean };
}

test('a Linux instance is created with exactly the reviewed JSON, and watched to ACTIVE', async ({ page }) => {
  // Slow enough steps to see BUILD on the instance's page before it turns ACTIVE.
  await openWizard(page, '/instances/new', 1500);
  await fillToReview(page, { name: 'e2e-linux' });
  const shown = await reviewBody(page);
  const received = await createAndCapture(page);
  expect(received).toEqual(shown);
  await expect(page).toHaveURL(/\/instances\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /e2e-linux/ })).toBeVisible();
  await expect(page.getByText(/^e2e-linux: Building \(BUILD\)/)).toBeAttached();
  await expect(page.getByText(/^e2e-linux: Active \(ACTIVE\), no task running$/)).toBeAttached({ timeout: 30_000 });
});

test('a Windows image stops a 1 GB flavor, a 30 GB root and a 16-character name, each with its reason', async ({ page }) => {
  await openWizard(page);
  await fillToReview(page, { flavor: 't2.c1m1', rootGb: 30, name: 'win-server-00001' });
  await page.getByRole('button', { name: 'Step 1 of 8: Image' }).click();
  await page.getByRole('radio', { name: /^Windows 2022 STD/ }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Your new Image choice changed what earlier choices allow' });
  await expect(notice).toContainText('Windows needs a flavor with at least 2 GB of RAM; t2.c1m1 has 1 GB.');
  await expect(notice).toContainText('Windows needs a root disk of at least 50 GB.');
  await expect(notice).toContainText('Windows instance names are at most 15 characters; this one has 16.');

  await page.getByRole('button', { name: 'Step 8 of 8: Review' }).click();
  await expect(stepArea(page, 'Review').getByText('3 things to fix before creating')).toBeVisible();
  let sent = false;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/servers')) sent = true;
  });
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page.locator('#review-problems')).toBeFocused();
  expect(sent).toBe(false);

  await page.getByRole('button', { name: 'Step 2 of 8: Flavor (needs attention)' }).click();
  await expect(page.getByRole('radio', { name: 't2.c1m1' })).toBeChecked();
  await page.getByRole('button', { name: 'Next: Storage' }).click();
  await expect(stepHeading(page, 'Flavor')).toBeVisible();
  await expect(stepArea(page, 'Flavor').getByText('Windows needs a flavor with at least 2 GB of RAM; t2.c1m1 has 1 GB.').first()).toBeVisible();
});

test('a U2 flavor sends no block storage mapping', async ({ page }) => {
  await openWizard(page);
  await fillToReview(page, { flavor: 'u2.c2m4', name: 'e2e-u2' });
  const body = (await createAndCapture(page)) as CreateBody;
  expect(body.server.block_device_mapping_v2).toBeUndefined();
  await expect(page).toHaveURL(/\/instances\/[0-9a-f-]{36}$/);
});

test('a GPU flavor boots from its local disk', async ({ page }) => {
  await openWizard(page);
  await fillToReview(page, { image: /^Ubuntu Server 22\.04 LTS - GPU Driver/, flavor: 'g2.t4.c4m32', name: 'e2e-gpu' });
  const body = (await createAndCapture(page)) as CreateBody;
  expect(body.server.block_device_mapping_v2).toEqual([expect.objectContaining({ boot_index: 0, destination_type: 'local', source_type: 'image' })]);
  await expect(page).toHaveURL(/\/instances\/[0-9a-f-]{36}$/);
});

test('an encrypted volume type needs its Secure Key Manager fields', async ({ page }) => {
  await openWizard(page);
  await page.getByRole('radio', { name: /^Ubuntu Server 22\.04 LTS \(2025/ }).click();
  await nextTo(page, 'Flavor');
  await page.getByRole('radio', { name: 'm2.c2m4', exact: true }).check();
  await nextTo(page, 'Storage');
  await page.getByRole('combobox', { name: /^Block storage type/ }).click();
  await page.getByRole('option', { name: 'Encrypted HDD (encrypted)' }).click();
  await page.getByRole('button', { name: 'Next: Network' }).click();
  const storage = stepArea(page, 'Storage');
  await expect(storage.getByText('Encrypted HDD is encrypted: enter the Secure Key Manager appkey.')).toBeVisible();
  await expect(storage.getByText('Encrypted HDD is encrypted: enter the ID of the symmetric key in Secure Key Manager.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Secure Key Manager appkey/ })).toBeFocused();
  await page.getByRole('textbox', { name: /^Secure Key Manager appkey/ }).fill('e2e-appkey');
  await page.getByRole('textbox', { name: /^Symmetric key ID/ }).fill('e2e-key-id');
  await nextTo(page, 'Network');
});

test('a count of 3 creates three servers, listed by their reservation id', async ({ page }) => {
  await openWizard(page);
  await fillToReview(page, { name: 'e2e-trio', count: 3 });
  const body = (await createAndCapture(page, 'Create 3 instances')) as CreateBody;
  expect(body.server.return_reservation_id).toBe(true);
  await expect(page).toHaveURL(/\/instances\?reservation_id=r-[0-9a-z]{8}$/);
  for (const name of ['e2e-trio1', 'e2e-trio2', 'e2e-trio3']) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
});

test('an error from the simulated cloud leaves the form intact, and Create works once it is gone', async ({ page }) => {
  await openWizard(page);
  await fillToReview(page, { name: 'e2e-error' });
  await page.evaluate(() => window.__instanceConsoleSim?.failNext({ kind: 'server-error', status: 503, match: { method: 'POST', path: /\/servers$/ } }));
  await page.getByRole('button', { name: 'Create instance' }).click();
  const alert = stepArea(page, 'Review').getByRole('alert');
  await expect(alert).toContainText('The cloud refused to create the instance');
  await expect(alert).toContainText('HTTP 503');
  await expect(alert).toContainText('Every choice is kept');
  await expect(page.getByRole('complementary', { name: 'Summary' })).toContainText('e2e-error');
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page).toHaveURL(/\/instances\/[0-9a-f-]{36}$/);
});

test('a lost answer is looked into before any retry: the server is found, not made twice', async ({ page }) => {
  await openWizard(page);
  await fillToReview(page, { name: 'e2e-lost' });
  await page.evaluate(() => window.__instanceConsoleSim?.failNext({ kind: 'drop-after-apply', match: { method: 'POST', path: /\/servers$/ } }));
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page).toHaveURL(/\/instances\/[0-9a-f-]{36}$/);
  await page.goto('/instances?name=%5Ee2e-lost%24');
  await expect(page.getByRole('link', { name: 'e2e-lost', exact: true })).toHaveCount(1);
});

test('a reload mid-wizard keeps the draft and the step', async ({ page }) => {
  await openWizard(page);
  await page.getByRole('radio', { name: /^Rocky Linux/ }).click();
  await nextTo(page, 'Flavor');
  await page.getByRole('radio', { name: 'c2.c4m4', exact: true }).check();
  await nextTo(page, 'Storage');
  await page.getByRole('textbox', { name: /^Size/ }).fill('64');
  await page.reload();
  await expect(stepHeading(page, 'Storage')).toBeVisible();
  await expect(page.getByText(/^Your draft from .+ was restored\.$/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Size/ })).toHaveValue('64 GB');
  const summary = page.getByRole('complementary', { name: 'Summary' });
  await expect(summary).toContainText('Rocky Linux 8.10');
  await expect(summary).toContainText('c2.c4m4');
  await page.goBack();
  await expect(stepHeading(page, 'Flavor')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'c2.c4m4', exact: true })).toBeChecked();
});

const WORDS = {
  en: { next: 'Next: ', steps: ['Image', 'Flavor', 'Storage', 'Network', 'Security groups', 'Key pair', 'Details', 'Review'], name: /^Name/, import: 'Import public key' },
  ko: { next: '다음: ', steps: ['이미지', '인스턴스 타입', '블록 스토리지', '네트워크', '보안 그룹', '키 페어', '상세 정보', '검토'], name: /^이름/, import: '공개 키 가져오기' },
} as const;

for (const language of LANGUAGES) {
  test(`every step passes axe WCAG 2 A/AA, and is pictured in light and dark (${language})`, async ({ page }) => {
    test.setTimeout(180_000);
    const words = WORDS[language];
    const look = async (name: string) => {
      // From the top: a full-page shot of a scrolled page draws the fixed header midway.
      await page.evaluate(() => window.scrollTo(0, 0));
      await lookAt(page, 'create-instance', name, language, { fullPage: true });
    };
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript((lang) => localStorage.setItem('instance-console.language', lang), language);
    await openWizard(page);
    const step = (index: number) => stepHeading(page, words.steps[index] ?? '');
    const stepButton = (index: number) => page.getByRole('button', { name: new RegExp(`^(Step ${index + 1} of 8|8단계 중 ${index + 1}단계)`) });
    const next = async (index: number) => {
      await page.getByRole('button', { name: `${words.next}${words.steps[index] ?? ''}` }).click();
      await expect(step(index)).toBeVisible();
    };

    await page.getByRole('radio', { name: /^Windows 2022 STD/ }).click();
    await look('1-image');
    await next(1);
    await expect(page.getByRole('radio', { name: 't2.c1m1' })).toBeDisabled();
    await page.getByRole('radio', { name: 'm2.c2m4', exact: true }).check();
    await look('2-flavor');
    await next(2);
    await page.getByRole('combobox').first().click();
    await page.getByRole('option').last().click();
    await page.getByRole('button', { name: words.next + words.steps[3] }).click();
    await look('3-storage');
    await page.getByRole('textbox').nth(1).fill('app-key');
    await page.getByRole('textbox').nth(2).fill('key-id');
    await next(3);
    await page.getByRole('checkbox', { name: 'private-subnet' }).check();
    await page.getByRole('checkbox', { name: 'Default Network' }).check();
    await look('4-network');
    await next(4);
    await page.getByRole('checkbox', { name: 'web' }).check();
    await look('5-security-groups');
    await next(5);
    await page.getByRole('radio', { name: /^demo-key/ }).click();
    await look('6-key-pair');
    await page.getByRole('button', { name: words.import }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await look('6b-import-dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await next(6);
    await page.getByRole('textbox', { name: words.name }).fill('win-server-00001');
    await page.getByRole('textbox', { name: /^(User data|사용자 데이터)/ }).fill('#ps1_sysnative\nWrite-Output "hello"');
    await look('7-details');
    await page.getByRole('textbox', { name: words.name }).fill('win-web-01');
    await next(7);
    await look('8-review');

    // A later choice that breaks earlier ones, and the notice that says so.
    await stepButton(0).click();
    await page.getByRole('radio', { name: /^Ubuntu Server 22\.04 LTS \(2025/ }).click();
    await stepButton(1).click();
    await page.getByRole('radio', { name: 't2.c1m1' }).check();
    await stepButton(0).click();
    await page.getByRole('radio', { name: /^Windows 2022 STD/ }).click();
    await expect(page.getByRole('status').first()).toBeVisible();
    await look('9-invalidation');
  });
}

test('a key pair created in the key pair step downloads its private key and is chosen', async ({ page }) => {
  await openWizard(page, '/instances/new?step=keyPair');
  await expect(stepHeading(page, 'Key pair')).toBeVisible();
  await page.getByRole('button', { name: 'Create key pair' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create key pair' });
  await dialog.getByRole('textbox', { name: /^Key pair name/ }).fill('e2e-wizard-key');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create key pair' }).click();
  expect((await download).suggestedFilename()).toBe('e2e-wizard-key.pem');
  const keyDialog = page.getByRole('dialog', { name: 'Save the private key of e2e-wizard-key' });
  await keyDialog.getByRole('checkbox', { name: /I have saved the private key/ }).check();
  await keyDialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('radio', { name: /^e2e-wizard-key/ })).toBeChecked();
  const stored = () => page.evaluate(() => sessionStorage.getItem('instance-console.wizard-draft') ?? '');
  await expect.poll(stored).toContain('"keyName":"e2e-wizard-key"');
  expect(await stored()).not.toContain('PRIVATE KEY');
});
