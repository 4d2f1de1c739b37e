import { Group, Table, type TableThProps, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SortState } from '../table-sort';
import classes from './sortable-th.module.css';

export interface SortableThProps<K extends string> extends Omit<TableThProps, 'children' | 'onClick'> {
  column: K;
  sort: SortState<K>;
  onSort: (column: K) => void;
  children: ReactNode;
  /** Numbers read better right-aligned. */
  numeric?: boolean;
}

/** A column header that sorts: a real button inside, `aria-sort` on the header cell. */
export function SortableTh<K extends string>({ column, sort, onSort, children, numeric, ...thProps }: SortableThProps<K>) {
  const active = sort.key === column;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th {...thProps} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton className={classes.button} onClick={() => onSort(column)} data-active={active || undefined}>
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          <span>{children}</span>
          <Icon size={14} stroke={1.8} aria-hidden className={classes.icon} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
