import { useSyncExternalStore } from 'react';
import { type PendingAction, pendingActions } from './pending-actions';

const subscribe = (listener: () => void) => pendingActions.subscribe(listener);
const snapshot = () => pendingActions.snapshot();

/** Every pending action, re-rendering when one is added, acknowledged or settled (one subscription for a table). */
export function usePendingActions(): ReadonlyMap<string, PendingAction> {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** The action the user asked for on this server that the API does not show yet, if any. */
export function usePendingAction(serverId: string): PendingAction | undefined {
  const get = () => pendingActions.get(serverId);
  return useSyncExternalStore(subscribe, get, get);
}
