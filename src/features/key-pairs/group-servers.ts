import type { ServerRef } from '../instances/server-queries';

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
