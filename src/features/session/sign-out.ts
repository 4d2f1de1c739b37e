import type { QueryClient } from '@tanstack/react-query';
import { sessionStore } from '../../api/session';
import { settleReauth } from './reauth-store';
import { sessionIntent } from './session-intent';
import { clearConsoleStorage, tabStorage } from './session-storage';

/**
 * Forgets the token, the catalog and every cached query (pending actions end with the session: pending-actions.ts), and everything the console kept in
 * this tab's storage. The caller then shows /sign-in (the shell sends anyone without a session there).
 */
export function signOut(queryClient: QueryClient): void {
  // First: without a session the gate would otherwise start the demo.
  sessionIntent.set('sign-in');
  settleReauth(undefined);
  queryClient.clear();
  const storage = tabStorage();
  if (storage) clearConsoleStorage(storage);
  sessionStore.set(null);
}

/** "Continue with the demo" from the sign-in page: forget what the form remembered and start the demo. */
export function continueWithDemo(): void {
  const storage = tabStorage();
  if (storage) clearConsoleStorage(storage);
  sessionIntent.requestDemo();
}
