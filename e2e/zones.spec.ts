import { expect, test } from '@playwright/test';
import { EN_LIGHT, expectNoAxeViolations, LANGUAGES, lookAt, openPage, picture } from './pages-helpers';
import { setSimConfig } from './sim-config';

test('each zone shows its state and how many of the project’s instances run in it', async ({ page }) => {
  await openPage(page, '/zones', 'Availability zones');
  for (const zone of ['kr-pub-a', 'kr-pub-b']) {
    const card = page.getByRole('region', { name: zone });
    await expect(card.getByText('Available', { exact: true })).toBeVisible();
    await expect(card.getByText(/^\d+$/)).toBeVisible();
    await expect(card.getByText(/Active \d+/)).toBeVisible();
  }
  const count = async (zone: string) => Number(await page.getByRole('region', { name: zone }).getByText(/^\d+$/).textContent());
  // Every seeded server that has a zone is counted once.
  expect((await count('kr-pub-a')) + (await count('kr-pub-b'))).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole('alert')).toBeHidden();
});

test('a zone only the servers name is shown as not listed, apart from the listed ones', async ({ page }) => {
  await openPage(page, '/zones', 'Availability zones');
  await expect(page.getByRole('region', { name: 'kr-pub-a' }).getByText(/^\d+$/)).toBeVisible();
  // Behind the console's back: one server moves to a zone the zone list does not name (the demo keeps its state here).
  await page.evaluate(() => {
    const key = 'instance-console.sim.state';
    const state = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { servers: { name: string; availabilityZone: string }[] };
    const server = state.servers.find((s) => s.name === 'active');
    if (server) server.availabilityZone = 'kr-pub-old';
    sessionStorage.setItem(key, JSON.stringify(state));
  });
  await page.reload();
  const old = page.getByRole('region', { name: 'kr-pub-old' });
  await expect(old.getByText('Not listed')).toBeVisible();
  await expect(old.getByText('1', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await picture(page, 'zones', 'unlisted-zone', EN_LIGHT);
});

test('a zone the cloud reports as not available stands out, with its instances still counted', async ({ page }) => {
  await setSimConfig(page, { unavailableZones: ['kr-pub-a'] });
  await openPage(page, '/zones', 'Availability zones');
  const down = page.getByRole('region', { name: 'kr-pub-a' });
  await expect(down.getByText('Not available', { exact: true })).toBeVisible();
  await expect(down.getByText('New instances cannot be created in this zone right now.')).toBeVisible();
  await expect(down.getByText(/^\d+$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'kr-pub-b' }).getByText('Available', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('kr-pub-a');
  await expectNoAxeViolations(page);
  await picture(page, 'zones', 'unavailable-zone', EN_LIGHT);
});

for (const language of LANGUAGES) {
  test(`the zones page passes axe, pictured in light and dark (${language})`, async ({ page }) => {
    const ko = language === 'ko';
    await openPage(page, '/zones', ko ? '가용성 영역' : 'Availability zones', language);
    await expect(page.getByRole('region', { name: 'kr-pub-a' }).getByText(/^\d+$/)).toBeVisible();
    await lookAt(page, 'zones', 'list', language, { fullPage: true });
  });
}
