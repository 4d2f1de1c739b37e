import { describe, expect, it } from 'vitest';
import { countActiveFilters, hasNarrowingFilters, patchSearch, readColumns, readListParams, regexProblem, writeSort } from './list-params';

const read = (query: string) => readListParams(new URLSearchParams(query));

describe('the list URL', () => {
  it('reads every API filter, the search, the sort and the columns', () => {
    const params = read('name=%5Eweb&status=shutoff&flavor=f1&image=i1&changes-since=2026-07-01T09:00:00Z&reservation_id=r-1&q=10.0&sort=-created&cols=status,id');
    expect(params.filters).toEqual({
      name: '^web',
      status: 'SHUTOFF',
      flavor: 'f1',
      image: 'i1',
      'changes-since': '2026-07-01T09:00:00Z',
      reservation_id: 'r-1',
    });
    expect(params).toMatchObject({ q: '10.0', sort: { column: 'created', desc: true }, columns: ['name', 'status', 'id'], invalidName: null });
  });

  it('drops what Nova would not understand, and keeps an invalid regex aside instead of sending it', () => {
    const params = read('name=web(&status=RUNNING&changes-since=yesterday&sort=color&cols=nope');
    expect(params.filters).toEqual({});
    expect(params).toMatchObject({ invalidName: 'web(', sort: null, columns: null });
  });

  it('sends changes-since as UTC with second precision', () => {
    expect(read('changes-since=2026-07-01T18:30:15.250%2B09:00').filters['changes-since']).toBe('2026-07-01T09:30:15Z');
  });

  it('writes sort and patches keys, removing empty ones', () => {
    expect(writeSort({ column: 'name', desc: false })).toBe('name');
    expect(writeSort({ column: 'ips', desc: true })).toBe('-ips');
    expect(writeSort(null)).toBeNull();
    expect(patchSearch(new URLSearchParams('q=a&status=ACTIVE'), { q: '', flavor: 'f', status: null }).toString()).toBe('flavor=f');
  });

  it('tells filters a change can stop matching from changes-since, and counts what is active', () => {
    expect(hasNarrowingFilters({ 'changes-since': '2026-07-01T09:00:00Z' })).toBe(false);
    expect(hasNarrowingFilters({ reservation_id: 'r-1' })).toBe(true);
    expect(countActiveFilters({ filters: { status: 'ACTIVE' }, invalidName: 'x(', q: ' web ' })).toBe(3);
    expect(countActiveFilters({ filters: {}, invalidName: null, q: '  ' })).toBe(0);
  });

  it('always keeps the name column and checks regular expressions', () => {
    expect(readColumns('ips,zone')).toEqual(['name', 'ips', 'zone']);
    expect(regexProblem('^web-\\d+$')).toBeNull();
    expect(regexProblem('[a-')).toMatch(/Invalid regular expression/);
  });
});
