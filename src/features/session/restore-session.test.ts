import { afterEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api/session';
import { restoreSession, safeNextPath } from './restore-session';
import { sessionIntent } from './session-intent';
import { saveLiveSession } from './session-storage';

const session = {
  mode: 'live' as const,
  token: 'tok',
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  region: 'KR1',
  profile: 'nhn' as const,
  endpoints: { compute: '/proxy/https/kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7' },
  expiresAt: '2026-07-01T21:00:00Z',
};
const signIn = { method: 'password' as const, region: 'KR1', tenantId: session.tenantId, userName: 'ops@example.com' };
const now = Date.parse('2026-07-01T09:00:00Z');

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

describe('restoreSession', () => {
  it('brings back the live session of this tab after a reload', () => {
    saveLiveSession(sessionStorage, session, signIn);
    history.replaceState(null, '', '/instances?status=ACTIVE');
    restoreSession(now);
    expect(sessionStore.get()).toEqual(session);
    expect(location.pathname).toBe('/instances');
  });

  it('sends an expired session to the sign-in page, with the way back', () => {
    saveLiveSession(sessionStorage, session, signIn);
    history.replaceState(null, '', '/instances?status=ACTIVE');
    restoreSession(Date.parse('2026-07-01T22:00:00Z'));
    expect(sessionStore.get()).toBeNull();
    expect(sessionIntent.get().intent).toBe('sign-in');
    expect(`${location.pathname}${location.search}`).toBe('/sign-in?expired=1&next=%2Finstances%3Fstatus%3DACTIVE');
    expect(sessionStorage.getItem('instance-console.session')).not.toContain('tok');
  });

  it('starts the demo when this tab has no live session', () => {
    history.replaceState(null, '', '/instances');
    restoreSession(now);
    expect(sessionIntent.get().intent).toBe('demo');
    expect(location.pathname).toBe('/instances');
  });

  it('waits on /sign-in when the tab opens there', () => {
    history.replaceState(null, '', '/sign-in');
    restoreSession(now);
    expect(sessionIntent.get().intent).toBe('sign-in');
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/instances?status=ACTIVE', '/instances?status=ACTIVE'],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['https://evil.example/', null],
    ['/sign-in?next=/x', null],
    [null, null],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
