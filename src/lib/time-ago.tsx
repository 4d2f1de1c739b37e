import { Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyTooltip } from './ui/lazy-tooltip';
import { type ApiTime, formatDateTime, formatRelative, formatUtcOffset, parseApiTime } from './time';

const tickMs = 15_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

// One shared clock for every TimeAgo on screen, however many rows a table shows.
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), tickMs);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

// Rounded to the tick, so React sees the same snapshot for every read within one tick.
const currentTick = () => Math.floor(Date.now() / tickMs) * tickMs;

/** "3 minutes ago", kept fresh; the exact local time (with UTC offset) on hover and keyboard focus. "—" for an unreadable value. */
export function TimeAgo({ value }: { value: ApiTime }) {
  const { t, i18n } = useTranslation('common');
  const now = useSyncExternalStore(subscribe, currentTick, currentTick);
  const date = parseApiTime(value);
  const language = i18n.resolvedLanguage ?? 'en';

  if (!date) return <Text span>{t('time.unknown')}</Text>;

  const exact = t('time.exact', { time: formatDateTime(value, language), offset: formatUtcOffset(value) });
  // The tick lags real time by up to tickMs: something that happened since must not read "in a few seconds".
  const relative = formatRelative(value, language, Math.max(now, Math.min(date.getTime(), now + tickMs)));
  return (
    // Focusable, so keyboard users get the exact time too. A focusable element needs a name, and <time> may not be
    // named (axe: naming prohibited), hence the role the status badge has too.
    <LazyTooltip label={exact} withArrow openDelay={300}>
      <time dateTime={date.toISOString()} tabIndex={0} role="note" aria-label={relative ?? exact}>
        {relative}
      </time>
    </LazyTooltip>
  );
}
