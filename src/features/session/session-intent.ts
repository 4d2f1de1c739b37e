/**
 * What the console should do while there is no session: start the demo (the default), or wait on the sign-in
 * page (after a sign-out, an expired live session, or when the tab was opened at /sign-in).
 */
import { useSyncExternalStore } from 'react';

export type SessionIntent = 'demo' | 'sign-in';

export interface IntentState {
  intent: SessionIntent;
  /** Bumped by "Continue with the demo": the session gate starts (and signs in to) the demo again. */
  demoRequests: number;
}

let state: IntentState = { intent: 'demo', demoRequests: 0 };
const listeners = new Set<() => void>();

function commit(next: IntentState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionIntent = {
  get: (): IntentState => state,
  set(intent: SessionIntent): void {
    if (intent !== state.intent) commit({ ...state, intent });
  },
  requestDemo(): void {
    commit({ intent: 'demo', demoRequests: state.demoRequests + 1 });
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Tests only. */
  reset(): void {
    commit({ intent: 'demo', demoRequests: 0 });
  },
};

export function useSessionIntent(): IntentState {
  return useSyncExternalStore(sessionIntent.subscribe, sessionIntent.get, sessionIntent.get);
}
