import { describe, expect, it } from 'vitest';
import { decidePolling, FAST_POLL_MS, SLOW_POLL_MS } from './polling';

const still = { status: 'ACTIVE', taskState: null };

describe('decidePolling', () => {
  it.each([
    ['BUILD', null, 'fast'],
    ['REBOOT', null, 'fast'],
    ['HARD_REBOOT', null, 'fast'],
    ['RESIZE', null, 'fast'],
    ['MIGRATING', null, 'fast'],
    ['REBUILD', null, 'fast'],
    ['PASSWORD', null, 'fast'],
    ['REVERT_RESIZE', null, 'fast'],
    ['VERIFY_RESIZE', null, 'fast'],
    ['ACTIVE', 'powering-off', 'fast'],
    ['SHUTOFF', 'powering-on', 'fast'],
    ['ACTIVE', 'deleting', 'fast'],
    ['SHELVED_OFFLOADED', 'unshelving', 'fast'],
    ['ACTIVE', null, 'slow'],
    ['SHUTOFF', null, 'slow'],
    ['ERROR', null, 'slow'],
    ['PAUSED', null, 'slow'],
    ['SUSPENDED', null, 'slow'],
    ['RESCUE', null, 'slow'],
    ['SHELVED_OFFLOADED', null, 'slow'],
    ['UNKNOWN', null, 'slow'],
  ])('one %s server with task %s among still ones polls %s', (status, taskState, mode) => {
    const decision = decidePolling({ servers: [still, { status, taskState }, still], pendingActions: 0, visible: true });
    expect(decision.mode).toBe(mode);
    expect(decision.intervalMs).toBe(mode === 'fast' ? FAST_POLL_MS : SLOW_POLL_MS);
  });

  it('polls fast while an action the user asked for is not visible yet', () => {
    expect(decidePolling({ servers: [still], pendingActions: 1, visible: true }).mode).toBe('fast');
  });

  it('pauses while the tab is hidden, whatever is changing', () => {
    expect(decidePolling({ servers: [{ status: 'BUILD', taskState: 'spawning' }], pendingActions: 2, visible: false })).toEqual({
      mode: 'paused',
      intervalMs: false,
    });
  });

  it('polls slowly for an empty list', () => {
    expect(decidePolling({ servers: [], pendingActions: 0, visible: true }).mode).toBe('slow');
  });
});
