/** Where the simulated cloud reads the time. Transitions are timed steps, so whoever owns the clock owns time. */
export interface Clock {
  now(): number;
}

/** A clock that tests move by hand; nothing happens between two `advance` calls. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export const systemClock: Clock = { now: () => Date.now() };

/** 2026-07-01T09:00:00Z: a fixed start so that test timestamps are stable. */
export const MANUAL_CLOCK_START = Date.UTC(2026, 6, 1, 9, 0, 0);

export function createManualClock(start = MANUAL_CLOCK_START): ManualClock {
  let current = start;
  return {
    now: () => current,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`A clock cannot go back or jump by ${ms} ms`);
      current += ms;
    },
    set(ms) {
      current = ms;
    },
  };
}
