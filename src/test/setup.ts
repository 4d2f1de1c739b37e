import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { sessionStore } from '../api/session';
import { pendingActions } from '../features/instances/actions/pending-actions';
import { sessionIntent } from '../features/session/session-intent';
import { resetSim } from '../mocks/node';
import { server } from './msw-server';
import './setup-i18n';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetSim();
});
afterAll(() => server.close());

// Test files share their worker's modules (`isolate: false`, several times faster): each file leaves the
// console's module-level stores as a fresh import would have them.
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStore.set(null);
  sessionIntent.reset();
  pendingActions.clear();
});
