/**
 * Instances created per week. A week starts on Monday 00:00 UTC (ISO 8601) and is named by that day, `YYYY-MM-DD`:
 * the same name in the overview's chart and in the instance list's `week` filter, whatever the viewer's time zone.
 */
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** Milliseconds of the Monday 00:00 UTC that starts the week `ms` falls in. */
export function weekStartMs(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1 January 1970 was a Thursday: day 0 is 3 days after a Monday.
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return (day - sinceMonday) * DAY_MS;
}

export function weekOf(ms: number): string {
  return new Date(weekStartMs(ms)).toISOString().slice(0, 10);
}

/** A week's name as written in a URL, or null when it is not the Monday of a week. */
export function readWeek(raw: string | null | undefined): string | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const ms = Date.parse(`${raw}T00:00:00Z`);
  return Number.isNaN(ms) || weekOf(ms) !== raw ? null : raw;
}

export interface WeekCount {
  week: string;
  count: number;
}

export interface CreatedWeeks {
  /** The last `weeks` weeks up to the one `nowMs` is in, oldest first, empty weeks as 0. */
  weeks: WeekCount[];
  /** Created before the first week shown. */
  earlier: number;
}

/** `created`: each server's creation time in ms, null where the cloud gave none it could read. */
export function createdPerWeek(created: Iterable<number | null>, nowMs: number, weeks: number): CreatedWeeks {
  const last = weekStartMs(nowMs);
  const first = last - (weeks - 1) * WEEK_MS;
  const counts = Array.from({ length: weeks }, (_, index) => ({ week: weekOf(first + index * WEEK_MS), count: 0 }));
  let earlier = 0;
  for (const ms of created) {
    if (ms === null) continue;
    const start = weekStartMs(ms);
    if (start < first) earlier += 1;
    else if (start <= last) counts[(start - first) / WEEK_MS]!.count += 1;
  }
  return { weeks: counts, earlier };
}
