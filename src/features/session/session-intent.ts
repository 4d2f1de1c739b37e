/**
 * What the console should do while there is no session: start the demo (the default), or wait on the sign-in
 * page (after a sign-out, an expired live session, or when the tab was opened at /sign-in).
 */
import { useStore } from 'zustand';
import { createStore } from '../../lib/store';

export type SessionIntent = 'demo' | 'sign-in';

export interface IntentState {
  intent: SessionIntent;
  /** Bumped by "Continue with the demo": the session gate starts (and signs in to) the demo again. */
  demoRequests: number;
}

const store = createStore<IntentState>(() => ({ intent: 'demo', demoRequests: 0 }));

export const sessionIntent = {
  get: (): IntentState => store.getState(),
  set(intent: SessionIntent): void {
    store.setState((state) => (intent === state.intent ? state : { intent }));
  },
  requestDemo(): void {
    store.setState((state) => ({ intent: 'demo', demoRequests: state.demoRequests + 1 }));
  },
};

export function useSessionIntent(): IntentState {
  return useStore(store);
}
