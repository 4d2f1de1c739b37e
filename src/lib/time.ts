export type ApiTime = string | null | undefined;

// Nova sends `2024-01-02T03:04:05Z`, `2024-01-02T03:04:05.123456` (launched_at: no zone, meaning UTC) and
// NHN's `2024-01-02 03:04:05` (also UTC). An explicit offset is accepted too, for other OpenStack services.
const apiTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads a timestamp of the API. Zone-less values are UTC, never the browser's zone.
 * Returns null for empty, null or unreadable values (and for impossible dates such as February 30).
 */
export function parseApiTime(value: ApiTime): Date | null {
  const match = value ? apiTimePattern.exec(value.trim()) : null;
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s);
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const utcMs = Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
  const check = new Date(utcMs);
  // Date.UTC rolls February 30 over to March 1; such a value is garbage, not a date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utcMs - zoneOffsetMinutes(zone) * 60_000);
}

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** The Intl locale for a UI language ("ko", "ko-KR" → Korean; anything else English). */
function intlLocale(lang: string): 'ko' | 'en' {
  return lang.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

// Building an Intl formatter costs far more than using one, and a table words a relative time per row: one per
// locale. (Date-time formatters are not kept: they fix the time zone they were made in.)
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  return format;
}

// Newer ICU puts a narrow no-break space before "AM"/"PM"; a plain space reads the same and copies as typed.
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** Date and time in the user's time zone and language, with seconds: "Jan 2, 2024 12:04:05 PM", "2024년 1월 2일 오후 12:04:05". */
export function formatDateTime(value: ApiTime, lang: string): string | null {
  const date = parseApiTime(value);
  if (!date) return null;
  const locale = intlLocale(lang);
  const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: locale === 'ko' ? 'long' : 'short', day: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
  return plainSpaces(`${day.format(date)} ${time.format(date)}`);
}

/** The user's UTC offset at that moment, e.g. "UTC+09:00" (shown next to exact times). */
export function formatUtcOffset(value: ApiTime): string | null {
  const date = parseApiTime(value);
  if (!date) return null;
  const east = -date.getTimezoneOffset();
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `UTC${east < 0 ? '-' : '+'}${two(Math.abs(east) / 60)}:${two(Math.abs(east) % 60)}`;
}

// The largest unit that fits, from how many seconds it spans (dayjs's and Moment's rounding: 45 s is a minute,
// 45 min an hour, 22 h a day, 26 days a month, 11 months a year).
const relativeSteps: { unit: Intl.RelativeTimeFormatUnit; seconds: number; from: number }[] = [
  { unit: 'year', seconds: 365.25 * 86_400, from: 320 * 86_400 },
  { unit: 'month', seconds: 30.44 * 86_400, from: 26 * 86_400 },
  { unit: 'day', seconds: 86_400, from: 22 * 3600 },
  { unit: 'hour', seconds: 3600, from: 45 * 60 },
  { unit: 'minute', seconds: 60, from: 45 },
];

/** "3 minutes ago", "3분 전", "in 2 hours", "now" (under 45 s). `now` is for tests and for components that tick. */
export function formatRelative(value: ApiTime, lang: string, now: number | Date = Date.now()): string | null {
  const date = parseApiTime(value);
  if (!date) return null;
  const seconds = (date.getTime() - new Date(now).getTime()) / 1000;
  const step = relativeSteps.find(({ from }) => Math.abs(seconds) >= from);
  const format = relativeFormat(intlLocale(lang));
  if (!step) return format.format(0, 'second');
  return format.format(Math.round(seconds / step.seconds) || Math.sign(seconds), step.unit);
}

/** A moment as an `<input type="datetime-local">` value in the user's zone, to the minute: "2024-01-02T12:04". */
export function toDateTimeLocalValue(value: ApiTime): string {
  const date = parseApiTime(value);
  if (!date) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** A week named by its Monday (`YYYY-MM-DD`, UTC) as a short date: "Nov 30", "11월 30일"; the year only when not this one. */
export function formatWeek(week: string, lang: string, now: number | Date = Date.now()): string {
  const start = new Date(`${week}T00:00:00Z`);
  const sameYear = start.getUTCFullYear() === new Date(now).getUTCFullYear();
  return new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', year: sameYear ? undefined : 'numeric', timeZone: 'UTC' }).format(start);
}
