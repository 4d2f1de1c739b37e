import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../api/session';
import { clearConsoleStorage, isExpired, loadStoredSession, saveLiveSession, SESSION_STORAGE_KEY, type SignInPrefill } from './session-storage';

const now = Date.parse('2026-07-01T09:00:00Z');

const session: Session = {
  mode: 'live',
  token: 'tok-1',
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  region: 'KR1',
  profile: 'nhn',
  endpoints: { compute: '/proxy/https/kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7' },
  expiresAt: '2026-07-01T21:00:00Z',
  userName: 'ops@example.com',
  // Kept across a reload: what only administrators may do is offered by them.
  roles: ['admin'],
};
const signIn: SignInPrefill = { method: 'password', region: 'KR1', tenantId: session.tenantId, userName: 'ops@example.com' };

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('session storage', () => {
  it('keeps the live session in sessionStorage only, and never a password', () => {
    saveLiveSession(sessionStorage, session, signIn);
    expect(loadStoredSession(sessionStorage, now)).toEqual({ session, signIn, expired: false });
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toMatch(/password"\s*:/i);
  });

  it('drops an expired token but keeps what the form was filled with', () => {
    saveLiveSession(sessionStorage, session, signIn);
    const later = Date.parse('2026-07-01T21:00:01Z');
    expect(loadStoredSession(sessionStorage, later)).toEqual({ session: null, signIn, expired: true });
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toContain('tok-1');
    expect(loadStoredSession(sessionStorage, later)).toEqual({ session: null, signIn, expired: false });
  });

  it('removes a record it cannot read, and one whose endpoints are not proxy URLs', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(loadStoredSession(sessionStorage, now).session).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();

    const direct = { ...session, endpoints: { compute: 'https://evil.example.com/v2/t' } };
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ version: 1, session: direct, signIn }));
    expect(loadStoredSession(sessionStorage, now).session).toBeNull();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('keeps the OpenStack profile of a session across a reload', () => {
    const openstack: Session = { ...session, profile: 'openstack', endpoints: { compute: '/proxy/http/127.0.0.1:8774/v2/t' } };
    saveLiveSession(sessionStorage, openstack, { method: 'token', region: 'RegionOne', tenantId: 't', endpoints: { compute: 'http://127.0.0.1:8774/v2/t' } });
    expect(loadStoredSession(sessionStorage, now).session?.profile).toBe('openstack');
  });

  describe('a session stored before the console knew cloud profiles', () => {
    const stored = (endpoints: Session['endpoints'], prefill: SignInPrefill) => {
      const { profile: _, ...withoutProfile } = { ...session, endpoints };
      sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ version: 1, session: withoutProfile, signIn: prefill }));
      return loadStoredSession(sessionStorage, now).session?.profile;
    };
    const typed = (compute: string): SignInPrefill => ({ method: 'token', region: 'RegionOne', tenantId: 't', endpoints: { compute } });

    it.each<[string, Session['endpoints'], SignInPrefill, 'nhn' | 'openstack']>([
      ['NHN endpoints from the password sign-in', session.endpoints, signIn, 'nhn'],
      ['the password sign-in on another host (NHN’s sign-in by design)', { compute: '/proxy/http/127.0.0.1:4010/compute/v2/t' }, signIn, 'nhn'],
      ['a token with typed NHN URLs', session.endpoints, typed('https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/t'), 'nhn'],
      ['a token with typed URLs of another cloud', { compute: '/proxy/http/127.0.0.1:8774/v2/t', network: '/proxy/http/127.0.0.1:9999/network' }, typed('http://127.0.0.1:8774/v2/t'), 'openstack'],
      [
        'Keystone v3 on another cloud',
        { compute: '/proxy/https/nova.example.org/v2.1/t' },
        { method: 'v3', region: 'RegionOne', tenantId: 't', identityUrl: 'https://keystone.example.org/v3' },
        'openstack',
      ],
    ])('%s reads as %s', (_, endpoints, prefill, expected) => {
      expect(stored(endpoints, prefill)).toBe(expected);
    });
  });

  it('clears every key of the console on sign-out, and only those', () => {
    saveLiveSession(sessionStorage, session, signIn);
    sessionStorage.setItem('instance-console.wizard-draft', '{}');
    sessionStorage.setItem('another-app', 'keep');
    clearConsoleStorage(sessionStorage);
    expect(Object.keys(sessionStorage)).toEqual(['another-app']);
  });

  it.each([
    ['2026-07-01T09:00:00Z', 0, true],
    ['2026-07-01T09:00:01Z', 0, false],
    ['2026-07-01T09:09:59Z', 10 * 60_000, true],
    [null, 0, false],
  ])('a session expiring at %s is expired (margin %i ms): %s', (expiresAt, margin, expected) => {
    expect(isExpired({ expiresAt }, now, margin)).toBe(expected);
  });
});
