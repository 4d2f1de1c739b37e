import { describe, expect, it } from 'vitest';
import type { FleetRow } from './fleet-rows';
import { keepRows, nextSort, sortRows } from './row-order';
import { allSelected, someSelected, withAllToggled, withRow } from './row-selection';

const row = (id: string, name: string, createdMs: number, ipSortKey = ''): FleetRow => ({ id, name, createdMs, ipSortKey }) as FleetRow;

// In the API's order (newest first).
const rows = [row('a', 'web-10', 3, '010.000.000.010'), row('b', 'Web-2', 2, '010.000.000.009'), row('c', 'db', 2), row('d', 'web-2', 1)];
const ids = (list: FleetRow[]) => list.map((item) => item.id).join('');

describe('row order', () => {
  it.each([
    ['name, ascending: natural and case-insensitive, ties in the API order', { column: 'name', desc: false }, 'cbda'],
    ['name, descending: ties still in the API order', { column: 'name', desc: true }, 'abdc'],
    ['created, descending', { column: 'created', desc: true }, 'abcd'],
    ['created, ascending', { column: 'created', desc: false }, 'dbca'],
    ['addresses, by their padded form, none last', { column: 'ips', desc: false }, 'bacd'],
    ['addresses, descending: none still last, as in every table of the console', { column: 'ips', desc: true }, 'abcd'],
  ] as const)('%s', (_case, sort, expected) => {
    expect(ids(sortRows(rows, sort))).toBe(expected);
  });

  it('leaves the rows (the same array) without a sort', () => {
    expect(sortRows(rows, null)).toBe(rows);
  });

  it.each([
    ['an unsorted text column: ascending first', null, 'name', { column: 'name', desc: false }],
    ['then descending', { column: 'name', desc: false }, 'name', { column: 'name', desc: true }],
    ['then the API order', { column: 'name', desc: true }, 'name', null],
    ['created: the newest first', { column: 'name', desc: false }, 'created', { column: 'created', desc: true }],
    ['created: then the oldest first', { column: 'created', desc: true }, 'created', { column: 'created', desc: false }],
    ['created: then the API order', { column: 'created', desc: false }, 'created', null],
  ] as const)('a header click: %s', (_case, current, column, expected) => {
    expect(nextSort(current, column)).toEqual(expected);
  });

  it('keeps the search matches in the sorted order', () => {
    const sorted = sortRows(rows, { column: 'name', desc: false });
    expect(ids(keepRows(sorted, [rows[0]!, rows[2]!]))).toBe('ca');
    expect(keepRows(sorted, rows)).toBe(sorted);
  });
});

describe('row selection', () => {
  const shown = rows.slice(0, 2);

  it('checks and unchecks one row', () => {
    expect(withRow({}, 'a', true)).toEqual({ a: true });
    expect(withRow({ a: true, b: true }, 'a', false)).toEqual({ b: true });
  });

  it.each([
    [{}, false, false],
    [{ a: true }, false, true],
    [{ a: true, b: true }, true, false],
  ])('selection %j of two rows shown: all %s, some %s', (selection, all, some) => {
    expect(allSelected(shown, selection)).toBe(all);
    expect(someSelected(shown, selection)).toBe(some);
  });

  it('selects every row shown from the header, and unselects them when they all were', () => {
    expect(withAllToggled(shown, { a: true })).toEqual({ a: true, b: true });
    expect(withAllToggled(shown, { a: true, b: true })).toEqual({});
    expect(allSelected([], {})).toBe(false);
  });
});
