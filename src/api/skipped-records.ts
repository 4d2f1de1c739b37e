import type { ApiService } from './api-error';
import type { SkippedItem } from './schemas/lenient';
import { createStore } from '../lib/store';
import { sessionStore } from './session';

/** Records an answer held that the console could not read even leniently: left out of their page, and said so. */
export interface SkippedRecord extends SkippedItem {
  service: ApiService;
  method: string;
  /** Without the query: a poll asking the same list again reports the same record once. */
  path: string;
}

const store = createStore<{ records: readonly SkippedRecord[] }>(() => ({ records: [] }));

const keyOf = (record: SkippedRecord) => [record.service, record.method, record.path, record.id ?? `#${record.index}`, record.problem].join(' ');

export const skippedRecords = {
  /** For client.ts: the items one answer's lists left out. */
  report(context: { service: ApiService; method: string; path: string }, items: readonly SkippedItem[]): void {
    const path = context.path.split('?')[0] ?? context.path;
    const { records } = store.getState();
    const known = new Set(records.map(keyOf));
    const fresh = items.map((item) => ({ ...item, service: context.service, method: context.method, path })).filter((record) => !known.has(keyOf(record)));
    if (fresh.length > 0) store.setState({ records: [...records, ...fresh] });
  },
  /** Every record left out since the last clear; the same array until that changes. */
  get(): readonly SkippedRecord[] {
    return store.getState().records;
  },
  clear(): void {
    if (store.getState().records.length > 0) store.setState({ records: [] });
  },
  subscribe(listener: () => void): () => void {
    return store.subscribe(() => listener());
  },
};

// What one project's answers held says nothing about the next session's.
sessionStore.subscribe(() => skippedRecords.clear());
