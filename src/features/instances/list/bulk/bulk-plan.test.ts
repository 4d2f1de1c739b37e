import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../../api/schemas/server';
import type { PendingAction } from '../../actions/pending-actions';
import { flavorNamesOf, rowOf } from '../fleet-rows';
import { planBulk, runPool } from './bulk-plan';

const flavors = flavorNamesOf([
  { id: 'm2', name: 'm2.c2m4' },
  { id: 'g2', name: 'g2.t4.c4m32' },
] as never);
const row = (name: string, status: string, extra: Record<string, unknown> = {}) =>
  rowOf(serverSchema.parse({ id: name, name, status, links: [], flavor: { id: 'm2', links: [] }, ...extra }), flavors);

describe('planning a bulk action', () => {
  it('runs on the servers it applies to and groups the rest by reason, largest group first', () => {
    const rows = [
      row('s1', 'SHUTOFF'),
      row('a1', 'ACTIVE'),
      row('a2', 'ACTIVE'),
      row('s2', 'SHUTOFF', { 'OS-EXT-STS:task_state': 'powering-on' }),
      row('e1', 'ERROR'),
    ];
    const plan = planBulk('start', rows, new Map());
    expect(plan.eligible.map((r) => r.id)).toEqual(['s1']);
    expect(plan.skipped.map((group) => [group.key, group.rows.map((r) => r.id)])).toEqual([
      ['status:ACTIVE', ['a1', 'a2']],
      ['task:powering-on', ['s2']],
      ['status:ERROR', ['e1']],
    ]);
  });

  it('skips a GPU server for shelve (flavor rule) and one whose action is already requested', () => {
    const pending = new Map<string, PendingAction>([['a2', { serverId: 'a2', action: 'stop', acknowledged: false } as PendingAction]]);
    const plan = planBulk('shelve', [row('a1', 'ACTIVE'), row('a2', 'ACTIVE'), row('gpu', 'ACTIVE', { flavor: { id: 'g2', links: [] } })], pending);
    expect(plan.eligible.map((r) => r.id)).toEqual(['a1']);
    expect(plan.skipped.map((group) => group.reason)).toEqual([
      { allowed: false, reason: 'pending', action: 'stop' },
      { allowed: false, reason: 'flavor', family: 'g2' },
    ]);
    // Delete goes through whatever was requested before.
    expect(planBulk('delete', [row('a2', 'ACTIVE')], pending).eligible).toHaveLength(1);
  });

  it('confirms or reverts resizes only where VERIFY_RESIZE waits with no task', () => {
    const rows = [row('v1', 'VERIFY_RESIZE'), row('v2', 'VERIFY_RESIZE', { 'OS-EXT-STS:task_state': 'resize_confirming' }), row('a1', 'ACTIVE')];
    for (const action of ['confirmResize', 'revertResize'] as const) {
      const plan = planBulk(action, rows, new Map());
      expect(plan.eligible.map((r) => r.id)).toEqual(['v1']);
      expect(plan.skipped.map((group) => group.key)).toEqual(['task:resize_confirming', 'status:ACTIVE']);
    }
  });
});

describe('runPool', () => {
  it('keeps at most `limit` at work and finishes every item, failures included', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      if (item === 4) throw new Error('one fails');
      done.push(item);
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 5, 6, 7]);
  });
});
