import { queryOptions } from '@tanstack/react-query';
import type { ServerListFilters } from '../../api/servers';
import { getServer } from '../../api/servers';

/** One page of a server's volume attachments: Nova pages them with limit/offset (no marker, no links). */
export interface AttachmentPage {
  limit: number;
  offset: number;
}

/**
 * Every server query lives under `serverKeys.all`. A server's attachments and action log sit under its detail key,
 * so invalidating `detail(id)` after an action refreshes them all.
 */
export const serverKeys = {
  all: ['servers'] as const,
  fleets: () => [...serverKeys.all, 'fleet'] as const,
  fleet: (filters: Omit<ServerListFilters, 'limit' | 'marker'>) => [...serverKeys.fleets(), filters] as const,
  details: () => [...serverKeys.all, 'detail'] as const,
  detail: (id: string) => [...serverKeys.details(), id] as const,
  attachments: (id: string, page?: AttachmentPage) =>
    page === undefined ? ([...serverKeys.detail(id), 'attachments'] as const) : ([...serverKeys.detail(id), 'attachments', page] as const),
  actions: (id: string) => [...serverKeys.detail(id), 'actions'] as const,
  action: (id: string, requestId: string) => [...serverKeys.actions(id), requestId] as const,
};

export const serverQueries = {
  /** GET /servers/{id}; a deleted server answers 404 (ApiError with status 404). */
  detail: (id: string) =>
    queryOptions({
      queryKey: serverKeys.detail(id),
      queryFn: ({ signal }) => getServer(id, signal),
      // The page polls on its own schedule (decidePolling); a cached record is shown at once meanwhile.
      staleTime: 0,
    }),
};
