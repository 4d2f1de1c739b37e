import { Checkbox } from '@mantine/core';
import { type ColumnDef, createColumnHelper, type FilterFn, type Row, type SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { PlainCheckbox } from '../../../lib/ui/plain-checkbox';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import { type CellLabels, CreatedCell, IpsCell, NameCell, OsCell, PlainCell, type RowLink, StatusCell } from './instance-cells';
import type { ColumnId } from './list-params';
import { RowActionsMenu } from './row-actions-menu';

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

/**
 * The columns as the table library knows them: sizes, sorting, the search filter, the select-all header. Their cells
 * are drawn by {@link CELLS}, straight from the row: the library's cell objects (kept per row once built) would
 * cost a scroll through 5,000 servers a few hundred thousand objects that outlive it.
 */
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
    }),
    column.accessor('name', { id: 'name', size: COLUMN_WIDTHS.name, sortingFn: byText, filterFn: inSearch }),
    column.accessor('status', { id: 'status', size: COLUMN_WIDTHS.status, sortingFn: byText }),
    column.accessor('ipSortKey', { id: 'ips', size: COLUMN_WIDTHS.ips, sortingFn: 'basic' }),
    column.accessor('flavorLabel', { id: 'flavor', size: COLUMN_WIDTHS.flavor, sortingFn: byText }),
    column.accessor('osLabel', { id: 'image', size: COLUMN_WIDTHS.image, sortingFn: byText }),
    column.accessor('keyName', { id: 'keyName', size: COLUMN_WIDTHS.keyName, sortingFn: byText }),
    column.accessor('zone', { id: 'zone', size: COLUMN_WIDTHS.zone, sortingFn: byText }),
    column.accessor('createdMs', { id: 'created', size: COLUMN_WIDTHS.created, sortingFn: 'basic', sortDescFirst: true }),
    column.accessor('id', { id: 'id', size: COLUMN_WIDTHS.id, sortingFn: 'basic' }),
    column.display({ id: 'actions', size: COLUMN_WIDTHS.actions }),
  ];
  return defs as ColumnDef<FleetRow, unknown>[];
}

/** What a cell is drawn from: its row and what the table hands every row. */
export interface CellProps {
  row: Row<FleetRow>;
  selected: boolean;
  pending: PendingAction | undefined;
  flavors: Flavor[] | undefined;
  labels: CellLabels;
  link: RowLink;
}

/** Each column's cell. */
export const CELLS: Record<ColumnId | 'select' | 'actions', (props: CellProps) => ReactNode> = {
  // A native checkbox in Mantine's look: a scrolling table mounts dozens a frame, and Mantine's Checkbox runs a dozen hooks.
  select: ({ row, selected, labels }) => (
    <PlainCheckbox aria-label={labels.selectRow(row.original.name || row.original.id)} checked={selected} onChange={row.getToggleSelectedHandler()} />
  ),
  name: ({ row, labels, link }) => <NameCell row={row.original} labels={labels} link={link} />,
  status: ({ row, pending, labels }) => <StatusCell row={row.original} pending={pending} labels={labels} />,
  ips: ({ row, labels }) => <IpsCell row={row.original} labels={labels} />,
  flavor: ({ row, labels }) => <PlainCell value={row.original.flavorLabel} labels={labels} />,
  image: ({ row, labels }) => <OsCell row={row.original} labels={labels} />,
  keyName: ({ row, labels }) => <PlainCell value={row.original.keyName} labels={labels} />,
  zone: ({ row, labels }) => <PlainCell value={row.original.zone} labels={labels} />,
  created: ({ row, labels }) => <CreatedCell row={row.original} labels={labels} />,
  id: ({ row, labels }) => <PlainCell value={row.original.id} labels={labels} mono />,
  actions: ({ row, flavors, labels }) => <RowActionsMenu server={row.original.server} flavors={flavors} label={labels.actionsFor(row.original.name || row.original.id)} />,
};
