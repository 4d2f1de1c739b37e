import { type SortValue, sortRows as sortByValues } from '../../../lib/table-sort';
import type { FleetRow } from './fleet-rows';
import type { ColumnId, SortParam } from './list-params';

/**
 * What each column sorts by, compared as every table of the console compares (lib/table-sort.ts): numbers by value,
 * text naturally ("web-2" before "web-10") and case-insensitively, empty values last whichever the direction.
 */
export const COLUMN_SORT_VALUE: Record<ColumnId, (row: FleetRow) => SortValue> = {
  name: (row) => row.name,
  status: (row) => row.status,
  ips: (row) => row.ipSortKey,
  flavor: (row) => row.flavorLabel,
  image: (row) => row.osLabel,
  keyName: (row) => row.keyName,
  zone: (row) => row.zone,
  created: (row) => row.createdMs,
  id: (row) => row.id,
};

/** The columns whose first click sorts descending: the newest first. */
const DESCENDING_FIRST: ReadonlySet<ColumnId> = new Set(['created']);

/** The rows in the sort's order; rows that tie keep the API's order, whichever the direction. */
export function sortRows(rows: FleetRow[], sort: SortParam | null): FleetRow[] {
  if (!sort) return rows;
  return sortByValues(rows, { key: sort.column, direction: sort.desc ? 'desc' : 'asc' }, (row, column) => COLUMN_SORT_VALUE[column](row));
}

/**
 * The sort after a click on `column`'s header: its first direction, then the other one, then no sort (the API's order).
 */
export function nextSort(current: SortParam | null, column: ColumnId): SortParam | null {
  const descendingFirst = DESCENDING_FIRST.has(column);
  if (current?.column !== column) return { column, desc: descendingFirst };
  if (current.desc !== descendingFirst) return null;
  return { column, desc: !descendingFirst };
}

/** `rows` without those missing from `keep` (the search's matches, all of them among `rows`), in the same order. */
export function keepRows(rows: FleetRow[], keep: readonly FleetRow[]): FleetRow[] {
  if (keep.length === rows.length) return rows;
  const kept = new Set(keep);
  return rows.filter((row) => kept.has(row));
}
