import { describe, expect, it } from 'vitest';
import { quotaExcesses, quotaUses } from './quota';

const limits = { maxTotalInstances: 10, totalInstancesUsed: 8, maxTotalCores: 20, totalCoresUsed: 18, maxTotalRAMSize: -1, totalRAMUsed: 40960, maxTotalKeypairs: 100 };

describe('quotaUses', () => {
  it('reads used, limit and what is left; -1 is unlimited, a value left out unknown, key pairs counted by the caller', () => {
    expect(quotaUses(limits, 3)).toEqual([
      { resource: 'instances', used: 8, limit: 10, left: 2 },
      { resource: 'cores', used: 18, limit: 20, left: 2 },
      { resource: 'ram', used: 40960, limit: null, left: null },
      { resource: 'keypairs', used: 3, limit: 100, left: 97 },
    ]);
    expect(quotaUses({}, null).every((use) => use.used === null && use.limit === null && use.left === null)).toBe(true);
  });

  it('never says less than nothing is left when a project is already over (a quota lowered under it)', () => {
    expect(quotaUses({ maxTotalInstances: 5, totalInstancesUsed: 7 }, null)[0]).toMatchObject({ left: 0 });
  });
});

describe('quotaExcesses', () => {
  const uses = quotaUses(limits, 3);

  it.each([
    ['exactly at the limit fits', { instances: 2, cores: 2 }, []],
    ['one over', { instances: 1, cores: 4 }, [{ resource: 'cores', requested: 4, left: 2, over: 2 }]],
    ['several instances of a flavor: count × vCPUs, every resource over', { instances: 3, cores: 6, ram: 12288 }, [
      { resource: 'instances', requested: 3, left: 2, over: 1 },
      { resource: 'cores', requested: 6, left: 2, over: 4 },
    ]],
    ['unlimited never blocks', { ram: 1e9 }, []],
    ['nothing asked', {}, []],
  ] as const)('%s', (_name, adds, expected) => {
    expect(quotaExcesses(uses, adds)).toEqual(expected);
  });

  it('unknown usage never blocks', () => {
    expect(quotaExcesses(quotaUses({ maxTotalCores: 1 }, null), { cores: 64 })).toEqual([]);
  });
});
