import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { setSimConfig } from './sim-config';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** WCAG 2.0 and 2.1, levels A and AA: what issue 7 asks the whole console to pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Opens the console with a quick simulated cloud, in the system's light colour scheme (the console follows the
 * system until the user picks one, so `showScheme` can switch it on the open page). Resolves once the heading shows.
 */
export async function openConsole(page: Page, url: string, heading: string | RegExp, simConfig: Record<string, unknown> = {}): Promise<void> {
  await setSimConfig(page, { transitionMs: 300, chaosRate: 0, ...simConfig });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
}

/** Switches the open page to a colour scheme the way the system does, once every colour transition has ended. */
export async function showScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  // A contrast measured in the middle of a colour transition would be neither scheme's.
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((animation) => animation instanceof CSSTransition && animation.playState === 'running').length))
    .toBe(0);
}

/** No WCAG 2.0/2.1 A or AA violation in what is on screen now (or within `within`); `what` names the state. */
export async function expectNoViolationsNow(page: Page, what: string, within?: string): Promise<void> {
  // Legacy mode runs axe in the page itself; the default finishes every scan in a new blank page, which doubles
  // its time and is only needed for cross-origin frames (the console has none).
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
  const scan = await (within ? builder.include(within) : builder).analyze();
  const found = scan.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
  expect(found, what).toEqual([]);
}

/**
 * The same, in light and in dark: scans in the page's scheme, switches to the other and scans again (the page stays
 * in that one). One page load and one walk through the dialogs serve both schemes.
 */
export async function expectNoViolations(page: Page, what: string, within?: string): Promise<void> {
  const first = (await page.locator('html').getAttribute('data-mantine-color-scheme')) === 'dark' ? 'dark' : 'light';
  await expectNoViolationsNow(page, `${what} (${first})`, within);
  const second = first === 'light' ? 'dark' : 'light';
  await showScheme(page, second);
  await expectNoViolationsNow(page, `${what} (${second})`, within);
}

/** The focused element, as a locator (for Playwright's accessible-name and focus assertions). */
export const focused = (page: Page) => page.locator(':focus');

/**
 * What a keyboard user sees of the focused control: whether the browser treats the focus as keyboard focus
 * (:focus-visible) and the indicator drawn for it, an outline or a box-shadow that is not "none".
 */
export async function focusRing(page: Page): Promise<{ element: string; focusVisible: boolean; ring: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { element: 'body', focusVisible: false, ring: 'none' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : '';
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return { element: `${element.tagName.toLowerCase()} "${label}"`, focusVisible: element.matches(':focus-visible'), ring: outline || shadow || 'none' };
  });
}

/** Every focused control on the path has an accessible name and a visible focus ring (soft: all are reported). */
export async function expectFocusUsable(page: Page): Promise<void> {
  const ring = await focusRing(page);
  expect.soft(ring.element, 'focus is on a control, not lost to the page').not.toBe('body');
  expect.soft(ring, `focus ring of ${ring.element}`).toEqual(expect.objectContaining({ focusVisible: true }));
  expect.soft(ring.ring, `focus ring of ${ring.element}`).not.toBe('none');
  await expect.soft(focused(page), `accessible name of ${ring.element}`).toHaveAccessibleName(/\S/);
}

/**
 * Presses Tab (or Shift+Tab) until `target` (or one of the elements it matches) has focus (none if it has already), checking every control it passes on the way.
 * Fails when the target is not reached within `max` presses: it is not reachable by keyboard.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  // `target` may match several elements (the radios of a group): any of them will do.
  const reached = () => target.evaluateAll((elements) => (elements as Element[]).includes(document.activeElement as Element));
  for (let presses = 0; presses < max && !(await reached()); presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusUsable(page);
  }
  if (await reached()) return;
  throw new Error(`Not reached by ${back ? 'Shift+Tab' : 'Tab'} within ${max} presses: ${target.toString()}`);
}
