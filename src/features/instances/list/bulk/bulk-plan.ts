import { currentProfile } from '../../../../api/session';
import { type ActionRefusal, canPerform } from '../../../../domain/action-gate';
import type { BulkAction } from '../../../../domain/instance-actions';
import { type PendingAction, unshownAction } from '../../actions/pending-actions';
import type { FleetRow } from '../fleet-rows';

/** Why a selected instance is left out: the gating's verdict (an action already asked for and not yet shown included). */
export type SkipReason = ActionRefusal;

export interface SkipGroup {
  /** Same key, same sentence: "Start needs SHUTOFF; this instance is ACTIVE." */
  key: string;
  reason: SkipReason;
  rows: FleetRow[];
}

export interface BulkPlan {
  action: BulkAction;
  eligible: FleetRow[];
  skipped: SkipGroup[];
}

function skipKey(reason: SkipReason): string {
  switch (reason.reason) {
    case 'status':
      return `status:${reason.current}`;
    case 'task':
      return `task:${reason.task}`;
    case 'flavor':
      return `flavor:${reason.family}`;
    case 'pending':
      return `pending:${reason.action}`;
    case 'missing':
      return `missing:${reason.need}`;
    case 'deleted':
      return 'deleted';
  }
}

/**
 * Splits the selection into the instances the action applies to now and the rest, grouped by reason (largest group
 * first), by the same gating as the actions menu.
 */
export function planBulk(action: BulkAction, rows: readonly FleetRow[], pending: ReadonlyMap<string, PendingAction>): BulkPlan {
  const eligible: FleetRow[] = [];
  const groups = new Map<string, SkipGroup>();
  for (const row of rows) {
    const subject = { status: row.status, taskState: row.taskState, flavorFamily: row.flavorFamily, pendingAction: unshownAction(pending.get(row.id)) };
    const verdict = canPerform(action, subject, currentProfile());
    if (verdict.allowed) {
      eligible.push(row);
      continue;
    }
    const key = skipKey(verdict);
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { key, reason: verdict, rows: [row] });
  }
  const skipped = [...groups.values()].sort((a, b) => b.rows.length - a.rows.length);
  return { action, eligible, skipped };
}

/**
 * Runs `work` over `items`, at most `limit` at a time: a console must not fire 500 requests at once (rate limits,
 * and a browser queues past 6 per host anyway). Settles every item; never rejects.
 */
export async function runPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await work(item);
      } catch {
        // `work` reports its own failures; one failure must not stop the lane.
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
