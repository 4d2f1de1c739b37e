import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative, formatUtcOffset, formatWeek, parseApiTime, toDateTimeLocalValue } from './time';

// The machine's zone must not change how a zone-less API timestamp is read, so every table below runs under
// zones east and west of UTC. Node applies a change of process.env.TZ immediately.
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each([
  { tz: 'Asia/Seoul', offsetMinutes: -540 },
  { tz: 'America/Los_Angeles', offsetMinutes: 480 },
])('parseApiTime under TZ=$tz', ({ tz, offsetMinutes }) => {
  beforeAll(() => {
    process.env.TZ = tz;
  });

  it('really runs in a zone other than UTC', () => {
    // January: no daylight saving time in either zone.
    expect(new Date(Date.UTC(2024, 0, 2)).getTimezoneOffset()).toBe(offsetMinutes);
  });

  it.each([
    ['Z suffix', '2024-01-02T03:04:05Z', '2024-01-02T03:04:05.000Z'],
    ['lower-case z', '2024-01-02T03:04:05z', '2024-01-02T03:04:05.000Z'],
    ['zone-less with microseconds (Nova launched_at) is UTC', '2024-01-02T03:04:05.123456', '2024-01-02T03:04:05.123Z'],
    ['zone-less without fraction is UTC', '2024-01-02T03:04:05', '2024-01-02T03:04:05.000Z'],
    ['NHN space-separated is UTC', '2024-01-02 03:04:05', '2024-01-02T03:04:05.000Z'],
    ['explicit +09:00 offset', '2024-01-02T12:04:05+09:00', '2024-01-02T03:04:05.000Z'],
    ['explicit -0500 offset', '2024-01-01T22:04:05-0500', '2024-01-02T03:04:05.000Z'],
    ['fraction of one digit', '2024-01-02T03:04:05.5Z', '2024-01-02T03:04:05.500Z'],
    ['surrounding whitespace', ' 2024-01-02T03:04:05Z ', '2024-01-02T03:04:05.000Z'],
    ['leap day', '2024-02-29 00:00:00', '2024-02-29T00:00:00.000Z'],
  ])('%s', (_label, input, iso) => {
    expect(parseApiTime(input)?.toISOString()).toBe(iso);
  });

  it.each([
    ['empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['garbage', 'yesterday'],
    ['date only', '2024-01-02'],
    ['February 30', '2024-02-30T00:00:00Z'],
    ['February 29 in a common year', '2023-02-29 00:00:00'],
    ['month 13', '2024-13-01T00:00:00Z'],
    ['hour 24', '2024-01-02T24:00:00Z'],
    ['minute 60', '2024-01-02T03:60:00Z'],
    ['trailing text', '2024-01-02T03:04:05Zjunk'],
  ])('returns null for %s', (_label, input) => {
    expect(parseApiTime(input)).toBeNull();
  });
});

describe('formatting in the user zone (TZ=Asia/Seoul, UTC+9)', () => {
  beforeAll(() => {
    process.env.TZ = 'Asia/Seoul';
  });

  it.each([
    ['2024-01-02T03:04:05Z', 'en', 'Jan 2, 2024 12:04:05 PM'],
    ['2024-01-02T03:04:05.999999', 'en', 'Jan 2, 2024 12:04:05 PM'],
  ])('formatDateTime(%s, %s)', (input, lang, expected) => {
    expect(formatDateTime(input, lang)).toBe(expected);
  });

  // The name of the half of the day comes from the platform's locale data: browsers say 오전/오후, some system ICU
  // builds (Debian's Node) say AM/PM. The date, the order and the 12-hour clock are the console's.
  it.each([
    ['2024-01-02 03:04:05', 'ko', /^2024년 1월 2일 (오후|PM) 12:04:05$/],
    ['2024-01-02 15:04:05', 'ko-KR', /^2024년 1월 3일 (오전|AM) 12:04:05$/],
  ])('formatDateTime(%s, %s) in Korean', (input, lang, expected) => {
    expect(formatDateTime(input, lang)).toMatch(expected);
  });

  it('formatDateTime returns null for unreadable input', () => {
    expect(formatDateTime('', 'en')).toBeNull();
    expect(formatDateTime(null, 'ko')).toBeNull();
  });

  it('formatUtcOffset names the user offset', () => {
    expect(formatUtcOffset('2024-01-02T03:04:05Z')).toBe('UTC+09:00');
    expect(formatUtcOffset('nope')).toBeNull();
  });

  it('formatUtcOffset writes zones west of UTC and half hours', () => {
    process.env.TZ = 'America/St_Johns';
    expect(formatUtcOffset('2024-01-02T03:04:05Z')).toBe('UTC-03:30');
    process.env.TZ = 'Asia/Seoul';
  });

  it('toDateTimeLocalValue gives the input value in the user zone, to the minute', () => {
    expect(toDateTimeLocalValue('2024-01-02T15:04:59.999Z')).toBe('2024-01-03T00:04');
    expect(toDateTimeLocalValue(null)).toBe('');
  });
});

describe('formatRelative', () => {
  const now = Date.UTC(2024, 0, 2, 3, 4, 5);

  it.each([
    ['2024-01-02T03:04:00Z', 'en', 'now'],
    ['2024-01-02T03:03:15Z', 'en', '1 minute ago'],
    ['2024-01-02T03:03:25Z', 'ko', '지금'],
    ['2024-01-02T03:01:05Z', 'en', '3 minutes ago'],
    ['2024-01-02 03:01:05', 'ko', '3분 전'],
    ['2024-01-01T03:04:05.000000', 'en', 'yesterday'],
    ['2023-12-30T03:04:05Z', 'en', '3 days ago'],
    ['2024-01-02T05:04:05Z', 'en', 'in 2 hours'],
    ['2023-11-02T03:04:05Z', 'ko', '2개월 전'],
    ['2022-12-02T03:04:05Z', 'en', 'last year'],
  ])('formatRelative(%s, %s)', (input, lang, expected) => {
    expect(formatRelative(input, lang, now)).toBe(expected);
  });

  it('reads a zone-less value as UTC, so "just now" stays just now in any zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatRelative('2024-01-02T03:04:05', 'en', now)).toBe('now');
  });

  it('returns null for unreadable input', () => {
    expect(formatRelative('soon', 'en', now)).toBeNull();
  });
});

describe('formatWeek', () => {
  it.each([
    ['2026-11-30', 'en', 'Nov 30'],
    ['2026-11-30', 'ko', '11월 30일'],
    ['2025-12-29', 'en', 'Dec 29, 2025'],
  ])('writes the week of %s in %s as %s', (week, lang, text) => {
    expect(formatWeek(week, lang, Date.parse('2026-12-04T00:00:00Z'))).toBe(text);
  });
});
