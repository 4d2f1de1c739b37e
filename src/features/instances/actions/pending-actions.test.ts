import { describe, expect, it, vi } from 'vitest';
import { serverSchema, type Server } from '../../../api/schemas/server';
import { type Session, sessionStore } from '../../../api/session';
import { PENDING_TIMEOUT_MS, pendingActions, type PendingEvent } from './pending-actions';

function server(status: string, extra: Record<string, unknown> = {}): Server {
  return serverSchema.parse({ id: 's1', name: 'web', status, links: [], updated: '2026-11-27T10:00:00Z', ...extra });
}

function collect() {
  const events: PendingEvent[] = [];
  const stop = pendingActions.onEvent((event) => events.push(event));
  return { events, stop };
}

function session(tenantId: string, token: string): Session {
  return { mode: 'live', token, tenantId, region: 'KR1', profile: 'nhn', endpoints: { compute: `/proxy/https/compute.test/v2/${tenantId}` }, expiresAt: null };
}

describe('pending actions and the session', () => {
  it('end with their project: signing out or into another project clears them; a new token for the same one keeps them', () => {
    sessionStore.set(session('t1', 'first'));
    pendingActions.add(server('ACTIVE'), 'stop');
    sessionStore.set(session('t1', 'second'));
    expect(pendingActions.get('s1')?.action).toBe('stop');

    sessionStore.set(session('t2', 'third'));
    expect(pendingActions.get('s1')).toBeUndefined();

    pendingActions.add(server('ACTIVE'), 'stop');
    sessionStore.set(null);
    expect(pendingActions.get('s1')).toBeUndefined();
  });
});

describe('pendingActions', () => {
  it('follows a stop through powering-off to SHUTOFF', () => {
    const { events, stop } = collect();
    pendingActions.add(server('ACTIVE'), 'stop');
    expect(pendingActions.get('s1')?.acknowledged).toBe(false);

    pendingActions.observe([server('ACTIVE')]);
    expect(pendingActions.get('s1')?.acknowledged).toBe(false);

    pendingActions.observe([server('ACTIVE', { 'OS-EXT-STS:task_state': 'powering-off', updated: '2026-11-27T10:00:02Z' })]);
    expect(pendingActions.get('s1')?.acknowledged).toBe(true);
    expect(events).toEqual([]);

    pendingActions.observe([server('SHUTOFF', { updated: '2026-11-27T10:00:05Z' })]);
    expect(pendingActions.get('s1')).toBeUndefined();
    expect(events).toMatchObject([{ kind: 'reached', pending: { action: 'stop', targetStatus: 'SHUTOFF' } }]);
    stop();
  });

  it('sees a reboot that finished between two polls through its new updated time', () => {
    const { events, stop } = collect();
    pendingActions.add(server('ACTIVE'), 'rebootSoft');
    pendingActions.observe([server('ACTIVE')]);
    expect(events).toHaveLength(0);
    pendingActions.observe([server('ACTIVE', { updated: '2026-11-27T10:00:09Z' })]);
    expect(events).toMatchObject([{ kind: 'reached' }]);
    stop();
  });

  it('waits for a resize to show RESIZE before calling it done', () => {
    const { events, stop } = collect();
    pendingActions.add(server('SHUTOFF'), 'resize');
    pendingActions.observe([server('SHUTOFF')]);
    pendingActions.observe([server('RESIZE', { 'OS-EXT-STS:task_state': 'resize_prep', updated: '2026-11-27T10:00:01Z' })]);
    expect(events).toHaveLength(0);
    pendingActions.observe([server('SHUTOFF', { updated: '2026-11-27T10:00:09Z' })]);
    expect(events).toMatchObject([{ kind: 'reached', pending: { targetStatus: 'SHUTOFF' } }]);
    stop();
  });

  it("reports a fall into ERROR with the server's fault message", () => {
    const { events, stop } = collect();
    pendingActions.add(server('SHELVED_OFFLOADED'), 'unshelve');
    pendingActions.observe([server('ERROR', { fault: { code: 500, message: 'No valid host was found.' }, updated: '2026-11-27T10:01:00Z' })]);
    expect(events).toMatchObject([{ kind: 'failed', faultMessage: 'No valid host was found.' }]);
    stop();
  });

  it('does not call a stop from ERROR a failure while the server is still in ERROR', () => {
    const { events, stop } = collect();
    pendingActions.add(server('ERROR'), 'stop');
    pendingActions.observe([server('ERROR', { 'OS-EXT-STS:task_state': 'powering-off', updated: '2026-11-27T10:00:01Z' })]);
    pendingActions.observe([server('SHUTOFF', { updated: '2026-11-27T10:00:04Z' })]);
    expect(events).toMatchObject([{ kind: 'reached' }]);
    stop();
  });

  it('ends a delete when the server is gone', () => {
    const { events, stop } = collect();
    pendingActions.add(server('ACTIVE'), 'delete');
    pendingActions.observeGone('s1');
    expect(events).toMatchObject([{ kind: 'reached', server: null, pending: { action: 'delete' } }]);
    stop();
  });

  it('tracks only actions with an end status, and gives up after the timeout', () => {
    pendingActions.add(server('ACTIVE'), 'rename');
    expect(pendingActions.size()).toBe(0);
    pendingActions.add(server('ACTIVE'), 'stop', 1_000);
    const listener = vi.fn();
    const unsubscribe = pendingActions.subscribe(listener);
    pendingActions.observe([], 1_000 + PENDING_TIMEOUT_MS + 1);
    expect(pendingActions.size()).toBe(0);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
  });

  it('ends a resize in VERIFY_RESIZE, where upstream Nova waits for a confirmation', () => {
    const { events, stop } = collect();
    pendingActions.add(server('ACTIVE'), 'resize');
    pendingActions.observe([server('RESIZE', { 'OS-EXT-STS:task_state': 'resize_finish', updated: '2026-11-27T10:00:04Z' })]);
    pendingActions.observe([server('VERIFY_RESIZE', { updated: '2026-11-27T10:00:05Z' })]);
    expect(events).toMatchObject([{ kind: 'reached', pending: { action: 'resize' }, server: { status: 'VERIFY_RESIZE' } }]);
    stop();
  });

  it.each([
    ['confirmResize', 1, 'ACTIVE'],
    ['confirmResize', 4, 'SHUTOFF'],
    ['revertResize', 1, 'ACTIVE'],
    ['revertResize', 4, 'SHUTOFF'],
  ] as const)('expects %s of a guest in power state %s to end %s', (action, power, target) => {
    pendingActions.add(server('VERIFY_RESIZE', { 'OS-EXT-STS:power_state': power }), action);
    expect(pendingActions.get('s1')).toMatchObject({ action, targetStatus: target });
  });

  it("waits through confirmResize's unchanged VERIFY_RESIZE, and ends where the server says", () => {
    const { events, stop } = collect();
    pendingActions.add(server('VERIFY_RESIZE', { 'OS-EXT-STS:power_state': 1 }), 'confirmResize');
    pendingActions.observe([server('VERIFY_RESIZE', { 'OS-EXT-STS:power_state': 1 })]);
    expect(pendingActions.get('s1')?.acknowledged).toBe(false);
    // The power state said running, but the cloud reports SHUTOFF: that is where it ended all the same.
    pendingActions.observe([server('SHUTOFF', { updated: '2026-11-27T10:00:03Z' })]);
    expect(events).toMatchObject([{ kind: 'reached', pending: { action: 'confirmResize' }, server: { status: 'SHUTOFF' } }]);
    stop();
  });

  it('follows a revert through REVERT_RESIZE to ACTIVE', () => {
    const { events, stop } = collect();
    pendingActions.add(server('VERIFY_RESIZE', { 'OS-EXT-STS:power_state': 1 }), 'revertResize');
    pendingActions.observe([server('REVERT_RESIZE', { 'OS-EXT-STS:task_state': 'resize_reverting', updated: '2026-11-27T10:00:01Z' })]);
    expect(pendingActions.get('s1')?.acknowledged).toBe(true);
    expect(events).toEqual([]);
    pendingActions.observe([server('ACTIVE', { updated: '2026-11-27T10:00:03Z' })]);
    expect(events).toMatchObject([{ kind: 'reached', pending: { action: 'revertResize', targetStatus: 'ACTIVE' } }]);
    stop();
  });
});

