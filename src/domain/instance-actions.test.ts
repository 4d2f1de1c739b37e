import { describe, expect, it } from 'vitest';
import { actionRecord, BULK_ACTIONS, INSTANCE_ACTIONS, isDirectAction } from './instance-actions';

describe('the action records', () => {
  it('offers the status changes over a selection, in the menu order', () => {
    expect(BULK_ACTIONS).toEqual(['start', 'unshelve', 'stop', 'rebootSoft', 'rebootHard', 'shelve', 'confirmResize', 'revertResize', 'delete']);
  });

  // The decision (docs/architecture.md, "Instance actions"): red where the user can lose what another action does
  // not give back. Stop shuts the guest down cleanly and Start gives everything back; Resize keeps the power state.
  it('marks as destructive exactly the actions that can lose data or the host, not Stop or Resize', () => {
    expect(INSTANCE_ACTIONS.filter((action) => actionRecord(action).destructive)).toEqual(['rebootHard', 'shelve', 'revertResize', 'detachVolume', 'delete']);
  });

  it.each(INSTANCE_ACTIONS)('%s: a destructive action confirms first; one sent at once neither confirms nor loses anything', (action) => {
    const record = actionRecord(action);
    if (record.destructive) expect(record.confirms).toBe(true);
    if (isDirectAction(action)) expect([record.confirms, record.destructive]).toEqual([false, false]);
  });

  it.each(BULK_ACTIONS)('%s, offered in bulk, changes the status: it is tracked to its end', (action) => {
    expect(actionRecord(action).leadsTo).not.toBeNull();
  });

  it.each(INSTANCE_ACTIONS)('%s: only a tracked action is blocked by one pending', (action) => {
    const record = actionRecord(action);
    if (record.blockedByPending) expect(record.leadsTo).not.toBeNull();
  });

  it.each(INSTANCE_ACTIONS)('%s names the sentence its status rule comes from', (action) => {
    expect(actionRecord(action).source).toMatch(/^[A-Z][\w ]+: /);
  });
});
