/**
 * Demo mode: start the simulated NHN Cloud in this tab and sign in to it through its own identity service,
 * so demo and live mode share the token and catalog code path.
 * src/mocks/browser is imported dynamically: MSW must never land in the main chunk.
 */
import { sessionFromToken } from '../api/catalog';
import { issueTokenV2 } from '../api/identity';
import { sessionStore } from '../api/session';
import type { SimControls } from '../mocks/controls';

export const demoCredentials = {
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  username: 'demo@example.com',
  password: 'demo',
} as const;

export const demoRegion = 'KR1';

let started: Promise<SimControls> | null = null;

/** One simulated cloud per page, however often StrictMode or Retry ask; a failed start may be tried again. */
function startCloud(): Promise<SimControls> {
  started ??= Promise.all([import('../mocks/browser'), import('./demo-menu')])
    .then(([browser]) => browser.startDemoCloud())
    .catch((error: unknown) => {
      started = null;
      throw error;
    });
  return started;
}

/**
 * Signs in to the simulated identity service and makes that the session every API call uses.
 * `simBaseUrl` is the simulated cloud's base (docs/architecture.md): this page's `/sim`, or Vitest's.
 */
export async function signInToDemo(simBaseUrl = `${location.origin}/sim`, signal?: AbortSignal): Promise<void> {
  const token = await issueTokenV2({ identityUrl: `${simBaseUrl}/identity/v2.0`, ...demoCredentials }, signal);
  // The simulated cloud is an NHN Cloud.
  sessionStore.set({ ...sessionFromToken(token, { mode: 'demo', region: demoRegion, userName: demoCredentials.username }), profile: 'nhn' });
}

let booting: Promise<SimControls> | null = null;

/** Starts the simulated cloud and signs in. Concurrent callers share one attempt; after a failure the next call retries. */
export function startDemo(): Promise<SimControls> {
  booting ??= startCloud()
    .then(async (controls) => {
      await signInToDemo();
      return controls;
    })
    .finally(() => {
      booting = null;
    });
  return booting;
}

/** Throws away every change in the simulated cloud, then signs in again (the reset also forgets issued tokens). */
export async function resetDemo(controls: SimControls, simBaseUrl?: string): Promise<void> {
  controls.reset();
  await signInToDemo(simBaseUrl);
}
