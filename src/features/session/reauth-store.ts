/**
 * The one "sign in again" request at a time: a 401 in the middle of a session, the expiry warning, or the session
 * menu open it; the dialog answers it. Requests that arrive while one is open share its answer.
 */
import { useSyncExternalStore } from 'react';
import type { UnauthorizedDecision } from '../../api/unauthorized';

export type ReauthReason = 'unauthorized' | 'expiring' | 'expired' | 'manual';

interface Pending {
  reason: ReauthReason;
  promise: Promise<UnauthorizedDecision>;
  resolve: (decision: UnauthorizedDecision) => void;
}

let pending: Pending | null = null;
let suspended = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function requestReauth(reason: ReauthReason): Promise<UnauthorizedDecision> {
  if (pending) return pending.promise;
  let resolve: (decision: UnauthorizedDecision) => void = () => undefined;
  const promise = new Promise<UnauthorizedDecision>((done) => (resolve = done));
  pending = { reason, promise, resolve };
  notify();
  return promise;
}

/** 'retry' after a successful sign-in (the failed request is sent again); undefined when cancelled. */
export function settleReauth(decision: UnauthorizedDecision): void {
  const current = pending;
  if (!current) return;
  pending = null;
  notify();
  current.resolve(decision);
}

/** For setUnauthorizedHandler: a 401 opens the dialog, except while a sign-in checks a token itself. */
export function handleUnauthorized(): Promise<UnauthorizedDecision> | UnauthorizedDecision {
  return suspended > 0 ? undefined : requestReauth('unauthorized');
}

export async function withReauthSuspended<T>(work: () => Promise<T>): Promise<T> {
  suspended += 1;
  try {
    return await work();
  } finally {
    suspended -= 1;
  }
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
/** Why a sign-in dialog is open, or null. */
export const getReauthReason = (): ReauthReason | null => pending?.reason ?? null;

export function useReauthRequest(): ReauthReason | null {
  return useSyncExternalStore(subscribe, getReauthReason, getReauthReason);
}
