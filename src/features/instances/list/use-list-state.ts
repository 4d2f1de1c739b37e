import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { FacetFilter } from '../../../domain/fleet-facets';
import type { PatchParams } from './list-filters';
import { countActiveFilters, FILTER_URL_KEYS, patchSearch, readColumns, readListParams, readSort, type SortParam, writeSort } from './list-params';

/**
 * The list's URL: its parsed state, the raw text of typed filters, and writers. The writers and the sort and column
 * values keep their identity while the URL changes elsewhere (typing in the search writes `q` as you go), so the
 * memoized table does not render again for nothing.
 */
export function useListState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const setRef = useRef(setSearchParams);
  useEffect(() => {
    setRef.current = setSearchParams;
  }, [setSearchParams]);

  const read = useMemo(() => readListParams(searchParams), [searchParams]);
  // Typing in the search writes `q`: the overview's filter keeps its identity meanwhile, and so do the rows it picks.
  const facetsText = JSON.stringify(read.facets);
  const facets = useMemo(() => JSON.parse(facetsText) as FacetFilter, [facetsText]);
  const params = useMemo(() => ({ ...read, facets }), [read, facets]);
  const sortText = searchParams.get('sort');
  const sort = useMemo(() => readSort(sortText), [sortText]);
  const columnsText = searchParams.get('cols');
  const columns = useMemo(() => readColumns(columnsText), [columnsText]);

  const patch: PatchParams = useCallback(
    (changes, options) => setRef.current((previous) => patchSearch(previous, changes), { replace: options?.replace ?? false }),
    [],
  );
  const setSort = useCallback((next: SortParam | null) => patch({ sort: writeSort(next) }, { replace: true }), [patch]);
  const setColumns = useCallback((value: string | null) => patch({ cols: value }, { replace: true }), [patch]);
  const clearFilters = useCallback(() => patch(Object.fromEntries(FILTER_URL_KEYS.map((key) => [key, null]))), [patch]);
  return {
    params,
    sort,
    columns,
    rawName: searchParams.get('name') ?? '',
    rawReservation: searchParams.get('reservation_id') ?? '',
    activeFilters: countActiveFilters(params),
    patch,
    setSort,
    setColumns,
    clearFilters,
  };
}
