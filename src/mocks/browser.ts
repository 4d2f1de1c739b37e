/**
 * The demo backend: the simulated cloud served by MSW's service worker under `${location.origin}/sim`, its
 * state kept in sessionStorage so a reload keeps the demo where it was.
 */
import { setupWorker } from 'msw/browser';
import { loadSaved, persistCloud } from './browser-storage';
import { createSimulatedCloud } from './cloud';
import type { SimControls, SimTestControls } from './controls';

declare global {
  interface Window {
    /** For e2e tests and the benchmark. */
    __instanceConsoleSim?: SimTestControls;
  }
}

let started: Promise<SimControls> | null = null;

/** Starts the worker once; later calls get the same controls. */
export function startDemoCloud(): Promise<SimControls> {
  // A failed start is forgotten, so Retry starts afresh instead of getting the same failure back.
  started ??= start().catch((error: unknown) => {
    started = null;
    throw error;
  });
  return started;
}

/** Some privacy settings make even reading `sessionStorage` throw; the demo then lives in memory only. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

async function start(): Promise<SimControls> {
  const storage = tabStorage();
  const saved = storage ? loadSaved(storage) : { config: {}, state: null };
  const cloud = createSimulatedCloud({ baseUrl: `${location.origin}/sim`, config: saved.config, state: saved.state });
  const controls = storage ? persistCloud(cloud, storage) : cloud.controls;
  const worker = setupWorker(...cloud.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  window.__instanceConsoleSim = controls;
  return controls;
}
