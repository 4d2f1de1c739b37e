import { useSyncExternalStore } from 'react';
import { type Session, sessionStore } from '../api/session';

const subscribe = (onChange: () => void) => sessionStore.subscribe(onChange);
const getSnapshot = () => sessionStore.get();

/** The current session; re-renders when it changes (sign-in, demo reset, later a live re-login). */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
