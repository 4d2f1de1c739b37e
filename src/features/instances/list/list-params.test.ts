import { describe, expect, it } from 'vitest';
import { NO_FACET_FILTER } from '../../../domain/fleet-facets';
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
    expect(countActiveFilters({ filters: { status: 'ACTIVE' }, invalidName: 'x(', q: ' web ', facets: NO_FACET_FILTER })).toBe(3);
    expect(countActiveFilters({ filters: {}, invalidName: null, q: '  ', facets: NO_FACET_FILTER })).toBe(0);
    expect(countActiveFilters({ filters: {}, invalidName: null, q: '', facets: { ...NO_FACET_FILTER, group: 'busy', zone: '' } })).toBe(2);
  });

  it('reads the overview’s filters: a status group, a zone, a flavor family, a week', () => {
    expect(read('group=Busy&zone=kr-pub-a&family=U2&week=2026-11-30').facets).toEqual({ group: 'busy', zone: 'kr-pub-a', family: 'u2', week: '2026-11-30' });
    expect(read('family=other').facets.family).toBe('other');
    expect(read('').facets).toEqual(NO_FACET_FILTER);
  });

  it('reads `zone=` with no value as the servers not placed yet, and drops facet values the list cannot match', () => {
    expect(read('zone=').facets.zone).toBe('');
    expect(read('group=sleeping&family=z9&week=2026-12-01').facets).toEqual(NO_FACET_FILTER);
    // None of them reaches Nova: they filter the fleet already loaded, so they share its cache.
    expect(read('group=running&zone=a&family=m2&week=2026-11-30').filters).toEqual({});
  });

  it('always keeps the name column and checks regular expressions', () => {
    expect(readColumns('ips,zone')).toEqual(['name', 'ips', 'zone']);
    expect(regexProblem('^web-\\d+$')).toBeNull();
    expect(regexProblem('[a-')).toMatch(/Invalid regular expression/);
  });
});
