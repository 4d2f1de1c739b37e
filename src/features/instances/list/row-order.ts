import type { FleetRow } from './fleet-rows';
import type { ColumnId, SortParam } from './list-params';

// Natural order ("web-2" before "web-10"), case-insensitive; one collator for all comparisons.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byText = (a: string, b: string) => collator.compare(a, b);
const byValue = <T extends string | number>(a: T, b: T) => (a > b ? 1 : a < b ? -1 : 0);

/** How each column orders two rows, ascending. */
export const COLUMN_ORDER: Record<ColumnId, (a: FleetRow, b: FleetRow) => number> = {
  name: (a, b) => byText(a.name, b.name),
  status: (a, b) => byText(a.status, b.status),
  ips: (a, b) => byValue(a.ipSortKey, b.ipSortKey),
  flavor: (a, b) => byText(a.flavorLabel, b.flavorLabel),
  image: (a, b) => byText(a.osLabel, b.osLabel),
  keyName: (a, b) => byText(a.keyName, b.keyName),
  zone: (a, b) => byText(a.zone, b.zone),
  created: (a, b) => byValue(a.createdMs, b.createdMs),
  id: (a, b) => byValue(a.id, b.id),
};

/** The columns whose first click sorts descending: the newest first. */
const DESCENDING_FIRST: ReadonlySet<ColumnId> = new Set(['created']);

/** The rows in the sort's order; rows that tie keep the API's order, whichever the direction. */
export function sortRows(rows: FleetRow[], sort: SortParam | null): FleetRow[] {
  if (!sort) return rows;
  const order = COLUMN_ORDER[sort.column];
  const sign = sort.desc ? -1 : 1;
  // Array.prototype.sort is stable: ties stay in the order they came.
  return [...rows].sort((a, b) => sign * order(a, b));
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
