import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import type { Server } from '../../api/schemas/server';
import type { ServerStatus } from '../../api/schemas/server-status';
import type { ServerListFilters } from '../../api/servers';
import { getServer, listAllServersDetail, listServers } from '../../api/servers';
import { createdNamesFilter, isNameOfRequest } from '../../domain/create-rules';
import { applyFleetStep, EMPTY_FLEET, type Fleet, type FleetStep } from './list/fleet';
import { syncFleet } from './list/fleet-sync';
import type { FleetApiFilters } from './list/list-params';

/** One page of a server's volume attachments: Nova pages them with limit/offset (no marker, no links). */
export interface AttachmentPage {
  limit: number;
  offset: number;
}

/**
 * Every query of server data lives under `serverKeys.all`, whichever page shows it: invalidating `all` after a
 * create, a delete or a rename reaches the list, the instance pages, the key pairs' and zones' usage and the
 * wizard's same-name check. A server's attachments and action log sit under its detail key, so invalidating
 * `detail(id)` after an action refreshes them all.
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
  /** Every server of the project as `ServerRef`: which key pair each was made with, which zone it runs in. */
  usage: () => [...serverKeys.all, 'usage'] as const,
  /** The servers a name filter (Nova's regex) finds: the wizard warns about names already taken. */
  named: (filter: string, count: number) => [...serverKeys.all, 'named', filter, count] as const,
};

/** The little of a server the key pair and zone pages show: which key it was made with, where it runs. */
export interface ServerRef {
  id: string;
  name: string;
  status: ServerStatus;
  keyName: string | null;
  /** "" while the scheduler has not placed it. */
  zone: string;
}

function toRef(server: Server): ServerRef {
  return {
    id: server.id,
    name: server.name,
    status: server.status,
    keyName: server.key_name,
    zone: server['OS-EXT-AZ:availability_zone'] ?? '',
  };
}

export const serverQueries = {
  /**
   * The whole fleet matching the API filters, kept in the cache and brought up to date by `changes-since` polls: the
   * instance list's rows, and with no filters the overview's numbers (one cache, one load for both).
   * Each fetch is one sync, streamed: React Query folds every step it yields (a page, the changes) into the cached
   * fleet with `applyFleetStep`, so the first rows show before the last page comes. The sync reads the fleet as the
   * last one left it, to know what to ask; only the reducer writes. How often it runs: `useFleet` (decidePolling).
   * Structural sharing is off because the reducer already keeps unchanged servers' objects, and comparing 5,000
   * servers on every poll would cost more than it saves.
   */
  fleet: (filters: FleetApiFilters) =>
    queryOptions({
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
    }),
  /** GET /servers/{id}; a deleted server answers 404 (ApiError with status 404). */
  detail: (id: string) =>
    queryOptions({
      queryKey: serverKeys.detail(id),
      queryFn: ({ signal }) => getServer(id, signal),
      // The page polls on its own schedule (decidePolling); a cached record is shown at once meanwhile.
      staleTime: 0,
    }),
  /**
   * Every server of the project, reduced to ServerRef. Not the instance list's fleet: these pages need the whole
   * project once, not the list's filters and polling.
   */
  usage: () =>
    queryOptions({
      queryKey: serverKeys.usage(),
      queryFn: async ({ signal }) => (await listAllServersDetail({}, { signal })).map(toRef),
      staleTime: 30_000,
    }),
  /**
   * Servers that already carry the name(s) a create of `count` named `name` would give, with or without the hyphen
   * before the number (`GET /servers?name=^web-?[0-9]+$`, anchored because Nova's filter is an unanchored regex, then
   * exactly the request's names). Names need not be unique: the wizard only warns.
   */
  named: (name: string, count: number) => {
    const filter = createdNamesFilter(name, count);
    return queryOptions({
      queryKey: serverKeys.named(filter, count),
      queryFn: async ({ signal }) => (await listServers({ name: filter }, signal)).items.filter((server) => isNameOfRequest(server.name, name, count)),
      enabled: name !== '',
      staleTime: 10_000,
    });
  },
};
