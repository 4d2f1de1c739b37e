import { describe, expect, it } from 'vitest';
import { type FacetFilter, fleetFacets, matchesFacets, NO_FACET_FILTER, type ServerFacts } from './fleet-facets';

const facts = (overrides: Partial<ServerFacts> = {}): ServerFacts => ({
  status: 'ACTIVE',
  taskState: null,
  zone: 'kr-pub-a',
  flavorName: 'm2.c2m4',
  createdMs: Date.parse('2026-12-02T09:00:00Z'),
  ...overrides,
});

describe('fleet facets', () => {
  it('names a server’s status group, zone, flavor family and week of creation', () => {
    expect(fleetFacets(facts())).toEqual({ group: 'running', zone: 'kr-pub-a', family: 'm2', week: '2026-11-30' });
  });

  it.each([
    [{ flavorName: undefined }, { family: 'other' }],
    [{ flavorName: 'g1.c8m64' }, { family: 'g2' }],
    [{ createdMs: null }, { week: null }],
    [{ zone: '' }, { zone: '' }],
    [{ status: 'SHUTOFF', taskState: 'powering-on' }, { group: 'busy' }],
  ] as const)('with %o has %o', (overrides, expected) => {
    expect(fleetFacets(facts(overrides))).toMatchObject(expected);
  });

  it.each<[Partial<FacetFilter>, boolean]>([
    [{}, true],
    [{ group: 'running' }, true],
    [{ group: 'stopped' }, false],
    [{ zone: 'kr-pub-a', family: 'm2' }, true],
    [{ zone: 'kr-pub-a', family: 'u2' }, false],
    [{ zone: '' }, false],
    [{ week: '2026-11-30' }, true],
    [{ week: '2026-11-23' }, false],
  ])('filter %o matches: %s', (filter, matches) => {
    expect(matchesFacets(fleetFacets(facts()), { ...NO_FACET_FILTER, ...filter })).toBe(matches);
  });

  it('matches an unplaced server by the empty zone, and a server of unknown creation by no week', () => {
    const unplaced = fleetFacets(facts({ zone: '', createdMs: null }));
    expect(matchesFacets(unplaced, { ...NO_FACET_FILTER, zone: '' })).toBe(true);
    expect(matchesFacets(unplaced, { ...NO_FACET_FILTER, week: '2026-11-30' })).toBe(false);
  });
});
