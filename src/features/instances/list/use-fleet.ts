import { useDocumentVisibility } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Server } from '../../../api/schemas/server';
import { currentProfile } from '../../../api/session';
import { decidePolling, type PollingDecision } from '../../../domain/polling';
import { usePendingActions } from '../actions/use-pending-action';
import { taskStateOf } from '../server-facts';
import { type Fleet, requestFullSync } from './fleet';
import { serverQueries } from '../server-queries';
import type { FleetApiFilters } from './list-params';

/** The same filters give the same object, whatever order the URL named them in. */
export function useStableFilters(filters: FleetApiFilters): FleetApiFilters {
  const key = JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)));
  return useMemo(() => Object.fromEntries(JSON.parse(key) as Array<[string, string]>) as FleetApiFilters, [key]);
}

function* statesOf(servers: readonly Server[]) {
  for (const server of servers) yield { status: server.status, taskState: taskStateOf(server) };
}

function pollingOf(fleet: Fleet | undefined, pendingActions: number, visible: boolean): PollingDecision {
  return decidePolling({ servers: statesOf(fleet?.servers ?? []), pendingActions, visible, source: fleet?.complete ? 'loaded' : 'loading', profile: currentProfile() });
}

/**
 * The fleet, kept live: the query polls itself as `decidePolling` says for the servers it holds, the actions still
 * pending and the tab's visibility. `polling` is that same decision, for the page to say how fresh the rows are;
 * `reload` is Refresh: every page again, the rows staying on screen meanwhile.
 */
export function useFleet(filters: FleetApiFilters) {
  const queryClient = useQueryClient();
  const pendingActions = usePendingActions().size;
  const visible = useDocumentVisibility() === 'visible';
  const query = useQuery({
    ...serverQueries.fleet(filters),
    refetchInterval: (current) => pollingOf(current.state.data, pendingActions, visible).intervalMs,
    refetchIntervalInBackground: false,
  });
  const polling = useMemo(() => pollingOf(query.data, pendingActions, visible), [query.data, pendingActions, visible]);

  const { refetch } = query;
  const reload = useCallback(() => {
    queryClient.setQueryData(serverQueries.fleet(filters).queryKey, requestFullSync);
    void refetch();
  }, [queryClient, filters, refetch]);
  return { query, polling, reload };
}
