import { describe, expect, it } from 'vitest';
import { summarizeZones } from './zone-summary';

const zones = [
  { zoneName: 'kr-pub-a', zoneState: { available: true } },
  { zoneName: 'kr-pub-b', zoneState: { available: false } },
];

describe('summarizeZones', () => {
  it('counts servers per zone with a status breakdown, most common first', () => {
    const servers = [
      { zone: 'kr-pub-a', status: 'ACTIVE' as const },
      { zone: 'kr-pub-a', status: 'SHUTOFF' as const },
      { zone: 'kr-pub-a', status: 'ACTIVE' as const },
      { zone: 'kr-pub-b', status: 'ERROR' as const },
    ];
    expect(summarizeZones(zones, servers)).toEqual({
      zones: [
        { name: 'kr-pub-a', available: true, instances: 3, statuses: [['ACTIVE', 2], ['SHUTOFF', 1]] },
        { name: 'kr-pub-b', available: false, instances: 1, statuses: [['ERROR', 1]] },
      ],
      unplaced: { scheduling: 0, failed: 0, other: 0 },
    });
  });

  it('adds zones only the servers name, and counts servers without a zone apart, by why they have none', () => {
    const servers = [
      { zone: 'kr-pub-c', status: 'ACTIVE' as const },
      { zone: '', status: 'BUILD' as const },
      { zone: '', status: 'ERROR' as const },
      { zone: '', status: 'ERROR' as const },
      { zone: '', status: 'SHELVED_OFFLOADED' as const },
    ];
    const summary = summarizeZones(zones, servers);
    expect(summary.zones.map((zone) => [zone.name, zone.available, zone.instances])).toEqual([
      ['kr-pub-a', true, 0],
      ['kr-pub-b', false, 0],
      ['kr-pub-c', null, 1],
    ]);
    expect(summary.unplaced).toEqual({ scheduling: 1, failed: 2, other: 1 });
  });

  it('keeps a zone whose state could not be read as unknown, not as unavailable', () => {
    const summary = summarizeZones([{ zoneName: 'kr-pub-x', zoneState: { available: undefined } }], []);
    expect(summary.zones[0]?.available).toBeUndefined();
  });

  it('leaves the counts unknown while the servers are', () => {
    expect(summarizeZones(zones, undefined).zones.map((zone) => zone.instances)).toEqual([undefined, undefined]);
  });
});
