import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import { serverKeys } from '../server-queries';
import { applyFleetStep, EMPTY_FLEET, type Fleet, type FleetStep } from './fleet';
import { syncFleet } from './fleet-sync';
import type { FleetApiFilters } from './list-params';

/**
 * The whole fleet matching the API filters, kept in the cache and brought up to date by `changes-since` polls.
 * Each fetch is one sync, streamed: React Query folds every step it yields (a page, the changes) into the cached
 * fleet with `applyFleetStep`, so the first rows show before the last page comes. The sync reads the fleet as the
 * last one left it, to know what to ask; only the reducer writes. How often it runs: `useFleet` (decidePolling).
 * Structural sharing is off because the reducer already keeps unchanged servers' objects, and comparing 5,000
 * servers on every poll would cost more than it saves.
 */
export function fleetQuery(filters: FleetApiFilters) {
  return queryOptions({
    queryKey: serverKeys.fleet(filters),
    queryFn: streamedQuery<FleetStep, Fleet, ReturnType<typeof serverKeys.fleet>>({
      streamFn: ({ client, queryKey, signal }) => syncFleet(filters, client.getQueryData<Fleet>(queryKey), signal),
      refetchMode: 'append',
      reducer: applyFleetStep,
      initialValue: EMPTY_FLEET,
    }),
    structuralSharing: false,
    // A poll costs only the changes: coming back to the tab or the page asks at once.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}
