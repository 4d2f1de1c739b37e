import type { AvailabilityZone } from '../../api/schemas/availability-zone';
import type { ServerStatus } from '../../api/schemas/server-status';

export interface ZoneSummary {
  name: string;
  /** null: a zone the project's servers are in but the zone list does not name; undefined: listed, state unreadable. */
  available: boolean | null | undefined;
  /** undefined while the servers are unknown. */
  instances: number | undefined;
  /** Status and count, the most common first. */
  statuses: [ServerStatus, number][];
}

/**
 * Servers without a zone, by why: Nova fills the zone in when the scheduler places a server, so a BUILD server without
 * one is still being scheduled and an ERROR server without one failed before it was placed (e.g. no valid host).
 */
export interface Unplaced {
  scheduling: number;
  failed: number;
  /** Any other status without a zone (a cloud that leaves the field out). */
  other: number;
}

function countUnplaced(unplaced: Unplaced, status: ServerStatus): void {
  if (status === 'BUILD') unplaced.scheduling += 1;
  else if (status === 'ERROR') unplaced.failed += 1;
  else unplaced.other += 1;
}

/** Each listed zone with its servers, then any zone only the servers name; servers without a zone are counted apart. */
export function summarizeZones(
  zones: readonly AvailabilityZone[],
  servers: readonly { zone: string; status: ServerStatus }[] | undefined,
): { zones: ZoneSummary[]; unplaced: Unplaced } {
  const byZone = new Map<string, Map<ServerStatus, number>>();
  const unplaced: Unplaced = { scheduling: 0, failed: 0, other: 0 };
  for (const server of servers ?? []) {
    if (!server.zone) {
      countUnplaced(unplaced, server.status);
      continue;
    }
    const counts = byZone.get(server.zone) ?? new Map<ServerStatus, number>();
    counts.set(server.status, (counts.get(server.status) ?? 0) + 1);
    byZone.set(server.zone, counts);
  }
  const summary = (name: string, available: ZoneSummary['available']): ZoneSummary => {
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
