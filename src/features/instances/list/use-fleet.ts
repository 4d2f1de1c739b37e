import { useQuery } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { fleetQuery } from './fleet-query';
import type { FleetApiFilters } from './list-params';

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}
const isVisible = () => document.visibilityState === 'visible';

/** Whether the tab is shown: polling stops while it is hidden. */
export function useDocumentVisible(): boolean {
  return useSyncExternalStore(subscribeVisibility, isVisible, () => true);
}

/** The same filters give the same object, whatever order the URL named them in. */
export function useStableFilters(filters: FleetApiFilters): FleetApiFilters {
  const key = JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
  return useMemo(() => Object.fromEntries(JSON.parse(key) as Array<[string, string]>) as FleetApiFilters, [key]);
}

export function useFleet(filters: FleetApiFilters) {
  return useQuery(fleetQuery(filters));
}

/**
 * Polls the fleet every `intervalMs` (false: not at all). A second observer of the same query, so the interval can
 * follow what the page shows (decidePolling needs the rows, which come from the first observer); it never re-renders.
 */
export function useFleetPolling(filters: FleetApiFilters, intervalMs: number | false): void {
  useQuery({ ...fleetQuery(filters), refetchInterval: intervalMs, refetchIntervalInBackground: false, notifyOnChangeProps: [] });
}
