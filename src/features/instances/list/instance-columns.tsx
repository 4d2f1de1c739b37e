import type { ReactNode } from 'react';
import { PlainCheckbox } from '../../../lib/ui/plain-checkbox';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import { type CellLabels, CreatedCell, IpsCell, NameCell, OsCell, PlainCell, type RowLink, StatusCell } from './instance-cells';
import { COLUMN_IDS, type ColumnId } from './list-params';
import { RowActionsMenu } from './row-actions-menu';

/**
 * Pixel widths: the table is laid out fixed, so rows scrolling in never shift the columns. Name and image share what
 * is left (at least their width here); below the sum of the widths the table scrolls sideways.
 */
export const COLUMN_WIDTHS: Record<TableColumnId, number> = {
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

export type TableColumnId = ColumnId | 'select' | 'actions';

/** The table's columns in order: the selection first, the chosen ones (in their fixed order), the row menu last. */
export function tableColumns(chosen: readonly ColumnId[]): TableColumnId[] {
  return ['select', ...COLUMN_IDS.filter((id) => chosen.includes(id)), 'actions'];
}

/** What a cell is drawn from: its row and what the table hands every row. */
export interface CellProps {
  row: FleetRow;
  selected: boolean;
  /** Checks or unchecks a row (by its id). */
  onSelect: (id: string, selected: boolean) => void;
  pending: PendingAction | undefined;
  flavors: Flavor[] | undefined;
  labels: CellLabels;
  link: RowLink;
}

/** Each column's cell. */
export const CELLS: Record<TableColumnId, (props: CellProps) => ReactNode> = {
  // A native checkbox in Mantine's look: a scrolling table mounts dozens a frame, and Mantine's Checkbox runs a dozen hooks.
  select: ({ row, selected, onSelect, labels }) => (
    <PlainCheckbox aria-label={labels.selectRow(row.name || row.id)} checked={selected} onChange={(event) => onSelect(row.id, event.currentTarget.checked)} />
  ),
  name: ({ row, labels, link }) => <NameCell row={row} labels={labels} link={link} />,
  status: ({ row, pending, labels }) => <StatusCell row={row} pending={pending} labels={labels} />,
  ips: ({ row, labels }) => <IpsCell row={row} labels={labels} />,
  flavor: ({ row, labels }) => <PlainCell value={row.flavorLabel} labels={labels} />,
  image: ({ row, labels }) => <OsCell row={row} labels={labels} />,
  keyName: ({ row, labels }) => <PlainCell value={row.keyName} labels={labels} />,
  zone: ({ row, labels }) => <PlainCell value={row.zone} labels={labels} />,
  created: ({ row, labels }) => <CreatedCell row={row} labels={labels} />,
  id: ({ row, labels }) => <PlainCell value={row.id} labels={labels} mono />,
  actions: ({ row, flavors, labels }) => <RowActionsMenu server={row.server} flavors={flavors} label={labels.actionsFor(row.name || row.id)} />,
};
