import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../api/session';
import { clearConsoleStorage, isExpired, loadStoredSession, saveLiveSession, SESSION_STORAGE_KEY, type SignInPrefill } from './session-storage';

const now = Date.parse('2026-07-01T09:00:00Z');

const session: Session = {
  mode: 'live',
  token: 'tok-1',
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  region: 'KR1',
  endpoints: { compute: '/proxy/https/kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7' },
  expiresAt: '2026-07-01T21:00:00Z',
  userName: 'ops@example.com',
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
