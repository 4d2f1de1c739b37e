import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { flavorQueries } from '../flavors/flavor-queries';
import { serverQueries } from '../instances/server-queries';
import { zoneQueries } from '../zones/zone-queries';
import { summarizeFleet } from './fleet-summary';

/** Without the list's fast polling, the numbers still follow the fleet: the same sync (only the changes) twice a minute. */
const OVERVIEW_REFRESH_MS = 30_000;

/**
 * The fleet as the unfiltered instance list holds it (the same query key: one load and one cache for both pages),
 * with the flavors and zones, summed up once per change.
 */
export function useOverview() {
  const fleet = useQuery({ ...serverQueries.fleet({}), refetchInterval: OVERVIEW_REFRESH_MS, refetchIntervalInBackground: false });
  const flavors = useQuery(flavorQueries.detail());
  const zones = useQuery(zoneQueries.list());
  // The weeks are counted up to the moment the numbers were last read, not to each render's clock.
  const [nowMs] = useState(() => Date.now());
  const servers = fleet.data?.complete ? fleet.data.servers : undefined;
  const summary = useMemo(
    () => (servers && flavors.data ? summarizeFleet(servers, flavors.data, zones.data?.map((zone) => zone.zoneName) ?? [], nowMs) : undefined),
    [servers, flavors.data, zones.data, nowMs],
  );
  return { fleet, flavors, summary, nowMs };
}
