import type { ApiService } from './api-error';
import type { SkippedItem } from './schemas/lenient';
import { sessionStore } from './session';

/** Records an answer held that the console could not read even leniently: left out of their page, and said so. */
export interface SkippedRecord extends SkippedItem {
  service: ApiService;
  method: string;
  /** Without the query: a poll asking the same list again reports the same record once. */
  path: string;
}

type Listener = () => void;

let records: readonly SkippedRecord[] = [];
const listeners = new Set<Listener>();

const keyOf = (record: SkippedRecord) => [record.service, record.method, record.path, record.id ?? `#${record.index}`, record.problem].join(' ');

function publish(next: readonly SkippedRecord[]): void {
  records = next;
  for (const listener of listeners) listener();
}

export const skippedRecords = {
  /** For client.ts: the items one answer's lists left out. */
  report(context: { service: ApiService; method: string; path: string }, items: readonly SkippedItem[]): void {
    const path = context.path.split('?')[0] ?? context.path;
    const known = new Set(records.map(keyOf));
    const fresh = items.map((item) => ({ ...item, service: context.service, method: context.method, path })).filter((record) => !known.has(keyOf(record)));
    if (fresh.length > 0) publish([...records, ...fresh]);
  },
  /** Every record left out since the last clear; the same array until that changes. */
  get(): readonly SkippedRecord[] {
    return records;
  },
  clear(): void {
    if (records.length > 0) publish([]);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// What one project's answers held says nothing about the next session's.
sessionStore.subscribe(() => skippedRecords.clear());
