/**
 * What the overview counts a server by, and what the instance list filters on when the overview links to it: one
 * function for both, so a chart's number is exactly the number of rows its link shows.
 */
import { weekOf } from './created-weeks';
import { type FlavorFamily, flavorFamily } from './flavor-family';
import { type StatusGroup, statusGroup } from './status-groups';

export interface ServerFacts {
  status: string;
  taskState: string | null;
  /** "" while the scheduler has not placed it. */
  zone: string;
  /** The flavor's name (from the flavor list, else the server's embedded one); undefined when neither is known. */
  flavorName: string | undefined;
  /** null when the creation time could not be read. */
  createdMs: number | null;
}

export interface FleetFacets {
  group: StatusGroup;
  zone: string;
  /** A flavor whose name is unknown counts as `other`, as flavorFamily says of any undocumented prefix. */
  family: FlavorFamily;
  week: string | null;
}

export function fleetFacets(facts: ServerFacts): FleetFacets {
  return {
    group: statusGroup(facts),
    zone: facts.zone,
    family: flavorFamily(facts.flavorName),
    week: facts.createdMs === null ? null : weekOf(facts.createdMs),
  };
}

/** null: no filter on that facet. */
export interface FacetFilter {
  group: StatusGroup | null;
  zone: string | null;
  family: FlavorFamily | null;
  week: string | null;
}

export const NO_FACET_FILTER: FacetFilter = { group: null, zone: null, family: null, week: null };
export const FACET_KEYS = ['group', 'zone', 'family', 'week'] as const satisfies ReadonlyArray<keyof FacetFilter>;

export function hasFacetFilter(filter: FacetFilter): boolean {
  return FACET_KEYS.some((key) => filter[key] !== null);
}

export function matchesFacets(facets: FleetFacets, filter: FacetFilter): boolean {
  return FACET_KEYS.every((key) => filter[key] === null || filter[key] === facets[key]);
}
