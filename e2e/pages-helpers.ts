import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export type Look = { language: 'en' | 'ko'; colorScheme: 'light' | 'dark' };

export const EN_LIGHT: Look = { language: 'en', colorScheme: 'light' };

/**
 * `E2E_ALL_LOOKS=1` scans and pictures each page and dialog in every language and colour scheme (for people to look
 * at the screenshots). By default the area specs run the Korean looks only: e2e/a11y.spec.ts already scans every
 * page, dialog and wizard step in English, light and dark, and a full suite must stay quick on two cores.
 */
export const ALL_LOOKS = process.env.E2E_ALL_LOOKS === '1';

export const LOOKS: readonly Look[] = [
  ...(ALL_LOOKS ? [EN_LIGHT, { language: 'en', colorScheme: 'dark' } as const] : []),
  { language: 'ko', colorScheme: 'light' },
  { language: 'ko', colorScheme: 'dark' },
];

/** Opens a page in a language and colour scheme, once the simulated cloud has signed in and the heading shows. */
export async function openPage(page: Page, url: string, heading: string | RegExp, look: Look = EN_LIGHT): Promise<void> {
  await page.addInitScript((language) => localStorage.setItem('instance-console.language', language), look.language);
  await page.emulateMedia({ colorScheme: look.colorScheme });
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/**
 * A popover, menu or dialog over a page that was already scanned: scanning only it is enough (the page behind has not
 * changed), and a whole-page scan of the list costs several seconds.
 */
export const OVERLAY = '[role="dialog"], [role="menu"]';

/** No WCAG 2 A/AA violation on what is on screen now (or within the elements `within` selects). */
export async function expectNoAxeViolations(page: Page, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  const scan = await (within ? builder.include(within) : builder).analyze();
  expect(scan.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`) }))).toEqual([]);
}

/** Screenshots go to screenshots/<area>/<name>-<language>-<scheme>.png, for people to look at. */
export async function picture(page: Page, area: string, name: string, look: Look, fullPage = true): Promise<void> {
  const dir = path.join(process.cwd(), 'screenshots', area);
  mkdirSync(dir, { recursive: true });
  // Let transitions and tooltips settle: animations off for the picture only.
  await page.screenshot({ path: path.join(dir, `${name}-${look.language}-${look.colorScheme}.png`), fullPage, animations: 'disabled' });
}
