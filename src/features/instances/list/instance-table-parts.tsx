import { Checkbox, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellLabels, RowLink } from './instance-cells';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import { CELLS, COLUMN_WIDTHS, type TableColumnId } from './instance-columns';
import type { ColumnId, SortParam } from './list-params';
import classes from './instance-table.module.css';

type StickyProps = { 'data-pin'?: 'start' | 'end'; style?: { left: number } };
const PIN_SELECT: StickyProps = { 'data-pin': 'start', style: { left: 0 } };
const PIN_NAME: StickyProps = { 'data-pin': 'start', style: { left: COLUMN_WIDTHS.select } };
const PIN_END: StickyProps = { 'data-pin': 'end' };
const NO_PIN: StickyProps = {};

// Selection and name stay on the left, the row menu on the right, while the other columns scroll sideways. The same
// objects every time: a scroll mounts a few hundred cells a frame.
export function stickyProps(id: string): StickyProps {
  if (id === 'select') return PIN_SELECT;
  if (id === 'name') return PIN_NAME;
  if (id === 'actions') return PIN_END;
  return NO_PIN;
}

function SortableHeader({ column, label, sorted, onSort }: { column: ColumnId; label: string; sorted: 'asc' | 'desc' | false; onSort: (column: ColumnId) => void }) {
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton className={classes.sortButton} onClick={() => onSort(column)} data-sorted={sorted || undefined}>
      <span>{label}</span>
      <Icon size={14} aria-hidden className={classes.sortIcon} />
    </UnstyledButton>
  );
}

export interface InstanceTableHeadProps {
  columnIds: readonly TableColumnId[];
  sort: SortParam | null;
  onSort: (column: ColumnId) => void;
  /** The rows shown: the header's checkbox selects them all. */
  rowCount: number;
  allSelected: boolean;
  someSelected: boolean;
  onSelectAll: () => void;
}

/** The sticky header row; it renders again when sorting, selection or the columns change, not on every scroll. */
export const InstanceTableHead = memo(function InstanceTableHead({ columnIds, sort, onSort, rowCount, allSelected, someSelected, onSelectAll }: InstanceTableHeadProps) {
  const { t } = useTranslation('instances');
  const headerLabel = (id: TableColumnId) =>
    id === 'select'
      ? t('list.columns.select')
      : id === 'actions'
        ? t('list.columns.actions')
        : id === 'zone'
          ? t('list.columns.zoneHeader')
          : t(`list.columns.${id}`);
  return (
    <thead className={classes.head}>
      <tr aria-rowindex={1}>
        {columnIds.map((id) => {
          const sorted = sort?.column === id ? (sort.desc ? 'desc' : 'asc') : false;
          return (
            <th
              key={id}
              className={classes.headerCell}
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              {...stickyProps(id)}
            >
              {id === 'select' ? (
                <Checkbox
                  size="xs"
                  aria-label={t('list.table.selectAll', { count: rowCount })}
                  checked={allSelected}
                  indeterminate={someSelected}
                  onChange={onSelectAll}
                  disabled={rowCount === 0}
                />
              ) : id === 'actions' ? (
                <VisuallyHidden>{headerLabel(id)}</VisuallyHidden>
              ) : (
                <SortableHeader column={id} label={headerLabel(id)} sorted={sorted} onSort={onSort} />
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
});

export interface InstanceRowProps {
  row: FleetRow;
  index: number;
  /** The shown columns' ids, in order (the same array while the columns stay). */
  columnIds: readonly TableColumnId[];
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  pending: PendingAction | undefined;
  flavors: Flavor[] | undefined;
  labels: CellLabels;
  link: RowLink;
  /** Only the plain-text cells for now (a fast scroll brings more rows than a frame can build); the rest follows. */
  light?: boolean;
}

/** The cells a light row leaves empty: those built from several components each (checkbox, badge, tooltip, menu). */
const HEAVY_CELLS: ReadonlySet<string> = new Set(['select', 'status', 'created', 'actions']);


/** A row renders again only when its server, selection, pending action or the columns change, not on every scroll. */
export const InstanceRow = memo(function InstanceRow({ row, index, columnIds, light = false, ...cellProps }: InstanceRowProps) {
  return (
    // Plain elements: Mantine's Table.Tr and Table.Td would cost each cell a Box and a styles resolver.
    <tr className={classes.row} aria-rowindex={index + 2} data-selected={cellProps.selected || undefined}>
      {columnIds.map((id) => (
        <td key={id} className={classes.cell} {...stickyProps(id)}>
          {light && HEAVY_CELLS.has(id) ? null : CELLS[id]({ row, ...cellProps })}
        </td>
      ))}
    </tr>
  );
});
