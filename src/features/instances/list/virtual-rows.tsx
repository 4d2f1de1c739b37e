import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useState } from 'react';
import type { Flavor } from '../../../api/schemas/flavor';
import type { PendingAction } from '../actions/pending-actions';
import type { FleetRow } from './fleet-rows';
import type { CellLabels, RowLink } from './instance-cells';
import type { TableColumnId } from './instance-columns';
import { InstanceRow } from './instance-table-parts';
import type { RowSelectionState } from './row-selection';
import classes from './instance-table.module.css';

/**
 * How many rows that come into view a frame builds in full. A scrollbar drag across 5,000 servers brings a whole view
 * of new rows every frame; building them all (badge, tooltips, checkbox, menu) takes longer than a frame.
 */
export const FULL_ROWS_PER_FRAME = 6;

/** Fixed, so the virtualizer knows every row's place without measuring. */
export const ROW_HEIGHT = 44;

const rowHeight = () => ROW_HEIGHT;

export interface VirtualRowsProps {
  /** The element that scrolls the table (null until it is mounted). */
  scrollElement: HTMLElement | null;
  /** The rows shown, in order. */
  rows: FleetRow[];
  /** The shown columns' ids, in order (the same array while the columns stay). */
  columnIds: readonly TableColumnId[];
  selection: RowSelectionState;
  /** Checks or unchecks a row (the same function across renders). */
  onSelect: (id: string, selected: boolean) => void;
  pending: ReadonlyMap<string, PendingAction>;
  flavors: Flavor[] | undefined;
  /** New at each tick of the clock and each language: the relative times and words follow. */
  labels: CellLabels;
  link: RowLink;
}

interface Built {
  /** The rows in view at the last commit, and which of them were built in full. */
  inView: ReadonlySet<string>;
  full: ReadonlySet<string>;
}

const setKey = (ids: Iterable<string>) => [...ids].join(',');

/**
 * Which rows are built in full. A row coming into view while the table is not scrolling is (data, filters, the first
 * render); while it scrolls, FULL_ROWS_PER_FRAME new or light rows a frame are, and the next frame builds more.
 */
function useFullRows(ids: string[], scrolling: boolean): (id: string) => boolean {
  const [built, setBuilt] = useState<Built>({ inView: new Set(), full: new Set() });
  const full = new Set<string>();
  let budget = FULL_ROWS_PER_FRAME;
  for (const id of ids) {
    const light = built.inView.has(id) ? !built.full.has(id) : scrolling;
    if (!light || budget > 0) full.add(id);
    if (light && budget > 0) budget -= 1;
  }
  const inViewKey = setKey(ids);
  const fullKey = setKey(full);
  const complete = full.size === ids.length;
  useEffect(() => {
    const record = () =>
      setBuilt((previous) =>
        setKey(previous.inView) === inViewKey && setKey(previous.full) === fullKey
          ? previous
          : { inView: new Set(inViewKey.split(',')), full: new Set(fullKey.split(',')) },
      );
    if (complete) {
      record();
      return undefined;
    }
    // The light rows left: the next frame builds some more.
    const frame = requestAnimationFrame(record);
    return () => cancelAnimationFrame(frame);
  }, [inViewKey, fullKey, complete]);
  return (id) => full.has(id);
}

/**
 * The rows in view between two spacer rows; during a fast scroll the rows coming into view are built a few a frame.
 * The virtualizer lives here, so a scroll renders these rows again and not the table around them.
 */
export const VirtualRows = memo(function VirtualRows({ scrollElement, rows, columnIds, selection, onSelect, pending, flavors, labels, link }: VirtualRowsProps) {
  // Stable while the rows are: a new key function makes the virtualizer place all 5,000 rows again.
  const itemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  // The app is not built with the React Compiler (the rule's concern); the rows are memoized by hand.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: rowHeight,
    overscan: 8,
    getItemKey: itemKey,
  });
  const items = virtualizer.getVirtualItems();
  const inView = items.flatMap((item) => {
    const row = rows[item.index];
    return row ? [{ row, index: item.index }] : [];
  });
  const isFull = useFullRows(inView.map(({ row }) => row.id), virtualizer.isScrolling);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <>
      {paddingTop > 0 && (
        <tr className={classes.spacer} aria-hidden>
          <td colSpan={columnIds.length} style={{ height: paddingTop }} />
        </tr>
      )}
      {inView.map(({ row, index }) => (
        <InstanceRow
          key={row.id}
          row={row}
          index={index}
          columnIds={columnIds}
          selected={selection[row.id] === true}
          onSelect={onSelect}
          pending={pending.get(row.id)}
          flavors={flavors}
          labels={labels}
          link={link}
          light={!isFull(row.id)}
        />
      ))}
      {paddingBottom > 0 && (
        <tr className={classes.spacer} aria-hidden>
          <td colSpan={columnIds.length} style={{ height: paddingBottom }} />
        </tr>
      )}
    </>
  );
});
