import { describe, expect, it } from 'vitest';
import {
  canCreateImageThroughInstanceApi,
  canResizeBetween,
  flavorFamily,
  needsBlockDeviceMapping,
  rootDestinationType,
  type FlavorFamily,
} from './flavor-family';

describe('flavorFamily', () => {
  it.each([
    ['t2.c1m1', 't2'],
    ['m2.c4m8', 'm2'],
    ['c2.c8m16', 'c2'],
    ['r2.c2m16', 'r2'],
    ['x1.c32m256', 'x1'],
    ['u2.c2m4', 'u2'],
    ['g2.t4.c4m32', 'g2'],
    ['g2.v100.c8m90', 'g2'],
    ['g4.h100.c32m512', 'g2'],
    ['M2.C2M4', 'm2'],
    ['i2.c4m16', 'other'],
    ['performance', 'other'],
    ['', 'other'],
  ])('%s is %s', (name, family) => {
    expect(flavorFamily(name)).toBe(family);
  });
});

// One row per family: [family, sends block_device_mapping_v2, root destination, createImage through the Instance API]
const FAMILY_TABLE: Array<[FlavorFamily, boolean, 'local' | 'volume', boolean]> = [
  ['t2', true, 'volume', false],
  ['m2', true, 'volume', false],
  ['c2', true, 'volume', false],
  ['r2', true, 'volume', false],
  ['x1', true, 'volume', false],
  ['u2', false, 'local', true],
  ['g2', true, 'local', false],
  ['other', true, 'volume', false],
];

describe.each(FAMILY_TABLE)('the %s family', (family, bdm, destination, image) => {
  it(`block_device_mapping_v2 ${bdm ? 'is' : 'is not'} sent`, () => expect(needsBlockDeviceMapping(family)).toBe(bdm));
  it(`the root goes to ${destination} on a flavor with a disk of its own`, () => expect(rootDestinationType(family, 100)).toBe(destination));
  // Nova: 403 "Only volume-backed servers are allowed for flavors with zero disk." to a local root there.
  it(`the root goes to ${family === 'u2' ? 'local' : 'a volume'} on a flavor without a disk`, () =>
    expect(rootDestinationType(family, 0)).toBe(family === 'u2' ? 'local' : 'volume'));
  it(`createImage ${image ? 'works' : 'does not work'} through the Instance API`, () =>
    expect(canCreateImageThroughInstanceApi(family)).toBe(image));
});

describe('canResizeBetween', () => {
  it.each([
    ['m2', 'c2', true],
    ['t2', 'x1', true],
    ['r2', 'r2', true],
    ['m2', 'u2', false],
    ['u2', 'm2', false],
    ['u2', 'u2', false],
    ['g2', 'g2', true],
    ['g2', 'm2', false],
    ['m2', 'g2', false],
  ] as const)('%s to %s: %s', (from, to, allowed) => {
    expect(canResizeBetween(from, to)).toBe(allowed);
  });
});
