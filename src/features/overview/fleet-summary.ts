import { serverFlavorId } from '../../api/server-refs';
import type { Flavor } from '../../api/schemas/flavor';
import type { Server } from '../../api/schemas/server';
import { type CreatedWeeks, createdPerWeek } from '../../domain/created-weeks';
import { type FleetFacets, fleetFacets } from '../../domain/fleet-facets';
import { FLAVOR_FAMILIES, type FlavorFamily } from '../../domain/flavor-family';
import { type StatusGroup, STATUS_GROUPS } from '../../domain/status-groups';
import { parseApiTime } from '../../lib/time';

/** How many weeks of creation the overview charts. */
export const CHARTED_WEEKS = 12;

export interface ZoneCount {
  /** "" for the servers not placed yet. */
  zone: string;
  count: number;
}

export interface ResourceTotals {
  vcpus: number;
  ramMb: number;
  /** The flavors' local root disks; a volume-backed root (flavor disk 0) is block storage, not counted here. */
  diskGb: number;
  /** Servers whose flavor neither the flavor list nor the server itself describes: left out of the totals. */
  unknown: number;
}

export interface FleetSummary {
  total: number;
  groups: Record<StatusGroup, number>;
  /** Every zone the zone list names (0 included), then the ones only servers name; the unplaced last. */
  zones: ZoneCount[];
  /** Only the families some server has, in the documented order, `other` last. */
  families: Array<{ family: FlavorFamily; count: number }>;
  created: CreatedWeeks;
  totals: ResourceTotals;
}

type Size = Pick<Flavor, 'vcpus' | 'ram' | 'disk'>;

function sizeOf(server: Server, flavors: ReadonlyMap<string, Flavor>): Size | undefined {
  const id = serverFlavorId(server);
  const listed = id === undefined ? undefined : flavors.get(id);
  if (listed) return listed;
  const { vcpus, ram, disk } = server.flavor ?? {};
  return vcpus === undefined || ram === undefined ? undefined : { vcpus, ram, disk: disk ?? 0 };
}

function nameOf(server: Server, flavors: ReadonlyMap<string, Flavor>): string | undefined {
  const id = serverFlavorId(server);
  return (id === undefined ? undefined : flavors.get(id)?.name) ?? server.flavor?.original_name;
}

/** The same facts the instance list filters on (fleet-rows), so each number here is what its link shows. */
export function facetsOf(server: Server, flavors: ReadonlyMap<string, Flavor>): FleetFacets {
  return fleetFacets({
    status: server.status,
    taskState: server['OS-EXT-STS:task_state'],
    zone: server['OS-EXT-AZ:availability_zone'] ?? '',
    flavorName: nameOf(server, flavors),
    createdMs: parseApiTime(server.created)?.getTime() ?? null,
  });
}

const FAMILY_ORDER: readonly FlavorFamily[] = [...FLAVOR_FAMILIES, 'other'];

/** The fleet at a glance: every count the overview charts, in one pass over the servers. */
export function summarizeFleet(servers: readonly Server[], flavorList: readonly Flavor[], zoneNames: readonly string[], nowMs: number): FleetSummary {
  const flavors = new Map(flavorList.map((flavor) => [flavor.id, flavor]));
  const groups = Object.fromEntries(STATUS_GROUPS.map((group) => [group, 0])) as Record<StatusGroup, number>;
  const zones = new Map<string, number>(zoneNames.map((zone) => [zone, 0]));
  const families = new Map<FlavorFamily, number>();
  const created: Array<number | null> = [];
  const totals: ResourceTotals = { vcpus: 0, ramMb: 0, diskGb: 0, unknown: 0 };
  for (const server of servers) {
    const facets = facetsOf(server, flavors);
    groups[facets.group] += 1;
    zones.set(facets.zone, (zones.get(facets.zone) ?? 0) + 1);
    families.set(facets.family, (families.get(facets.family) ?? 0) + 1);
    created.push(parseApiTime(server.created)?.getTime() ?? null);
    const size = sizeOf(server, flavors);
    if (!size) totals.unknown += 1;
    else {
      totals.vcpus += size.vcpus;
      totals.ramMb += size.ram;
      totals.diskGb += size.disk;
    }
  }
  const unplaced = zones.get('');
  zones.delete('');
  return {
    total: servers.length,
    groups,
    zones: [...[...zones].map(([zone, count]) => ({ zone, count })), ...(unplaced ? [{ zone: '', count: unplaced }] : [])],
    families: FAMILY_ORDER.flatMap((family) => {
      const count = families.get(family);
      return count ? [{ family, count }] : [];
    }),
    created: createdPerWeek(created, nowMs, CHARTED_WEEKS),
    totals,
  };
}
