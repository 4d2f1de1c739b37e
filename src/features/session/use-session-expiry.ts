import { useEffect, useState } from 'react';
import type { Session } from '../../api/session';
import { parseApiTime } from '../../lib/time';

/** The warning (and the header's colour) starts this long before the token expires. */
export const EXPIRY_WARNING_MS = 10 * 60_000;
const TICK_MS = 15_000;

export type ExpiryState = 'unknown' | 'ok' | 'soon' | 'expired';

export interface SessionExpiry {
  state: ExpiryState;
  expiresAt: Date | null;
  /** The clock the state was computed at (for relative times that agree with it). */
  now: number;
}

export function expiryState(expiresAt: Date | null, now: number): ExpiryState {
  if (expiresAt === null) return 'unknown';
  const left = expiresAt.getTime() - now;
  if (left <= 0) return 'expired';
  return left <= EXPIRY_WARNING_MS ? 'soon' : 'ok';
}

/** Re-evaluated every 15 s, and exactly when the warning starts and when the token expires. */
export function useSessionExpiry(session: Pick<Session, 'expiresAt'> | null): SessionExpiry {
  const expiresAt = parseApiTime(session?.expiresAt ?? null);
  const expiresMs = expiresAt?.getTime() ?? null;
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (expiresMs === null) return;
    const tick = () => setNow(Date.now());
    const interval = setInterval(tick, TICK_MS);
    const timers = [expiresMs - EXPIRY_WARNING_MS, expiresMs]
      .map((at) => at - Date.now())
      .filter((delay) => delay > 0 && delay < 2 ** 31 - 1)
      .map((delay) => setTimeout(tick, delay + 50));
    return () => {
      clearInterval(interval);
      timers.forEach(clearTimeout);
    };
  }, [expiresMs]);

  return { state: expiryState(expiresAt, now), expiresAt, now };
}
