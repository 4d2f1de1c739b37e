import { Table } from '@mantine/core';
import {
  type ColumnFiltersState,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import { type CellLabels, useRowLink } from './instance-cells';
import { relativeAtTick, useClockTick } from '../../../lib/time-ago';
import { statusWords, type StatusWords } from '../status/status-badge';
import type { ApiTime } from '../../../lib/time';
import { FLEXIBLE_COLUMNS, instanceColumns, SEARCH_FILTER_COLUMN } from './instance-columns';
import { InstanceTableHead } from './instance-table-parts';
import { COLUMN_IDS, type ColumnId, isColumnId, type SortParam } from './list-params';
import { VirtualRows } from './virtual-rows';
import classes from './instance-table.module.css';

function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = make();
  cache.set(key, value);
  return value;
}

export interface InstanceTableProps {
  /** The rows to show (the search's matches). */
  rows: FleetRow[];
  /**
   * The whole loaded fleet, when `rows` is a search within it: the table then keeps one row model for the fleet and
   * only filters it per keystroke, so typing neither rebuilds 5,000 table rows nor re-renders the rows that stay.
   */
  allRows?: FleetRow[];
  columns: readonly ColumnId[];
  sort: SortParam | null;
  onSortChange: (sort: SortParam | null) => void;
  selection: RowSelectionState;
  onSelectionChange: OnChangeFn<RowSelectionState>;
  pending: ReadonlyMap<string, PendingAction>;
  flavors: Flavor[] | undefined;
}

/**
 * The fleet as a table: only the rows in view are in the DOM (fixed row height, a spacer row above and below),
 * the header stays on top while the rows scroll, and the columns keep fixed widths.
 */
export const InstanceTable = memo(function InstanceTable({
  rows,
  allRows = rows,
  columns,
  sort,
  onSortChange,
  selection,
  onSelectionChange,
  pending,
  flavors,
}: InstanceTableProps) {
  const { t, i18n } = useTranslation('instances');
  const tick = useClockTick();
  const language = i18n.resolvedLanguage ?? 'en';
  // State, not a ref: the rows' virtualizer needs the element once it is there.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const columnDefs = useMemo(() => instanceColumns(t), [t]);
  const labels = useMemo<CellLabels>(() => {
    // A few statuses and tasks word thousands of rows; each created time is worded once per tick.
    const words = new Map<string, StatusWords>();
    const times = new Map<ApiTime, string | null>();
    return {
      none: t('list.table.none'),
      unnamed: t('list.table.unnamed'),
      floating: t('list.table.floating'),
      fixed: t('list.table.fixed'),
      windows: t('list.table.windows'),
      moreIps: (count) => t('list.table.moreIps', { count }),
      actionLabel: (action) => t(`action.${action}`),
      selectRow: (name) => t('list.table.selectRow', { name }),
      actionsFor: (name) => t('dialogs.menu.label', { name }),
      relativeTime: (value) => cached(times, value, () => relativeAtTick(value, language, tick)),
      statusWords: (status, taskState, requested) =>
        cached(words, `${status}|${taskState ?? ''}|${requested ?? ''}`, () => statusWords(t, i18n, status, taskState, requested)),
    };
  }, [t, i18n, language, tick]);
  const link = useRowLink();
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: sort.column, desc: sort.desc }] : []), [sort]);
  const columnVisibility = useMemo<VisibilityState>(
    () => Object.fromEntries(COLUMN_IDS.map((id) => [id, columns.includes(id)])),
    [columns],
  );

  const columnFilters = useMemo<ColumnFiltersState>(
    () => (rows === allRows ? [] : [{ id: SEARCH_FILTER_COLUMN, value: new Set(rows) }]),
    [rows, allRows],
  );

  const table = useReactTable({
    data: allRows,
    columns: columnDefs,
    state: { sorting, rowSelection: selection, columnVisibility, columnFilters },
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableMultiSort: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const [first] = next;
      onSortChange(first && isColumnId(first.id) ? { column: first.id, desc: first.desc } : null);
    },
    onRowSelectionChange: onSelectionChange,
  });

  const tableRows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const columnsKey = columns.join(',');
  const columnIds = useMemo(() => visibleColumns.map((col) => col.id), [visibleColumns]);
  const minWidth = visibleColumns.reduce((sum, col) => sum + col.getSize(), 0);

  return (
    <div ref={setScrollElement} className={classes.scroller}>
      <Table
        className={classes.table}
        stickyHeader
        highlightOnHover
        horizontalSpacing="sm"
        style={{ width: '100%', minWidth }}
        aria-label={t('list.table.label')}
        aria-rowcount={tableRows.length + 1}
      >
        <colgroup>
          {visibleColumns.map((col) => (
            <col key={col.id} style={FLEXIBLE_COLUMNS.has(col.id) ? undefined : { width: col.getSize() }} />
          ))}
        </colgroup>
        <InstanceTableHead
          table={table}
          sortKey={sort ? `${sort.desc ? '-' : ''}${sort.column}` : ''}
          allSelected={table.getIsAllRowsSelected()}
          someSelected={table.getIsSomeRowsSelected()}
          rowCount={tableRows.length}
          columnsKey={columnsKey}
        />
        <Table.Tbody>
          <VirtualRows
            scrollElement={scrollElement}
            rows={tableRows}
            columnIds={columnIds}
            selection={selection}
            pending={pending}
            flavors={flavors}
            labels={labels}
            link={link}
          />
        </Table.Tbody>
      </Table>
    </div>
  );
});
