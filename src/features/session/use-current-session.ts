import { useSyncExternalStore } from 'react';
import { type Session, sessionStore } from '../../api/session';

const subscribe = (onChange: () => void) => sessionStore.subscribe(onChange);
const getSnapshot = () => sessionStore.get();

/** The session of this tab; re-renders on sign-in, sign-out and a new token. */
export function useCurrentSession(): Session | null {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
