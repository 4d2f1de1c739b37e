import { describe, expect, it, vi } from 'vitest';
import { hasService, sessionStore } from './session';

describe('sessionStore', () => {
  it('notifies subscribers and answers which services exist', () => {
    const listener = vi.fn();
    const unsubscribe = sessionStore.subscribe(listener);
    sessionStore.set({
      mode: 'demo', token: 't', tenantId: 'p', region: 'DEMO', profile: 'nhn',
      endpoints: { compute: '/sim/compute/v2/p', image: '/sim/image' }, expiresAt: null,
    });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(hasService('image')).toBe(true);
    expect(hasService('network')).toBe(false);
    unsubscribe();
    sessionStore.set(null);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(hasService('compute')).toBe(false);
  });

  it('replaces the session whole: nothing of the last one (its user, its roles) stays with the next', () => {
    sessionStore.set({ mode: 'live', token: 'a', tenantId: 'p', region: 'KR1', profile: 'nhn', endpoints: { compute: '/c' }, expiresAt: null, userName: 'ops', roles: ['admin'] });
    const next = { mode: 'live' as const, token: 'b', tenantId: 'q', region: 'KR2', profile: 'openstack' as const, endpoints: { compute: '/d' }, expiresAt: null };
    sessionStore.set(next);
    expect(sessionStore.get()).toEqual(next);
  });
});
