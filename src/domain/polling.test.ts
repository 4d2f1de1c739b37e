import { describe, expect, it } from 'vitest';
import { decidePolling, FAST_POLL_MS, FULL_RESYNC_MS, type ListSyncState, planListSync, type PollingInput, SLOW_POLL_MS } from './polling';

const still = { status: 'ACTIVE', taskState: null };
const loaded: PollingInput = { servers: [still], pendingActions: 0, visible: true, source: 'loaded', profile: 'nhn' };

describe('decidePolling', () => {
  it.each([
    ['nhn', null, 'fast'],
    ['openstack', null, 'slow'],
    ['openstack', 'resize_confirming', 'fast'],
  ] as const)('a VERIFY_RESIZE server under the %s profile (task %s) polls %s: only NHN confirms by itself', (profile, taskState, mode) => {
    expect(decidePolling({ ...loaded, profile, servers: [still, { status: 'VERIFY_RESIZE', taskState }] }).mode).toBe(mode);
  });

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
    const decision = decidePolling({ ...loaded, servers: [still, { status, taskState }, still] });
    expect(decision.mode).toBe(mode);
    expect(decision.intervalMs).toBe(mode === 'fast' ? FAST_POLL_MS : SLOW_POLL_MS);
  });

  it('polls fast while an action the user asked for is not visible yet', () => {
    expect(decidePolling({ ...loaded, pendingActions: 1 }).mode).toBe('fast');
  });

  it('pauses while the tab is hidden, whatever is changing', () => {
    expect(decidePolling({ servers: [{ status: 'BUILD', taskState: 'spawning' }], pendingActions: 2, visible: false, source: 'loaded', profile: 'nhn' })).toEqual({
      mode: 'paused',
      intervalMs: false,
    });
  });

  it('polls slowly for an empty list', () => {
    expect(decidePolling({ ...loaded, servers: [] }).mode).toBe('slow');
  });

  it.each([['loading'], ['gone']] as const)('does not poll while the source is %s, whatever is changing', (source) => {
    expect(decidePolling({ servers: [{ status: 'BUILD', taskState: 'spawning' }], pendingActions: 1, visible: true, source, profile: 'nhn' })).toEqual({
      mode: 'off',
      intervalMs: false,
    });
  });

  it('reads servers from any iterable, and stops at the first one that changes', () => {
    let read = 0;
    function* servers() {
      for (const server of [still, { status: 'BUILD', taskState: null }, still, still]) {
        read += 1;
        yield server;
      }
    }
    expect(decidePolling({ ...loaded, servers: servers() }).mode).toBe('fast');
    expect(read).toBe(2);
  });
});

describe('planListSync', () => {
  const now = 10 * FULL_RESYNC_MS;
  const synced: ListSyncState = { complete: true, resumeMarker: null, cursor: '2026-07-01T09:00:00Z', fullSyncDue: false, fullSyncAt: now - 1000 };

  it.each<[string, ListSyncState | undefined, ReturnType<typeof planListSync>]>([
    ['nothing loaded yet', undefined, 'first'],
    ['a first load that stopped after some servers', { ...synced, complete: false, resumeMarker: 's-099', cursor: null }, 'resume'],
    ['a first load that stopped before any server', { ...synced, complete: false, resumeMarker: null, cursor: null }, 'first'],
    ['a complete list without a cursor (no server had an update time)', { ...synced, cursor: null }, 'reload'],
    ['a complete list whose user pressed Refresh', { ...synced, fullSyncDue: true }, 'reload'],
    ['a complete list loaded in full just under the safety-net time ago', { ...synced, fullSyncAt: now - FULL_RESYNC_MS + 1 }, 'changes'],
    ['a complete list loaded in full the safety-net time ago', { ...synced, fullSyncAt: now - FULL_RESYNC_MS }, 'reload'],
    ['a complete, recent list with a cursor', synced, 'changes'],
  ])('%s', (_label, state, expected) => {
    expect(planListSync(state, now)).toBe(expected);
  });
});
