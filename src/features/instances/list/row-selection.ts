import type { FleetRow } from './fleet-rows';

/** The selected rows' ids (each `true`); a row left out is not selected. */
export type RowSelectionState = Record<string, boolean>;

/** A state change as React's setState takes it: the next value, or how to get it from the current one. */
export type SelectionChange = (updater: RowSelectionState | ((previous: RowSelectionState) => RowSelectionState)) => void;

/** One row checked or unchecked. */
export function withRow(selection: RowSelectionState, id: string, selected: boolean): RowSelectionState {
  const next = { ...selection };
  if (selected) next[id] = true;
  else delete next[id];
  return next;
}

/** Every row shown is selected (and there is one). */
export function allSelected(rows: readonly FleetRow[], selection: RowSelectionState): boolean {
  return rows.length > 0 && Object.keys(selection).length > 0 && rows.every((row) => selection[row.id]);
}

/** Some rows are selected, not all: the header's checkbox shows a dash. */
export function someSelected(rows: readonly FleetRow[], selection: RowSelectionState): boolean {
  const count = Object.keys(selection).length;
  return count > 0 && count < rows.length;
}

/** The header's checkbox: every row shown selected, or, when they all were, none of them. */
export function withAllToggled(rows: readonly FleetRow[], selection: RowSelectionState): RowSelectionState {
  const select = !allSelected(rows, selection);
  const next = { ...selection };
  for (const row of rows) {
    if (select) next[row.id] = true;
    else delete next[row.id];
  }
  return next;
}
