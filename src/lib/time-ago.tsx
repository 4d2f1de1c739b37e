import { Text } from '@mantine/core';
import { createContext, type ReactNode, useContext, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyTooltip } from './ui/lazy-tooltip';
import { type ApiTime, formatDateTime, formatRelative, formatUtcOffset, parseApiTime } from './time';

const tickMs = 15_000;

interface Clock {
  subscribe: (listener: () => void) => () => void;
}

// One clock for every relative time on screen, however many rows a table shows: it runs while one is shown.
function createClock(): Clock {
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    subscribe(listener) {
      listeners.add(listener);
      timer ??= setInterval(() => listeners.forEach((notify) => notify()), tickMs);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== undefined) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
  };
}

const ClockContext = createContext<Clock | null>(null);

/** Gives the relative times below it their clock: one per app (and per test render), none shared between them. */
export function ClockProvider({ children }: { children: ReactNode }) {
  const [clock] = useState(createClock);
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

// Rounded to the tick, so React sees the same snapshot for every read within one tick.
const currentTick = () => Math.floor(Date.now() / tickMs) * tickMs;

/** The clock, advancing every 15 s: a component that shows relative times re-renders with it. */
export function useClockTick(): number {
  const clock = useContext(ClockContext);
  if (!clock) throw new Error('useClockTick needs a ClockProvider above it.');
  return useSyncExternalStore(clock.subscribe, currentTick, currentTick);
}

/**
 * "3 minutes ago" at the clock's tick. The tick lags real time by up to 15 s: something that happened since must
 * not read "in 1 minute".
 */
export function relativeAtTick(value: ApiTime, language: string, tick: number): string | null {
  const date = parseApiTime(value);
  return date ? formatRelative(value, language, Math.max(tick, Math.min(date.getTime(), tick + tickMs))) : null;
}

/** The exact local time with its UTC offset; rendered only when a tooltip asks for it. */
function ExactTime({ value }: { value: ApiTime }) {
  const { t, i18n } = useTranslation('common');
  return <>{t('time.exact', { time: formatDateTime(value, i18n.resolvedLanguage ?? 'en'), offset: formatUtcOffset(value) })}</>;
}

/**
 * A relative time already worded (`relative`, from {@link relativeAtTick}), with the exact time on hover and keyboard
 * focus. No hooks until hovered: tables word their rows' times once per render and show them with this.
 */
export function RelativeTime({ value, relative }: { value: ApiTime; relative: string }) {
  const date = parseApiTime(value);
  return (
    // Focusable, so keyboard users get the exact time too. A focusable element needs a name, and <time> may not be
    // named (axe: naming prohibited), hence the role the status badge has too.
    <LazyTooltip label={<ExactTime value={value} />} withArrow openDelay={300}>
      <time dateTime={date?.toISOString()} tabIndex={0} role="note" aria-label={relative}>
        {relative}
      </time>
    </LazyTooltip>
  );
}

/** "3 minutes ago", kept fresh; the exact local time (with UTC offset) on hover and keyboard focus. "—" for an unreadable value. */
export function TimeAgo({ value }: { value: ApiTime }) {
  const { t, i18n } = useTranslation('common');
  const relative = relativeAtTick(value, i18n.resolvedLanguage ?? 'en', useClockTick());
  if (relative === null) return <Text span>{t('time.unknown')}</Text>;
  return <RelativeTime value={value} relative={relative} />;
}
