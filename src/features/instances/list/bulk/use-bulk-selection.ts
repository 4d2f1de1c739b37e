import { useCallback, useMemo, useState } from 'react';
import type { FleetRow } from '../fleet-rows';
import type { RowSelectionState, SelectionChange } from '../row-selection';

/**
 * Row selection limited to the rows shown: a row hidden by the search or the filters is not acted on unseen.
 * The table works on the visible part, so a hidden row leaves the selection at the next change.
 */
const NONE: FleetRow[] = [];

export function useBulkSelection(shown: FleetRow[]) {
  const [selection, setSelection] = useState<RowSelectionState>({});
  const visible = useMemo<RowSelectionState>(() => {
    // Nothing selected (the usual case): no walk over the whole fleet on every keystroke of the search.
    if (Object.keys(selection).length === 0) return selection;
    const out: RowSelectionState = {};
    for (const row of shown) if (selection[row.id]) out[row.id] = true;
    return out;
  }, [shown, selection]);
  const selected = useMemo(() => (visible === selection ? NONE : shown.filter((row) => visible[row.id])), [shown, visible, selection]);
  const onChange: SelectionChange = useCallback(
    (updater) => setSelection(typeof updater === 'function' ? updater(visible) : updater),
    [visible],
  );
  const clear = useCallback(() => setSelection({}), []);
  return { selection: visible, selected, onChange, clear };
}
