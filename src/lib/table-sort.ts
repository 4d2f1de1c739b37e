import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export type SortDirection = 'asc' | 'desc';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

export type SortValue = string | number | boolean | null | undefined;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Numbers by value, text naturally ("m2.c2m4" before "m2.c10m8"), false before true; empty values always last. */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection = 'asc'): number {
  const aEmpty = a === null || a === undefined || a === '';
  const bEmpty = b === null || b === undefined || b === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  let order: number;
  if (typeof a === 'number' && typeof b === 'number') order = a - b;
  else if (typeof a === 'boolean' && typeof b === 'boolean') order = Number(a) - Number(b);
  else order = collator.compare(String(a), String(b));
  return direction === 'asc' ? order : -order;
}

/** A sorted copy (stable: ties keep the order of `rows`). */
export function sortRows<T, K extends string>(rows: readonly T[], sort: SortState<K>, valueOf: (row: T, key: K) => SortValue): T[] {
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.key) }))
    .sort((a, b) => compareSortValues(a.value, b.value, sort.direction) || a.index - b.index)
    .map(({ row }) => row);
}

/**
 * The table's sort in the URL (`?sort=<key>&dir=asc|desc`), so a shared link shows the same order. The default
 * is left out of the URL. Clicking the sorted column flips it; another column starts ascending.
 */
export function useSortParam<K extends string>(keys: readonly K[], fallback: SortState<K>): [SortState<K>, (key: K) => void] {
  const [params, setParams] = useSearchParams();
  const rawKey = params.get('sort');
  const rawDirection = params.get('dir');
  const sort = useMemo<SortState<K>>(() => {
    const key = keys.find((known) => known === rawKey) ?? fallback.key;
    const direction: SortDirection = rawDirection === 'desc' ? 'desc' : rawDirection === 'asc' ? 'asc' : key === fallback.key ? fallback.direction : 'asc';
    return { key, direction };
  }, [keys, rawKey, rawDirection, fallback.key, fallback.direction]);

  const toggle = useCallback(
    (key: K) => {
      const direction: SortDirection = key === sort.key && sort.direction === 'asc' ? 'desc' : 'asc';
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (key === fallback.key && direction === fallback.direction) {
            next.delete('sort');
            next.delete('dir');
          } else {
            next.set('sort', key);
            next.set('dir', direction);
          }
          return next;
        },
        { replace: true },
      );
    },
    [sort, setParams, fallback.key, fallback.direction],
  );
  return [sort, toggle];
}
