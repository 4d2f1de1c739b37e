import type { ServerListFilters } from '../../../api/servers';
import { SPEC_SERVER_STATUSES, type ServerStatus } from '../../../api/schemas/server-status';
import { readWeek } from '../../../domain/created-weeks';
import { FACET_KEYS, type FacetFilter } from '../../../domain/fleet-facets';
import { FLAVOR_FAMILIES, type FlavorFamily } from '../../../domain/flavor-family';
import { isStatusGroup } from '../../../domain/status-groups';

/** The list filters Nova applies itself; they pick which servers the fleet loads (and key its cache). */
export type FleetApiFilters = Pick<ServerListFilters, 'name' | 'status' | 'flavor' | 'image' | 'changes-since' | 'reservation_id'>;
export type ApiFilterKey = keyof FleetApiFilters;

export const API_FILTER_KEYS = ['name', 'status', 'flavor', 'image', 'changes-since', 'reservation_id'] as const satisfies readonly ApiFilterKey[];

/** Every column the table can show; `name` is always shown. */
export const COLUMN_IDS = ['name', 'status', 'ips', 'flavor', 'image', 'keyName', 'zone', 'created', 'id'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['name', 'status', 'ips', 'flavor', 'image', 'keyName', 'zone', 'created'];

export interface SortParam {
  column: ColumnId;
  desc: boolean;
}

export interface ListParams {
  /** What is sent to Nova; an invalid `name` regex is left out (and reported in `invalidName`). */
  filters: FleetApiFilters;
  /** The `name` as typed in the URL, when it is not a valid regular expression. */
  invalidName: string | null;
  /**
   * What the overview links with, filtered here over the loaded fleet (Nova has no such filters): a status group, a
   * zone (`zone=` with no value: not placed yet), a flavor family, a week of creation.
   */
  facets: FacetFilter;
  /** The instant client-side search over name, id and IPs. */
  q: string;
  /** null: the API's own order (newest first). */
  sort: SortParam | null;
  /** The columns named in the URL, or null when it names none (then the remembered choice applies). */
  columns: ColumnId[] | null;
}

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value);
}

function isSpecStatus(value: string): value is ServerStatus {
  return (SPEC_SERVER_STATUSES as readonly string[]).includes(value);
}

/** Null when `pattern` is a regular expression Nova will accept (it checks with Python's `re`; JS is close enough). */
export function regexProblem(pattern: string): string | null {
  try {
    new RegExp(pattern);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function readSort(raw: string | null): SortParam | null {
  if (!raw) return null;
  const desc = raw.startsWith('-');
  const column = desc ? raw.slice(1) : raw;
  return isColumnId(column) ? { column, desc } : null;
}

export function readColumns(raw: string | null | undefined): ColumnId[] | null {
  if (!raw) return null;
  const columns = raw.split(',').filter(isColumnId);
  if (columns.length === 0) return null;
  return columns.includes('name') ? columns : ['name', ...columns];
}

function isFlavorFamily(value: string): value is FlavorFamily {
  return value === 'other' || (FLAVOR_FAMILIES as readonly string[]).includes(value);
}

/** The overview's filters, each dropped when the URL names a value the list cannot match. */
export function readFacets(search: URLSearchParams): FacetFilter {
  const group = search.get('group')?.trim().toLowerCase() ?? '';
  const family = search.get('family')?.trim().toLowerCase() ?? '';
  const zone = search.get('zone');
  return {
    group: isStatusGroup(group) ? group : null,
    zone: zone === null ? null : zone.trim(),
    family: isFlavorFamily(family) ? family : null,
    week: readWeek(search.get('week')),
  };
}

/** Reads the list's state from the URL, dropping what Nova would not understand. */
export function readListParams(search: URLSearchParams): ListParams {
  const filters: FleetApiFilters = {};
  let invalidName: string | null = null;
  const name = search.get('name')?.trim();
  if (name) {
    if (regexProblem(name) === null) filters.name = name;
    else invalidName = name;
  }
  const status = search.get('status')?.toUpperCase();
  if (status && isSpecStatus(status)) filters.status = status;
  for (const key of ['flavor', 'image', 'reservation_id'] as const) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const since = search.get('changes-since');
  if (since && !Number.isNaN(Date.parse(since))) filters['changes-since'] = new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { filters, invalidName, facets: readFacets(search), q: search.get('q') ?? '', sort: readSort(search.get('sort')), columns: readColumns(search.get('cols')) };
}

export function writeSort(sort: SortParam | null): string | null {
  return sort ? `${sort.desc ? '-' : ''}${sort.column}` : null;
}

/** A copy of `search` with `patch` applied: null or "" removes a key. */
export function patchSearch(search: URLSearchParams, patch: Record<string, string | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** Filters that can make a server stop matching when it changes (every API filter but `changes-since`). */
export function hasNarrowingFilters(filters: FleetApiFilters): boolean {
  return API_FILTER_KEYS.some((key) => key !== 'changes-since' && filters[key] !== undefined);
}

export function countActiveFilters(params: Pick<ListParams, 'filters' | 'invalidName' | 'q' | 'facets'>): number {
  const facets = FACET_KEYS.filter((key) => params.facets[key] !== null).length;
  return API_FILTER_KEYS.filter((key) => params.filters[key] !== undefined).length + facets + (params.invalidName ? 1 : 0) + (params.q.trim() ? 1 : 0);
}

/** Every key a "clear filters" removes from the URL. */
export const FILTER_URL_KEYS = [...API_FILTER_KEYS, ...FACET_KEYS, 'q'] as const;
