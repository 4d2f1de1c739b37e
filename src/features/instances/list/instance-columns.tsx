import { Checkbox } from '@mantine/core';
import { type ColumnDef, createColumnHelper, type FilterFn, type SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { PlainCheckbox } from '../../../lib/ui/plain-checkbox';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import { type CellLabels, CreatedCell, IpsCell, NameCell, OsCell, PlainCell, type RowLink, StatusCell } from './instance-cells';
import type { ColumnId } from './list-params';
import { RowActionsMenu } from './row-actions-menu';

// What cells need besides their row: passed as the table's meta, so the column definitions stay stable.
declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generic must match the library's declaration
  interface TableMeta<TData> {
    pending: ReadonlyMap<string, PendingAction>;
    flavors: Flavor[] | undefined;
    labels: CellLabels;
    link: RowLink;
  }
}

const NO_LABELS: CellLabels = { none: '', unnamed: '', floating: '', fixed: '', windows: '', moreIps: String, actionLabel: String, actionsFor: String, relativeTime: () => null, statusWords: (status) => ({ label: status, description: '', aside: undefined }) };
const labelsOf = (table: { options: { meta?: { labels: CellLabels } } }) => table.options.meta?.labels ?? NO_LABELS;

// Natural order ("web-2" before "web-10"), case-insensitive; one collator for all comparisons.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byText: SortingFn<FleetRow> = (a, b, columnId) => collator.compare(a.getValue<string>(columnId), b.getValue<string>(columnId));

const column = createColumnHelper<FleetRow>();

/** The column that carries the search as a filter: its value is the set of rows that match (searched by the page). */
export const SEARCH_FILTER_COLUMN = 'name';
const inSearch: FilterFn<FleetRow> = (row, _columnId, matches: ReadonlySet<FleetRow>) => matches.has(row.original);

/**
 * Pixel widths: the table is laid out fixed, so rows scrolling in never shift the columns. Name and image share what
 * is left (at least their width here); below the sum of the widths the table scrolls sideways.
 */
export const COLUMN_WIDTHS: Record<ColumnId | 'select' | 'actions', number> = {
  select: 40,
  name: 150,
  status: 190,
  ips: 145,
  flavor: 100,
  image: 140,
  keyName: 100,
  zone: 100,
  created: 145,
  id: 300,
  actions: 48,
};
export const FLEXIBLE_COLUMNS: ReadonlySet<string> = new Set(['name', 'image']);

export function instanceColumns(t: TFunction<'instances'>): ColumnDef<FleetRow, unknown>[] {
  const defs = [
    column.display({
      id: 'select',
      size: COLUMN_WIDTHS.select,
      header: ({ table }) => (
        <Checkbox
          size="xs"
          aria-label={t('list.table.selectAll', { count: table.getRowModel().rows.length })}
          checked={table.getIsAllRowsSelected()}
          indeterminate={table.getIsSomeRowsSelected()}
          onChange={table.getToggleAllRowsSelectedHandler()}
          disabled={table.getRowModel().rows.length === 0}
        />
      ),
      // A native checkbox in Mantine's look: a scrolling table mounts dozens a frame, and Mantine's Checkbox runs a dozen hooks.
      cell: ({ row }) => (
        <PlainCheckbox
          aria-label={t('list.table.selectRow', { name: row.original.name || row.original.id })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    }),
    column.accessor('name', { id: 'name', size: COLUMN_WIDTHS.name, sortingFn: byText, filterFn: inSearch, cell: ({ row, table }) => <NameCell row={row.original} labels={labelsOf(table)} link={table.options.meta?.link} /> }),
    column.accessor('status', {
      id: 'status',
      size: COLUMN_WIDTHS.status,
      sortingFn: byText,
      cell: ({ row, table }) => <StatusCell row={row.original} pending={table.options.meta?.pending.get(row.original.id)} labels={labelsOf(table)} />,
    }),
    column.accessor('ipSortKey', { id: 'ips', size: COLUMN_WIDTHS.ips, sortingFn: 'basic', cell: ({ row, table }) => <IpsCell row={row.original} labels={labelsOf(table)} /> }),
    column.accessor('flavorLabel', { id: 'flavor', size: COLUMN_WIDTHS.flavor, sortingFn: byText, cell: ({ getValue, table }) => <PlainCell value={getValue()} labels={labelsOf(table)} /> }),
    column.accessor('osLabel', { id: 'image', size: COLUMN_WIDTHS.image, sortingFn: byText, cell: ({ row, table }) => <OsCell row={row.original} labels={labelsOf(table)} /> }),
    column.accessor('keyName', { id: 'keyName', size: COLUMN_WIDTHS.keyName, sortingFn: byText, cell: ({ getValue, table }) => <PlainCell value={getValue()} labels={labelsOf(table)} /> }),
    column.accessor('zone', { id: 'zone', size: COLUMN_WIDTHS.zone, sortingFn: byText, cell: ({ getValue, table }) => <PlainCell value={getValue()} labels={labelsOf(table)} /> }),
    column.accessor('createdMs', {
      id: 'created',
      size: COLUMN_WIDTHS.created,
      sortingFn: 'basic',
      sortDescFirst: true,
      cell: ({ row, table }) => <CreatedCell row={row.original} labels={labelsOf(table)} />,
    }),
    column.accessor('id', { id: 'id', size: COLUMN_WIDTHS.id, sortingFn: 'basic', cell: ({ getValue, table }) => <PlainCell value={getValue()} labels={labelsOf(table)} mono /> }),
    column.display({
      id: 'actions',
      size: COLUMN_WIDTHS.actions,
      cell: ({ row, table }) => <RowActionsMenu server={row.original.server} flavors={table.options.meta?.flavors} label={labelsOf(table).actionsFor(row.original.name || row.original.id)} />,
    }),
  ];
  return defs as ColumnDef<FleetRow, unknown>[];
}
