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
});
