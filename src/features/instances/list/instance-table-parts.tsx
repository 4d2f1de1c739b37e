import { Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { flexRender, type Header, type Row, type Table as ReactTable } from '@tanstack/react-table';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellLabels, RowLink } from './instance-cells';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import { CELLS, COLUMN_WIDTHS } from './instance-columns';
import type { ColumnId } from './list-params';
import classes from './instance-table.module.css';

// Selection and name stay on the left, the row menu on the right, while the other columns scroll sideways.
export function stickyProps(id: string): { 'data-pin'?: 'start' | 'end'; style?: { left: number } } {
  if (id === 'select') return { 'data-pin': 'start', style: { left: 0 } };
  if (id === 'name') return { 'data-pin': 'start', style: { left: COLUMN_WIDTHS.select } };
  if (id === 'actions') return { 'data-pin': 'end' };
  return {};
}

function SortableHeader({ header, label }: { header: Header<FleetRow, unknown>; label: string }) {
  const sorted = header.column.getIsSorted();
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton className={classes.sortButton} onClick={header.column.getToggleSortingHandler()} data-sorted={sorted || undefined}>
      <span>{label}</span>
      <Icon size={14} aria-hidden className={classes.sortIcon} />
    </UnstyledButton>
  );
}

export interface InstanceTableHeadProps {
  table: ReactTable<FleetRow>;
  // The header reads these through the table; as props they make it render again when they change.
  sortKey: string;
  allSelected: boolean;
  someSelected: boolean;
  rowCount: number;
  columnsKey: string;
}

/** The sticky header row; it renders again when sorting, selection or the columns change, not on every scroll. */
export const InstanceTableHead = memo(function InstanceTableHead({ table }: InstanceTableHeadProps) {
  const { t } = useTranslation('instances');
  const headerLabel = (id: string) =>
    id === 'select'
      ? t('list.columns.select')
      : id === 'actions'
        ? t('list.columns.actions')
        : id === 'zone'
          ? t('list.columns.zoneHeader')
          : t(`list.columns.${id as ColumnId}`);
  return (
    <Table.Thead>
      {table.getHeaderGroups().map((group) => (
        <Table.Tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <Table.Th
                key={header.id}
                className={classes.headerCell}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                {...stickyProps(header.column.id)}
              >
                {header.column.id === 'select' ? (
                  flexRender(header.column.columnDef.header, header.getContext())
                ) : header.column.getCanSort() ? (
                  <SortableHeader header={header} label={headerLabel(header.column.id)} />
                ) : (
                  <VisuallyHidden>{headerLabel(header.column.id)}</VisuallyHidden>
                )}
              </Table.Th>
            );
          })}
        </Table.Tr>
      ))}
    </Table.Thead>
  );
});

export interface InstanceRowProps {
  row: Row<FleetRow>;
  index: number;
  /** The shown columns' ids, in order (the same array while the columns stay). */
  columnIds: readonly string[];
  selected: boolean;
  pending: PendingAction | undefined;
  flavors: Flavor[] | undefined;
  labels: CellLabels;
  link: RowLink;
  /** Only the plain-text cells for now (a fast scroll brings more rows than a frame can build); the rest follows. */
  light?: boolean;
}

/** The cells a light row leaves empty: those built from several components each (checkbox, badge, tooltip, menu). */
const HEAVY_CELLS: ReadonlySet<string> = new Set(['select', 'status', 'created', 'actions']);

const ROW_CLASS = `${Table.classes.tr} ${classes.row}`;
const CELL_CLASS = `${Table.classes.td} ${classes.cell}`;

/** A row renders again only when its server, selection, pending action or the columns change, not on every scroll. */
export const InstanceRow = memo(function InstanceRow({ row, index, columnIds, light = false, ...cellProps }: InstanceRowProps) {
  return (
    // Plain elements with Mantine Table's own classes and the data attributes its Tr and Td would set (the table
    // highlights on hover and has row borders): Table.Tr and Table.Td cost each cell a Box and a styles resolver.
    <tr className={ROW_CLASS} data-hover data-with-row-border aria-rowindex={index + 2} data-selected={cellProps.selected || undefined}>
      {columnIds.map((id) => (
        <td key={id} className={CELL_CLASS} {...stickyProps(id)}>
          {light && HEAVY_CELLS.has(id) ? null : CELLS[id as keyof typeof CELLS]({ row, ...cellProps })}
        </td>
      ))}
    </tr>
  );
});
