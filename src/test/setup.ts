import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { resetAllStores } from '../lib/store';
import { resetSim } from '../mocks/node';
import { server } from './msw-server';
import './setup-i18n';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Every test starts with the console's stores as a fresh import has them: each store made with src/lib/store.ts
// is reset here, so none needs its own line.
afterEach(() => {
  server.resetHandlers();
  resetSim();
  resetAllStores();
});
afterAll(() => server.close());

// Test files share their worker's modules (`isolate: false`, several times faster): each file leaves the
// globals it changed as it found them.
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
