import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import { type CellLabels, useRowLink } from './instance-cells';
import { relativeAtTick, useClockTick } from '../../../lib/time-ago';
import { statusWords, type StatusWords } from '../status/status-badge';
import type { ApiTime } from '../../../lib/time';
import { COLUMN_WIDTHS, FLEXIBLE_COLUMNS, tableColumns } from './instance-columns';
import { InstanceTableHead } from './instance-table-parts';
import type { ColumnId, SortParam } from './list-params';
import { keepRows, nextSort, sortRows } from './row-order';
import { allSelected, type RowSelectionState, type SelectionChange, someSelected, withAllToggled, withRow } from './row-selection';
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
   * The whole loaded fleet, when `rows` is a search within it: the table then sorts the fleet once and only filters
   * it per keystroke, so typing neither sorts 5,000 rows again nor re-renders the rows that stay.
   */
  allRows?: FleetRow[];
  columns: readonly ColumnId[];
  sort: SortParam | null;
  onSortChange: (sort: SortParam | null) => void;
  selection: RowSelectionState;
  onSelectionChange: SelectionChange;
  pending: ReadonlyMap<string, PendingAction>;
  flavors: Flavor[] | undefined;
}

/**
 * The fleet as a table: only the rows in view are in the DOM (fixed row height, a spacer row above and below),
 * the header stays on top while the rows scroll, and the columns keep fixed widths. Sorting, the search and the
 * selection work on the rows themselves: a table library's row model would build an object with a score of closures
 * for each of 5,000 servers whenever the fleet changes (each page of the first load, each poll that brings a change).
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
  const sorted = useMemo(() => sortRows(allRows, sort), [allRows, sort]);
  const tableRows = useMemo(() => (rows === allRows ? sorted : keepRows(sorted, rows)), [sorted, rows, allRows]);
  const columnIds = useMemo(() => tableColumns(columns), [columns]);
  const minWidth = columnIds.reduce((sum, id) => sum + COLUMN_WIDTHS[id], 0);

  const onSort = useCallback((column: ColumnId) => onSortChange(nextSort(sort, column)), [onSortChange, sort]);
  const onSelect = useCallback((id: string, selected: boolean) => onSelectionChange((previous) => withRow(previous, id, selected)), [onSelectionChange]);
  const onSelectAll = useCallback(() => onSelectionChange((previous) => withAllToggled(tableRows, previous)), [onSelectionChange, tableRows]);

  return (
    <div ref={setScrollElement} className={classes.scroller}>
      {/* A plain table in Mantine Table's look (instance-table.module.css): Mantine's Table brings its scroll container,
          and with it ScrollArea and Floating UI, to the first page for nothing this table uses. */}
      <table className={classes.table} style={{ minWidth }} aria-label={t('list.table.label')} aria-rowcount={tableRows.length + 1}>
        <colgroup>
          {columnIds.map((id) => (
            <col key={id} style={FLEXIBLE_COLUMNS.has(id) ? undefined : { width: COLUMN_WIDTHS[id] }} />
          ))}
        </colgroup>
        <InstanceTableHead
          columnIds={columnIds}
          sort={sort}
          onSort={onSort}
          rowCount={tableRows.length}
          allSelected={allSelected(tableRows, selection)}
          someSelected={someSelected(tableRows, selection)}
          onSelectAll={onSelectAll}
        />
        <tbody className={classes.body}>
          <VirtualRows
            scrollElement={scrollElement}
            rows={tableRows}
            columnIds={columnIds}
            selection={selection}
            onSelect={onSelect}
            pending={pending}
            flavors={flavors}
            labels={labels}
            link={link}
          />
        </tbody>
      </table>
    </div>
  );
});
