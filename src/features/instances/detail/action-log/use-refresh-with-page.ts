import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { serverKeys } from '../../server-queries';
import { isActionLogUnsupported } from './action-log-queries';

/**
 * Refreshes the server's action log (and the events shown) each time the page's own record is refreshed: the page
 * already polls fast while a task runs and slowly when all is still, so the log follows the same decision.
 */
export function useRefreshWithPage(serverId: string, pageUpdatedAt: number): void {
  const queryClient = useQueryClient();
  const seen = useRef(pageUpdatedAt);
  useEffect(() => {
    if (pageUpdatedAt === seen.current) return;
    seen.current = pageUpdatedAt;
    // A cloud without the log does not get it asked for again at every poll.
    if (isActionLogUnsupported(queryClient.getQueryState(serverKeys.actions(serverId))?.error)) return;
    void queryClient.invalidateQueries({ queryKey: serverKeys.actions(serverId) });
  }, [queryClient, serverId, pageUpdatedAt]);
}
