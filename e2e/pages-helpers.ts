import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expectNoViolationsNow, type Scheme, showScheme } from './a11y-helpers';

export type Language = 'en' | 'ko';

/**
 * The languages the area specs scan and picture their pages in. By default Korean only: e2e/a11y.spec.ts already
 * scans every page, dialog and wizard step in English, light and dark, and a full suite must stay quick on two cores.
 * `E2E_ALL_LOOKS=1` adds English (for people to look at the screenshots).
 */
export const ALL_LOOKS = process.env.E2E_ALL_LOOKS === '1';
export const LANGUAGES: readonly Language[] = ALL_LOOKS ? ['en', 'ko'] : ['ko'];
export const EN_LIGHT = { language: 'en', colorScheme: 'light' } as const;

/** Opens a page in a language (light, following the system), once the simulated cloud has signed in and the heading shows. */
export async function openPage(page: Page, url: string, heading: string | RegExp, language: Language = 'en'): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('instance-console.language', value), language);
  await page.emulateMedia({ colorScheme: 'light' });
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
  await expectNoViolationsNow(page, within ? `axe within ${within}` : 'axe', within);
}

/** Screenshots go to screenshots/<area>/<name>-<language>-<scheme>.png, for people to look at. */
export async function picture(page: Page, area: string, name: string, look: { language: Language; colorScheme: Scheme }, fullPage = true): Promise<void> {
  const dir = path.join(process.cwd(), 'screenshots', area);
  mkdirSync(dir, { recursive: true });
  // Let transitions and tooltips settle: animations off for the picture only.
  await page.screenshot({ path: path.join(dir, `${name}-${look.language}-${look.colorScheme}.png`), fullPage, animations: 'disabled' });
}

/**
 * One state of a page in a language: scanned by axe (in light; e2e/a11y.spec.ts scans every state in dark too, and
 * colours do not depend on the language) and pictured in light and in dark. Leaves the page in light.
 */
export async function lookAt(page: Page, area: string, name: string, language: Language, options: { within?: string; fullPage?: boolean } = {}): Promise<void> {
  const { within, fullPage = false } = options;
  await expectNoViolationsNow(page, `${area} ${name} (${language})`, within);
  for (const colorScheme of ['light', 'dark'] as const) {
    await showScheme(page, colorScheme);
    await picture(page, area, name, { language, colorScheme }, fullPage);
  }
  await showScheme(page, 'light');
}
