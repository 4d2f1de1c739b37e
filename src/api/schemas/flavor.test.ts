import { describe, expect, it } from 'vitest';
import { flavorSchema } from './flavor';

const flavor = { id: '1', name: 'm2.c1m2', links: [], vcpus: 1, ram: 2048, disk: 20 };

describe('flavorSchema', () => {
  it.each([
    ['""', '', 0],
    ['0', 0, 0],
    ['null', null, 0],
    ['absent', undefined, 0],
    ['an integer', 512, 512],
  ])('reads swap %s as a number', (_label, swap, expected) => {
    expect(flavorSchema.parse({ ...flavor, swap }).swap).toBe(expected);
  });

  it('reads a numeric id as a string, rxtx_factor "" as undefined, and missing extra_specs as {}', () => {
    const parsed = flavorSchema.parse({ ...flavor, id: 7, rxtx_factor: '' });
    expect(parsed).toMatchObject({ id: '7', extra_specs: {} });
    expect(parsed.rxtx_factor).toBeUndefined();
  });
});
