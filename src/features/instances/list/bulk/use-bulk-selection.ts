import type { OnChangeFn, RowSelectionState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import type { FleetRow } from '../fleet-rows';

/**
 * Row selection limited to the rows shown: a row hidden by the search or the filters is not acted on unseen.
 * The table works on the visible part, so a hidden row leaves the selection at the next change.
 */
export function useBulkSelection(shown: FleetRow[]) {
  const [selection, setSelection] = useState<RowSelectionState>({});
  const visible = useMemo<RowSelectionState>(() => {
    const out: RowSelectionState = {};
    for (const row of shown) if (selection[row.id]) out[row.id] = true;
    return out;
  }, [shown, selection]);
  const selected = useMemo(() => shown.filter((row) => visible[row.id]), [shown, visible]);
  const onChange: OnChangeFn<RowSelectionState> = useCallback(
    (updater) => setSelection(typeof updater === 'function' ? updater(visible) : updater),
    [visible],
  );
  const clear = useCallback(() => setSelection({}), []);
  return { selection: visible, selected, onChange, clear };
}
