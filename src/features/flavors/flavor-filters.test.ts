import { describe, expect, it } from 'vitest';
import { gbToMb, mbToGb, readFlavorFilters, writeFlavorFilters } from './flavor-filters';

describe('readFlavorFilters', () => {
  it('reads minRam (MB), minDisk (GB), family and search as the URL holds them', () => {
    expect(readFlavorFilters(new URLSearchParams('minRam=4096&minDisk=20&family=u2&q=c4'))).toEqual({
      api: { minRam: 4096, minDisk: 20 },
      family: 'u2',
      search: 'c4',
    });
  });

  it.each(['minRam=abc', 'minRam=-1', 'minRam=1.5', 'minRam=0', 'minRam=', 'minRam=99999999999'])('ignores %s rather than sending it', (query) => {
    expect(readFlavorFilters(new URLSearchParams(query)).api).toEqual({});
  });

  it('ignores an unknown family', () => {
    expect(readFlavorFilters(new URLSearchParams('family=z9')).family).toBeNull();
  });
});

describe('writeFlavorFilters', () => {
  it('sets and removes filters and keeps the rest of the URL', () => {
    const start = new URLSearchParams('sort=ram&dir=desc&minRam=1024');
    expect(writeFlavorFilters(start, { minRam: 8192, minDisk: 40, family: 'g2', search: 'v100' }).toString()).toBe(
      'sort=ram&dir=desc&minRam=8192&minDisk=40&family=g2&q=v100',
    );
    expect(writeFlavorFilters(start, { minRam: null }).toString()).toBe('sort=ram&dir=desc');
    expect(writeFlavorFilters(start, { search: '' }).toString()).toBe('sort=ram&dir=desc&minRam=1024');
  });
});

describe('GB and MB', () => {
  it.each([
    [1, 1024],
    [0.5, 512],
    [1.5, 1536],
    [256, 262144],
  ])('%s GB is %s MB and back', (gb, mb) => {
    expect(gbToMb(gb)).toBe(mb);
    expect(mbToGb(mb)).toBe(gb);
  });

  it('rounds odd MB values to two decimals of GB', () => {
    expect(mbToGb(1000)).toBe(0.98);
  });
});
