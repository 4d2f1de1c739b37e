import { queryOptions } from '@tanstack/react-query';
import type { Server } from '../../api/schemas/server';
import type { ServerStatus } from '../../api/schemas/server-status';
import { listAllServersDetail } from '../../api/servers';

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

/**
 * Every server of the project, reduced to ServerRef. Its own key (not the instance list's fleet cache): these
 * pages need the whole project once, not the list's filters and polling.
 */
export const serverUsageKeys = {
  all: ['serverUsage'] as const,
};

export const serverUsageQueries = {
  all: () =>
    queryOptions({
      queryKey: serverUsageKeys.all,
      queryFn: async ({ signal }) => (await listAllServersDetail({}, { signal })).map(toRef),
      staleTime: 30_000,
    }),
};

/** Servers grouped by a key of theirs, each group sorted by name. */
export function groupServers(servers: readonly ServerRef[], keyOf: (server: ServerRef) => string | null): Map<string, ServerRef[]> {
  const groups = new Map<string, ServerRef[]>();
  for (const server of servers) {
    const key = keyOf(server);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(server);
    else groups.set(key, [server]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return groups;
}
