/**
 * The one "sign in again" request at a time: a 401 in the middle of a session, the expiry warning, or the session
 * menu open it; the dialog answers it. Requests that arrive while one is open share its answer.
 */
import { useStore } from 'zustand';
import { createStore } from '../../lib/store';
import type { UnauthorizedDecision } from '../../api/unauthorized';

export type ReauthReason = 'unauthorized' | 'expiring' | 'expired' | 'manual';

interface Pending {
  reason: ReauthReason;
  promise: Promise<UnauthorizedDecision>;
  resolve: (decision: UnauthorizedDecision) => void;
}

interface ReauthState {
  pending: Pending | null;
  /** How many sign-ins are checking a token themselves right now: their 401s are answers, not a lost session. */
  suspended: number;
}

const store = createStore<ReauthState>(() => ({ pending: null, suspended: 0 }));

export function requestReauth(reason: ReauthReason): Promise<UnauthorizedDecision> {
  const { pending } = store.getState();
  if (pending) return pending.promise;
  let resolve: (decision: UnauthorizedDecision) => void = () => undefined;
  const promise = new Promise<UnauthorizedDecision>((done) => (resolve = done));
  store.setState({ pending: { reason, promise, resolve } });
  return promise;
}

/** 'retry' after a successful sign-in (the failed request is sent again); undefined when cancelled. */
export function settleReauth(decision: UnauthorizedDecision): void {
  const { pending } = store.getState();
  if (!pending) return;
  store.setState({ pending: null });
  pending.resolve(decision);
}

/** For setUnauthorizedHandler: a 401 opens the dialog, except while a sign-in checks a token itself. */
export function handleUnauthorized(): Promise<UnauthorizedDecision> | UnauthorizedDecision {
  return store.getState().suspended > 0 ? undefined : requestReauth('unauthorized');
}

export async function withReauthSuspended<T>(work: () => Promise<T>): Promise<T> {
  store.setState((state) => ({ suspended: state.suspended + 1 }));
  try {
    return await work();
  } finally {
    store.setState((state) => ({ suspended: state.suspended - 1 }));
  }
}

const reasonOf = (state: ReauthState): ReauthReason | null => state.pending?.reason ?? null;

/** Why a sign-in dialog is open, or null. */
export const getReauthReason = (): ReauthReason | null => reasonOf(store.getState());

export function useReauthRequest(): ReauthReason | null {
  return useStore(store, reasonOf);
}
