import type { AvailabilityZone } from '../../api/schemas/availability-zone';
import type { ServerStatus } from '../../api/schemas/server-status';

export interface ZoneSummary {
  name: string;
  /** null: a zone the project's servers are in but the zone list does not name. */
  available: boolean | null;
  /** undefined while the servers are unknown. */
  instances: number | undefined;
  /** Status and count, the most common first. */
  statuses: [ServerStatus, number][];
}

/** Each listed zone with its servers, then any zone only the servers name; servers without a zone are counted apart. */
export function summarizeZones(
  zones: readonly AvailabilityZone[],
  servers: readonly { zone: string; status: ServerStatus }[] | undefined,
): { zones: ZoneSummary[]; unplaced: number } {
  const byZone = new Map<string, Map<ServerStatus, number>>();
  let unplaced = 0;
  for (const server of servers ?? []) {
    if (!server.zone) {
      unplaced += 1;
      continue;
    }
    const counts = byZone.get(server.zone) ?? new Map<ServerStatus, number>();
    counts.set(server.status, (counts.get(server.status) ?? 0) + 1);
    byZone.set(server.zone, counts);
  }
  const summary = (name: string, available: boolean | null): ZoneSummary => {
    const counts = byZone.get(name);
    const statuses = [...(counts ?? new Map<ServerStatus, number>())].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    return {
      name,
      available,
      instances: servers === undefined ? undefined : statuses.reduce((sum, [, count]) => sum + count, 0),
      statuses,
    };
  };
  const listed = new Set(zones.map((zone) => zone.zoneName));
  const unlisted = [...byZone.keys()].filter((name) => !listed.has(name)).sort();
  return {
    zones: [...zones.map((zone) => summary(zone.zoneName, zone.zoneState.available)), ...unlisted.map((name) => summary(name, null))],
    unplaced,
  };
}
