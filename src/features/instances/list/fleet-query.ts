import { queryOptions } from '@tanstack/react-query';
import { serverKeys } from '../server-queries';
import { type Fleet, syncFleet } from './fleet-sync';
import type { FleetApiFilters } from './list-params';

/**
 * The whole fleet matching the API filters, kept in the cache and brought up to date by `changes-since` polls.
 * The page sets the polling interval (decidePolling); structural sharing is off because the merge already keeps
 * unchanged servers' objects, and comparing 5,000 servers on every poll would cost more than it saves.
 */
export function fleetQuery(filters: FleetApiFilters) {
  return queryOptions({
    queryKey: serverKeys.fleet(filters),
    queryFn: ({ client, queryKey, signal }): Promise<Fleet> => syncFleet({ client, queryKey, signal }, filters),
    structuralSharing: false,
    // A poll costs only the changes: coming back to the tab or the page asks at once.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}
