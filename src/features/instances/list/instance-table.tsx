import { Table } from '@mantine/core';
import {
  getCoreRowModel,
  getSortedRowModel,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import type { CellLabels } from './instance-cells';
import { FLEXIBLE_COLUMNS, instanceColumns } from './instance-columns';
import { InstanceRow, InstanceTableHead } from './instance-table-parts';
import { COLUMN_IDS, type ColumnId, isColumnId, type SortParam } from './list-params';
import classes from './instance-table.module.css';

/** Fixed, so the virtualizer knows every row's place without measuring. */
export const ROW_HEIGHT = 44;

export interface InstanceTableProps {
  rows: FleetRow[];
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
  columns,
  sort,
  onSortChange,
  selection,
  onSelectionChange,
  pending,
  flavors,
}: InstanceTableProps) {
  const { t } = useTranslation('instances');
  const scrollRef = useRef<HTMLDivElement>(null);
  const columnDefs = useMemo(() => instanceColumns(t), [t]);
  const labels = useMemo<CellLabels>(
    () => ({
      none: t('list.table.none'),
      unnamed: t('list.table.unnamed'),
      floating: t('list.table.floating'),
      fixed: t('list.table.fixed'),
      windows: t('list.table.windows'),
      moreIps: (count) => t('list.table.moreIps', { count }),
      actionLabel: (action) => t(`action.${action}`),
      actionsFor: (name) => t('dialogs.menu.label', { name }),
    }),
    [t],
  );
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: sort.column, desc: sort.desc }] : []), [sort]);
  const columnVisibility = useMemo<VisibilityState>(
    () => Object.fromEntries(COLUMN_IDS.map((id) => [id, columns.includes(id)])),
    [columns],
  );

  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    state: { sorting, rowSelection: selection, columnVisibility },
    meta: { pending, flavors, labels },
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
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
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => tableRows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const visibleColumns = table.getVisibleLeafColumns();
  const columnsKey = columns.join(',');
  const minWidth = visibleColumns.reduce((sum, col) => sum + col.getSize(), 0);

  return (
    <div ref={scrollRef} className={classes.scroller}>
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
          {paddingTop > 0 && (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={visibleColumns.length} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            return row ? (
              <InstanceRow
                key={row.id}
                row={row}
                index={item.index}
                selected={row.getIsSelected()}
                pending={pending.get(row.id)}
                columnsKey={columnsKey}
                flavors={flavors}
              />
            ) : null;
          })}
          {paddingBottom > 0 && (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={visibleColumns.length} style={{ height: paddingBottom }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
});
