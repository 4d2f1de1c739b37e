import { useCallback, useMemo } from 'react';
import { type ColumnId, COLUMN_IDS, DEFAULT_COLUMNS, readColumns } from './list-params';

export const COLUMNS_STORAGE_KEY = 'instance-console.instances.columns';

function stored(): ColumnId[] | null {
  try {
    return readColumns(localStorage.getItem(COLUMNS_STORAGE_KEY));
  } catch {
    return null;
  }
}

function remember(columns: readonly ColumnId[]): void {
  try {
    localStorage.setItem(COLUMNS_STORAGE_KEY, columns.join(','));
  } catch {
    // Private mode or a full quota: the choice then lasts as long as the URL.
  }
}

export interface ColumnChoice {
  columns: readonly ColumnId[];
  isDefault: boolean;
  set: (columns: readonly ColumnId[]) => void;
}

/** The shown columns: the URL's (a shared link shows what its sender saw), else the remembered choice, else the default. */
export function useColumnChoice(urlColumns: ColumnId[] | null, writeUrl: (value: string | null) => void): ColumnChoice {
  const columns = useMemo(() => urlColumns ?? stored() ?? [...DEFAULT_COLUMNS], [urlColumns]);
  const set = useCallback(
    (next: readonly ColumnId[]) => {
      const ordered = COLUMN_IDS.filter((id) => id === 'name' || next.includes(id));
      remember(ordered);
      writeUrl(ordered.join(','));
    },
    [writeUrl],
  );
  return useMemo(() => {
    const isDefault = columns.length === DEFAULT_COLUMNS.length && DEFAULT_COLUMNS.every((id) => columns.includes(id));
    return { columns, isDefault, set };
  }, [columns, set]);
}
