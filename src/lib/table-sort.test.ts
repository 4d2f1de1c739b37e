import { describe, expect, it } from 'vitest';
import { compareSortValues, sortRows } from './table-sort';

describe('compareSortValues', () => {
  it('orders names naturally, numbers by value and false before true', () => {
    expect(['m2.c10m8', 'm2.c2m4', 'M2.c1m2'].sort((a, b) => compareSortValues(a, b))).toEqual(['M2.c1m2', 'm2.c2m4', 'm2.c10m8']);
    expect([10, 9, 100].sort((a, b) => compareSortValues(a, b))).toEqual([9, 10, 100]);
    expect([true, false].sort((a, b) => compareSortValues(a, b))).toEqual([false, true]);
  });

  it('keeps empty values last in both directions', () => {
    const rows = [{ v: undefined }, { v: 2 }, { v: null }, { v: 1 }, { v: '' }];
    const sorted = (direction: 'asc' | 'desc') => sortRows(rows, { key: 'v', direction }, (row) => row.v).map((row) => row.v);
    expect(sorted('asc')).toEqual([1, 2, undefined, null, '']);
    expect(sorted('desc')).toEqual([2, 1, undefined, null, '']);
  });
});

describe('sortRows', () => {
  it('is stable and does not touch the input', () => {
    const rows = [
      { name: 'b', size: 1 },
      { name: 'a', size: 2 },
      { name: 'c', size: 1 },
    ];
    expect(sortRows(rows, { key: 'size', direction: 'asc' }, (row, key) => row[key]).map((row) => row.name)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, { key: 'size', direction: 'desc' }, (row, key) => row[key]).map((row) => row.name)).toEqual(['a', 'b', 'c']);
    expect(rows.map((row) => row.name)).toEqual(['b', 'a', 'c']);
  });
});
