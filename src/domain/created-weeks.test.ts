import { describe, expect, it } from 'vitest';
import { createdPerWeek, readWeek, weekOf } from './created-weeks';

const at = (iso: string) => Date.parse(iso);

describe('weeks of creation', () => {
  it.each([
    ['2026-11-30T00:00:00Z', '2026-11-30'], // a Monday, at its first instant
    ['2026-12-04T23:59:59Z', '2026-11-30'],
    ['2026-12-06T23:59:59.999Z', '2026-11-30'], // the Sunday's last instant
    ['2026-12-07T00:00:00Z', '2026-12-07'],
    ['1970-01-01T00:00:00Z', '1969-12-29'], // before day 0's Monday
    ['2027-01-01T12:00:00Z', '2026-12-28'], // across a year's end
    ['2024-02-29T12:00:00Z', '2024-02-26'],
  ])('%s is in the week of %s', (iso, week) => {
    expect(weekOf(at(iso))).toBe(week);
  });

  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026-12-01', null], // a Tuesday
    ['2026-02-30', null],
    ['30-11-2026', null],
    ['', null],
    [null, null],
  ])('reads %s from a URL as %s', (raw, week) => {
    expect(readWeek(raw)).toBe(week);
  });

  it('counts the last weeks up to now, oldest first, with empty weeks and what came earlier', () => {
    const now = at('2026-12-04T10:00:00Z');
    const created = [
      at('2026-12-03T00:00:00Z'),
      at('2026-11-30T00:00:00Z'),
      at('2026-11-29T23:59:59Z'),
      at('2026-11-16T08:00:00Z'),
      at('2026-11-15T08:00:00Z'),
      at('2020-01-01T00:00:00Z'),
      null,
    ];
    expect(createdPerWeek(created, now, 3)).toEqual({
      weeks: [
        { week: '2026-11-16', count: 1 },
        { week: '2026-11-23', count: 1 },
        { week: '2026-11-30', count: 2 },
      ],
      earlier: 2,
    });
  });

  it('leaves out what is dated after the current week (a clock ahead of ours), never counting it twice', () => {
    const result = createdPerWeek([at('2026-12-20T00:00:00Z')], at('2026-12-04T00:00:00Z'), 2);
    expect(result.weeks.map((week) => week.count)).toEqual([0, 0]);
    expect(result.earlier).toBe(0);
  });
});
