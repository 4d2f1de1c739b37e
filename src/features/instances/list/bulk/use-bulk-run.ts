import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { performInstanceAction } from '../../actions/use-instance-action';
import { serverKeys } from '../../server-queries';
import type { FleetRow } from '../fleet-rows';
import type { BulkAction } from '../../../../domain/instance-actions';
import { runPool } from './bulk-plan';

/** Requests in flight at once: quick for tens of instances, gentle on the API for hundreds. */
export const BULK_CONCURRENCY = 4;

export type ItemResult =
  | { state: 'queued' }
  | { state: 'running' }
  | { state: 'ok' }
  | { state: 'failed'; error: unknown }
  /** Retry found the instance gone from the list. */
  | { state: 'gone' };

export interface BulkRun {
  action: BulkAction;
  /** The instances of the run, in the order shown. */
  items: Array<{ id: string; name: string }>;
  results: ReadonlyMap<string, ItemResult>;
  running: boolean;
}

/** The instances whose request failed (not those gone from the list: there is nothing left to retry). */
export function failedIds(run: BulkRun): string[] {
  return run.items.filter(({ id }) => run.results.get(id)?.state === 'failed').map(({ id }) => id);
}

/**
 * Sends one action to many instances, a few at a time, and keeps a result per instance: accepted, or the server's
 * own error. Each accepted one is tracked like a single action (the row says "requested" and polling hurries).
 */
export function useBulkRun() {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun | null>(null);

  const setResult = useCallback((id: string, result: ItemResult) => {
    setRun((current) => (current ? { ...current, results: new Map(current.results).set(id, result) } : current));
  }, []);

  const execute = useCallback(
    async (action: BulkAction, rows: FleetRow[]) => {
      await runPool(rows, BULK_CONCURRENCY, async (row) => {
        setResult(row.id, { state: 'running' });
        try {
          await performInstanceAction(queryClient, { server: row.server, request: { action } });
          setResult(row.id, { state: 'ok' });
        } catch (error) {
          setResult(row.id, { state: 'failed', error });
        }
      });
      setRun((current) => (current ? { ...current, running: false } : current));
      // Show the tasks now rather than at the next poll, here and on every page that shows servers (a key pair's, a zone's).
      void queryClient.invalidateQueries({ queryKey: serverKeys.all });
    },
    [queryClient, setResult],
  );

  const start = useCallback(
    (action: BulkAction, rows: FleetRow[]) => {
      setRun({
        action,
        items: rows.map((row) => ({ id: row.id, name: row.name || row.id })),
        results: new Map(rows.map((row) => [row.id, { state: 'queued' }])),
        running: true,
      });
      void execute(action, rows);
    },
    [execute],
  );

  /** Sends again to the failed ones, as the list shows them now; those gone from the list are marked so. */
  const retryFailed = useCallback(
    (current: BulkRun, lookup: (id: string) => FleetRow | undefined) => {
      const rows: FleetRow[] = [];
      const results = new Map(current.results);
      for (const id of failedIds(current)) {
        const row = lookup(id);
        if (row) {
          rows.push(row);
          results.set(id, { state: 'queued' });
        } else {
          results.set(id, { state: 'gone' });
        }
      }
      setRun({ ...current, results, running: rows.length > 0 });
      if (rows.length > 0) void execute(current.action, rows);
    },
    [execute],
  );

  const reset = useCallback(() => setRun(null), []);
  return { run, start, retryFailed, reset };
}
