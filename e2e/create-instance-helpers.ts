import { expect, type Page, type Request } from '@playwright/test';
import { setSimConfig } from './sim-config';

/** Transitions every 200 ms by default: BUILD → ACTIVE within a second or two. */
export async function openWizard(page: Page, path = '/instances/new', transitionMs = 200) {
  await setSimConfig(page, { transitionMs });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: /^(Create instance|인스턴스 생성)$/ })).toBeVisible();
}

export const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
export const stepArea = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

export async function nextTo(page: Page, step: string) {
  await page.getByRole('button', { name: `Next: ${step}` }).click();
  await expect(stepHeading(page, step)).toBeVisible();
}

export interface DraftChoices {
  image?: RegExp;
  flavor?: string;
  volumeType?: string;
  rootGb?: number;
  name?: string;
  count?: number;
}

/** Clicks through every step to the review, the way a user would. */
export async function fillToReview(page: Page, choices: DraftChoices = {}) {
  await page.getByRole('radio', { name: choices.image ?? /^Ubuntu Server 22\.04 LTS \(2025/ }).click();
  await nextTo(page, 'Flavor');
  await page.getByRole('radio', { name: choices.flavor ?? 'm2.c2m4', exact: true }).check();
  await nextTo(page, 'Storage');
  if (choices.volumeType) {
    await page.getByRole('combobox', { name: /^Block storage type/ }).click();
    await page.getByRole('option', { name: choices.volumeType }).click();
  }
  if (choices.rootGb !== undefined) await page.getByRole('textbox', { name: /^Size/ }).fill(String(choices.rootGb));
  await nextTo(page, 'Network');
  await page.getByRole('checkbox', { name: 'Default Network' }).check();
  await nextTo(page, 'Security groups');
  await nextTo(page, 'Key pair');
  await page.getByRole('radio', { name: /^demo-key/ }).click();
  await nextTo(page, 'Details');
  await page.getByRole('textbox', { name: /^Name/ }).fill(choices.name ?? 'web-01');
  if (choices.count !== undefined) await page.getByRole('textbox', { name: /^Number of instances/ }).fill(String(choices.count));
  await nextTo(page, 'Review');
}

export const isCreateRequest = (request: Request) => request.method() === 'POST' && /\/sim\/compute\/v2\/[^/]+\/servers$/.test(new URL(request.url()).pathname);

/** The review's JSON, parsed. */
export async function reviewBody(page: Page): Promise<unknown> {
  return JSON.parse((await stepArea(page, 'Review').getByLabel('Request body (POST /servers)', { exact: true }).textContent()) ?? '') as unknown;
}

/** Clicks Create and returns the body the simulated cloud received. */
export async function createAndCapture(page: Page, button = 'Create instance'): Promise<unknown> {
  const sent = page.waitForRequest(isCreateRequest);
  await page.getByRole('button', { name: button }).click();
  return (await sent).postDataJSON() as unknown;
}
