import { serverFlavorId, serverImageId } from '../../../api/server-refs';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import type { ServerStatus } from '../../../api/schemas/server-status';
import { type FacetFilter, type FleetFacets, fleetFacets, hasFacetFilter, matchesFacets } from '../../../domain/fleet-facets';
import { type FlavorFamily, flavorFamily } from '../../../domain/flavor-family';
import { parseApiTime } from '../../../lib/time';
import { ipsOf, osLabelOf, osTypeOf, type ServerIps, taskStateOf, zoneOf } from '../server-facts';
import { type ImageLookup, NO_IMAGES } from './use-image-lookup';

/** What the table shows of a server, derived once per server object (and flavor list), never per render. */
export interface FleetRow {
  id: string;
  server: Server;
  name: string;
  status: ServerStatus;
  taskState: string | null;
  ips: ServerIps;
  /** The first IP with zero-padded octets, so that 10.0.0.9 sorts before 10.0.0.10. */
  ipSortKey: string;
  flavorId: string | undefined;
  /** The flavor's name from the flavor list, else its id (the server carries only the id). */
  flavorLabel: string;
  /** Undefined while the flavor is unknown: flavor rules then do not block. */
  flavorFamily: FlavorFamily | undefined;
  osLabel: string;
  windows: boolean;
  keyName: string;
  zone: string;
  createdMs: number;
  /** What the overview counts it by: the list filters on the same (group, zone, family, week). */
  facets: FleetFacets;
  /** Lower-case name, id and IPs: what the instant search looks in. */
  haystack: string;
}

export type FlavorNames = ReadonlyMap<string, string>;

const NO_FLAVORS: FlavorNames = new Map();

export function flavorNamesOf(flavors: readonly Flavor[] | undefined): FlavorNames {
  return flavors ? new Map(flavors.map((flavor) => [flavor.id, flavor.name])) : NO_FLAVORS;
}

/** IPv4 zero-padded, so that text order is numeric order; empty without an address (sorted last). */
function ipSortKey(ip: string | undefined): string {
  if (!ip) return '';
  return /^\d+(\.\d+){3}$/.test(ip) ? ip.split('.').map((octet) => octet.padStart(3, '0')).join('.') : ip.toLowerCase();
}

function deriveRow(server: Server, flavorNames: FlavorNames, images: ImageLookup): FleetRow {
  const ips = ipsOf(server);
  const flavorId = serverFlavorId(server);
  const flavorName = (flavorId !== undefined ? flavorNames.get(flavorId) : undefined) ?? server.flavor?.original_name;
  const imageId = serverImageId(server);
  const image = imageId === undefined ? undefined : images.get(imageId);
  const windows = osTypeOf(server, image) === 'windows';
  const created = parseApiTime(server.created)?.getTime() ?? null;
  return {
    id: server.id,
    server,
    name: server.name,
    status: server.status,
    taskState: taskStateOf(server),
    ips,
    ipSortKey: ipSortKey(ips.fixed[0] ?? ips.floating[0]),
    flavorId,
    flavorLabel: flavorName ?? flavorId ?? '',
    flavorFamily: flavorName === undefined ? undefined : flavorFamily(flavorName),
    osLabel: osLabelOf(server, image) || (windows ? 'Windows' : ''),
    windows,
    keyName: server.key_name ?? '',
    zone: zoneOf(server),
    createdMs: created ?? 0,
    facets: fleetFacets({ status: server.status, taskState: taskStateOf(server), zone: zoneOf(server), flavorName, createdMs: created }),
    haystack: [server.name, server.id, ...ips.fixed, ...ips.floating].join('\n').toLowerCase(),
  };
}

// Rows per flavor list and image lookup, then per server object: a poll that changes 3 servers derives 3 rows.
const cache = new WeakMap<FlavorNames, WeakMap<ImageLookup, WeakMap<Server, FleetRow>>>();

function rowCache(flavorNames: FlavorNames, images: ImageLookup): WeakMap<Server, FleetRow> {
  let byImages = cache.get(flavorNames);
  if (!byImages) {
    byImages = new WeakMap();
    cache.set(flavorNames, byImages);
  }
  let rows = byImages.get(images);
  if (!rows) {
    rows = new WeakMap();
    byImages.set(images, rows);
  }
  return rows;
}

/** `images`: what the image service says of the servers' images, where their metadata says nothing (useImageLookup). */
export function rowOf(server: Server, flavorNames: FlavorNames, images: ImageLookup = NO_IMAGES): FleetRow {
  const rows = rowCache(flavorNames, images);
  let row = rows.get(server);
  if (!row) {
    row = deriveRow(server, flavorNames, images);
    rows.set(server, row);
  }
  return row;
}

export function rowsOf(servers: readonly Server[], flavorNames: FlavorNames, images: ImageLookup = NO_IMAGES): FleetRow[] {
  const rows = rowCache(flavorNames, images);
  return servers.map((server) => rows.get(server) ?? rowOf(server, flavorNames, images));
}

/** The rows the overview's link names (a status group, zone, flavor family, week); all of them without one. */
export function facetRows(rows: FleetRow[], filter: FacetFilter): FleetRow[] {
  return hasFacetFilter(filter) ? rows.filter((row) => matchesFacets(row.facets, filter)) : rows;
}

/** Whitespace-separated terms, all of which must appear (in any field). */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function searchRows(rows: FleetRow[], query: string): FleetRow[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return rows;
  return rows.filter((row) => terms.every((term) => row.haystack.includes(term)));
}
