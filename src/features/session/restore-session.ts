import { sessionStore } from '../../api/session';
import { sessionIntent } from './session-intent';
import { loadStoredSession, tabStorage } from './session-storage';

export const SIGN_IN_PATH = '/sign-in';

/** `next` for after the sign-in: a path of this console only, never another origin (`//evil.example`). */
export function safeNextPath(next: string | null): string | null {
  return next !== null && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !next.startsWith(SIGN_IN_PATH) ? next : null;
}

/**
 * Before the router starts: a live session of this tab comes back after a reload. One that expired meanwhile
 * leads to the sign-in page (prefilled, with `next` back to where the user was) instead of the demo.
 */
export function restoreSession(now = Date.now()): void {
  const storage = tabStorage();
  const stored = storage ? loadStoredSession(storage, now) : null;
  if (stored?.session) {
    sessionStore.set(stored.session);
    return;
  }
  if (location.pathname === SIGN_IN_PATH) {
    sessionIntent.set('sign-in');
    return;
  }
  if (stored?.signIn) {
    sessionIntent.set('sign-in');
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    history.replaceState(null, '', `${SIGN_IN_PATH}?${stored.expired ? 'expired=1&' : ''}next=${next}`);
  }
}
