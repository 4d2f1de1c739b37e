import { useDocumentVisibility } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isNotFound } from '../../../api/api-error';
import { currentProfile } from '../../../api/session';
import { decidePolling } from '../../../domain/polling';
import { pendingActions } from '../actions/pending-actions';
import { usePendingAction } from '../actions/use-pending-action';
import { serverQueries } from '../server-queries';
import { taskStateOf } from '../server-facts';

/**
 * One server, refreshed live: every 2 s while it changes (a transitional status, a task, or an action the API does
 * not show yet), every 30 s when still, not at all while the tab is hidden. Every answer goes to the pending-action
 * tracker; a 404 tells it the server is gone.
 */
export function useServerDetail(serverId: string) {
  const pending = usePendingAction(serverId);
  const visible = useDocumentVisibility() === 'visible';
  const query = useQuery({
    ...serverQueries.detail(serverId),
    refetchInterval: (q) => {
      const server = q.state.data;
      const servers = server ? [{ status: server.status, taskState: taskStateOf(server) }] : [];
      const source = isNotFound(q.state.error) ? 'gone' : 'loaded';
      return decidePolling({ servers, pendingActions: pending ? 1 : 0, visible, source, profile: currentProfile() }).intervalMs;
    },
    refetchIntervalInBackground: false,
  });

  const { data, dataUpdatedAt, error } = query;
  useEffect(() => {
    if (data) pendingActions.observe([data]);
  }, [data, dataUpdatedAt]);

  const gone = isNotFound(error);
  useEffect(() => {
    if (gone) pendingActions.observeGone(serverId);
  }, [gone, serverId]);

  return { query, server: data, gone };
}
