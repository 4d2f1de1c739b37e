import { queryOptions } from '@tanstack/react-query';
import { isApiError, isNotFound } from '../../../../api/api-error';
import { getInstanceAction, listInstanceActions } from '../../../../api/instance-actions';
import { serverKeys } from '../../server-queries';

export const actionLogQueries = {
  /** GET /servers/{id}/os-instance-actions, newest first. */
  list: (serverId: string) =>
    queryOptions({
      queryKey: serverKeys.actions(serverId),
      queryFn: ({ signal }) => listInstanceActions(serverId, signal),
      // The tab refreshes it with the page (useRefreshWithPage).
      staleTime: 0,
    }),
  /** One action with its events. */
  detail: (serverId: string, requestId: string) =>
    queryOptions({
      queryKey: serverKeys.action(serverId, requestId),
      queryFn: ({ signal }) => getInstanceAction(serverId, requestId, signal),
      staleTime: 0,
    }),
};

/**
 * A 404 that is not Nova's "Instance <id> could not be found." (nor its "has no mapping to a cell"): the cloud does
 * not serve the action log at all (a bare "The resource could not be found." from its router, or a gateway's page).
 */
export function isActionLogUnsupported(error: unknown): boolean {
  if (!isNotFound(error) || !isApiError(error)) return false;
  return !/^Instance \S+ (could not be found|has no mapping to a cell)/i.test(error.message);
}
