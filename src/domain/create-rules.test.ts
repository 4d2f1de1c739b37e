import { describe, expect, it } from 'vitest';
import {
  countProblem,
  createdNamesFilter,
  encodeUserData,
  encryptionProblems,
  escapeNameRegex,
  extraVolumeSizeProblem,
  hasFixedRootDisk,
  instanceNames,
  isGpuImage,
  isNameOfRequest,
  flavorProblems,
  imageOsType,
  maxNameLength,
  metadataProblems,
  minRamQuery,
  multiNameStyle,
  nameProblem,
  rootSizeProblem,
  rootSizeRange,
  userDataEncodedBytes,
  type ImageFacts,
} from './create-rules';
import { FLAVOR_FAMILIES, type FlavorFamily } from './flavor-family';

const linux: ImageFacts = { osType: 'linux', minDisk: 20, minRam: 0 };
const windows: ImageFacts = { osType: 'windows', minDisk: 50, minRam: 2048 };

describe('imageOsType', () => {
  it.each([
    [{ os_type: 'windows' }, 'windows'],
    [{ os_type: 'Windows' }, 'windows'],
    [{ os_type: 'linux' }, 'linux'],
    [{ os_type: null, os_distro: 'Windows' }, 'windows'],
    [{ name: 'Windows 2022 STD (2026.01.20) KO' }, 'windows'],
    [{ name: 'Ubuntu Server 22.04 LTS' }, 'linux'],
    [{}, 'linux'],
  ])('%o is %s', (image, os) => {
    expect(imageOsType(image)).toBe(os);
  });
});

describe('flavorProblems over every family and both OS types', () => {
  const cases = FLAVOR_FAMILIES.flatMap((family) =>
    [1024, 2048, 4096].flatMap((ram) => (['linux', 'windows'] as const).map((os) => [family, ram, os] as const)),
  );
  it.each(cases)('%s flavor with %i MB RAM on %s', (family: FlavorFamily, ram, os) => {
    const image = os === 'windows' ? windows : linux;
    // A disk as large as any image asks for: only the RAM and U2 rules are at stake here.
    const codes = flavorProblems({ name: `${family}.x`, ram, disk: 100, family }, image, 'nhn').map((p) => p.code);
    const expected: string[] = [];
    if (os === 'windows' && family === 'u2') expected.push('windows-u2');
    if (os === 'windows' && ram < 2048) expected.push('windows-ram');
    expect(codes).toEqual(expected);
  });

  it("names the image's own min_ram when it is above the Windows minimum", () => {
    const image: ImageFacts = { osType: 'windows', minDisk: 50, minRam: 8192 };
    expect(flavorProblems({ name: 'm2.c2m4', ram: 4096, disk: 0, family: 'm2' }, image, 'nhn')).toEqual([
      { code: 'image-min-ram', minRamMb: 8192 },
    ]);
  });

  it("names a Linux image's min_ram", () => {
    const image: ImageFacts = { osType: 'linux', minDisk: 20, minRam: 2048 };
    expect(flavorProblems({ name: 't2.c1m1', ram: 1024, disk: 0, family: 't2' }, image, 'nhn')).toEqual([
      { code: 'image-min-ram', minRamMb: 2048 },
    ]);
  });

  it.each(FLAVOR_FAMILIES.map((family) => [family]))("checks a %s flavor's local disk against the image's min_disk", (family) => {
    const image: ImageFacts = { osType: 'linux', minDisk: 30, minRam: 0 };
    const codes = flavorProblems({ name: `${family}.x`, ram: 4096, disk: 20, family }, image, 'nhn').map((p) => p.code);
    // U2 and GPU boot from the flavor's local disk; the others from a volume sized in the storage step.
    expect(codes).toEqual(family === 'u2' || family === 'g2' ? ['image-min-disk'] : []);
  });

  it.each(FLAVOR_FAMILIES.map((family) => [family]))('lets a GPU image run on a %s flavor only if it is a GPU flavor', (family) => {
    const image: ImageFacts = { osType: 'linux', minDisk: 0, minRam: 0, gpu: true };
    const codes = flavorProblems({ name: `${family}.x`, ram: 4096, disk: 100, family }, image, 'nhn').map((p) => p.code);
    expect(codes).toEqual(family === 'g2' ? [] : ['gpu-image']);
  });

  it("applies the image's vCPU limits when it sets them", () => {
    const image: ImageFacts = { osType: 'linux', minDisk: 0, minRam: 0, minCpu: 2, maxCpu: 8 };
    const flavor = (vcpus: number) => ({ name: 'm2.x', ram: 4096, disk: 0, family: 'm2' as const, vcpus });
    expect(flavorProblems(flavor(1), image, 'nhn')).toEqual([{ code: 'image-min-cpu', minCpu: 2 }]);
    expect(flavorProblems(flavor(4), image, 'nhn')).toEqual([]);
    expect(flavorProblems(flavor(16), image, 'nhn')).toEqual([{ code: 'image-max-cpu', maxCpu: 8 }]);
  });

  it.each([
    [{ nhncloud_product: 'gpu' }, true],
    [{ nhncloud_product: 'GPU ' }, true],
    [{ nhncloud_product: 'compute' }, false],
    [{}, false],
  ])('isGpuImage(%o) is %s', (image, gpu) => {
    expect(isGpuImage(image)).toBe(gpu);
  });

  it('marks a disabled flavor even before an image is chosen', () => {
    expect(flavorProblems({ name: 'm2.c1m2', ram: 2048, disk: 0, family: 'm2', disabled: true }, null, 'nhn')).toEqual([{ code: 'disabled' }]);
  });
});

describe('flavorProblems on plain OpenStack: none of NHN Cloud’s Windows and GPU rules', () => {
  const cases = FLAVOR_FAMILIES.flatMap((family) => [1024, 4096].flatMap((ram) => (['linux', 'windows'] as const).map((os) => [family, ram, os] as const)));
  it.each(cases)('a flavor named like %s with %i MB RAM runs a %s image', (family: FlavorFamily, ram, os) => {
    const image = os === 'windows' ? { ...windows, minRam: 0 } : linux;
    expect(flavorProblems({ name: `${family}.x`, ram, disk: 100, family }, image, 'openstack')).toEqual([]);
  });

  it('still applies the image’s own min_ram and min_disk (Nova refuses both)', () => {
    const image: ImageFacts = { osType: 'windows', minDisk: 30, minRam: 2048 };
    expect(flavorProblems({ name: 'm1.small', ram: 1024, disk: 20, family: 'other' }, image, 'openstack')).toEqual([
      { code: 'image-min-ram', minRamMb: 2048 },
      { code: 'image-min-disk', minDiskGb: 30 },
    ]);
  });

  it('lets an image tagged as NHN’s GPU image run on any flavor', () => {
    expect(flavorProblems({ name: 'm1.small', ram: 2048, disk: 20, family: 'other' }, { ...linux, gpu: true }, 'openstack')).toEqual([]);
  });
});

describe('rootSizeRange and rootSizeProblem', () => {
  it.each([
    ['m2', linux, { kind: 'range', minGb: 20, maxGb: 2000 }],
    ['m2', { ...linux, minDisk: 0 }, { kind: 'range', minGb: 10, maxGb: 2000 }],
    ['m2', windows, { kind: 'range', minGb: 50, maxGb: 2000 }],
    ['x1', { ...windows, minDisk: 80 }, { kind: 'range', minGb: 80, maxGb: 2000 }],
    ['g2', linux, { kind: 'fixed', sizeGb: 40 }],
    ['u2', linux, { kind: 'fixed', sizeGb: 40 }],
  ] as const)('%s with %o', (family, image, range) => {
    expect(rootSizeRange(family, 40, image, 'nhn')).toEqual(range);
  });

  it.each(FLAVOR_FAMILIES.flatMap((family) => [0, 100].map((disk) => [family, disk] as const)))(
    'a %s flavor with a %i GB disk has a fixed root: only U2, and GPU with a disk',
    (family, disk) => {
      const fixed = family === 'u2' || (family === 'g2' && disk > 0);
      expect(hasFixedRootDisk(family, disk, 'nhn')).toBe(fixed);
      expect(rootSizeRange(family, disk, windows, 'nhn').kind).toBe(fixed ? 'fixed' : 'range');
    },
  );

  it.each([...FLAVOR_FAMILIES, 'other' as const].flatMap((family) => [0, 20].map((disk) => [family, disk] as const)))(
    'on plain OpenStack a flavor named like %s with a %i GB disk has a fixed root exactly when it has a disk',
    (family, disk) => {
      expect(hasFixedRootDisk(family, disk, 'openstack')).toBe(disk > 0);
      expect(rootSizeRange(family, disk, windows, 'openstack')).toEqual(disk > 0 ? { kind: 'fixed', sizeGb: disk } : { kind: 'range', minGb: 50, maxGb: null });
    },
  );

  it.each([
    [{ ...linux, minDisk: 0 }, 0, { code: 'too-small', minGb: 1 }],
    [{ ...linux, minDisk: 0 }, 1, null],
    [{ ...windows, minDisk: 0 }, 5, null],
    [linux, 19, { code: 'too-small', minGb: 20 }],
    [linux, 5000, null],
  ] as const)('on plain OpenStack a volume root for %o of %i GB: %o (no OS minimum, no console maximum)', (image, size, problem) => {
    expect(rootSizeProblem(size, rootSizeRange('other', 0, image, 'openstack'))).toEqual(problem);
  });

  it('lets a GPU flavor without a local disk take a sized volume', () => {
    expect(rootSizeRange('g2', 0, linux, 'nhn')).toEqual({ kind: 'range', minGb: 20, maxGb: 2000 });
  });

  it.each([
    [30, 'windows', { code: 'too-small', minGb: 50 }],
    [49, 'windows', { code: 'too-small', minGb: 50 }],
    [50, 'windows', null],
    [9, 'linux', { code: 'too-small', minGb: 10 }],
    [10, 'linux', null],
    [2000, 'linux', null],
    [2001, 'linux', { code: 'too-large', maxGb: 2000 }],
    [20.5, 'linux', { code: 'not-integer' }],
  ] as const)('%s GB for %s', (size, os, problem) => {
    const image: ImageFacts = { osType: os, minDisk: 0, minRam: 0 };
    expect(rootSizeProblem(size, rootSizeRange('m2', 0, image, 'nhn'))).toEqual(problem);
  });

  it('never asks a size for U2', () => {
    expect(rootSizeProblem(1, rootSizeRange('u2', 20, windows, 'nhn'))).toBeNull();
  });
});

describe('nameProblem', () => {
  it.each([
    ['', 'linux', 1, { code: 'empty' }],
    ['web-01', 'linux', 1, null],
    ['db_master.prod', 'linux', 1, null],
    ['a'.repeat(255), 'linux', 1, null],
    ['a'.repeat(256), 'linux', 1, { code: 'too-long', max: 255 }],
    ['win-server-0001', 'windows', 1, null],
    ['win-server-00001', 'windows', 1, { code: 'too-long', max: 15 }],
    ['win-server-0001', 'windows', 3, { code: 'too-long', max: 13 }],
    ['win-srv-01', 'windows', 10, null],
    ['웹 서버', 'linux', 1, { code: 'characters', invalid: '웹 서버' }],
    ['web server!', 'linux', 1, { code: 'characters', invalid: ' !' }],
  ] as const)('%j for %s x%i', (name, os, count, problem) => {
    expect(nameProblem(name, os, count, 'nhn')).toEqual(problem);
  });

  it.each([
    ['win-server-00001', 1, null],
    ['a'.repeat(256), 1, { code: 'too-long', max: 255 }],
    ['a'.repeat(254), 3, { code: 'too-long', max: 253 }],
  ] as const)('on plain OpenStack a Windows name %j x%i: %o (Nova allows 255 for any image)', (name, count, problem) => {
    expect(nameProblem(name, 'windows', count, 'openstack')).toEqual(problem);
  });

  it('keeps room for the -N suffix of several instances', () => {
    expect(maxNameLength('windows', 1, 'nhn')).toBe(15);
    expect(maxNameLength('windows', 9, 'nhn')).toBe(13);
    expect(maxNameLength('windows', 10, 'nhn')).toBe(12);
    expect(maxNameLength('linux', 10, 'nhn')).toBe(252);
  });
});

describe('countProblem', () => {
  it.each([
    [1, 1, null],
    [1, 10, null],
    [3, 3, null],
    [0, 1, { code: 'range', max: 10 }],
    [1, 11, { code: 'range', max: 10 }],
    [5, 4, { code: 'min-above-max' }],
    [1.5, 2, { code: 'range', max: 10 }],
  ])('min %s max %s', (min, max, problem) => {
    expect(countProblem(min, max)).toEqual(problem);
  });
});

describe('user data', () => {
  it('encodes UTF-8 text as base64', () => {
    expect(encodeUserData('#!/bin/bash\necho 안녕')).toBe(btoa(String.fromCharCode(...new TextEncoder().encode('#!/bin/bash\necho 안녕'))));
    expect(atob(encodeUserData('hi'))).toBe('hi');
  });

  it.each([
    ['', 0],
    ['a', 4],
    ['abc', 4],
    ['abcd', 8],
    ['안', 4],
    ['x'.repeat(49_149), 65_532],
    ['x'.repeat(49_152), 65_536],
  ])('%#: the encoded size of a %i-character text', (text, bytes) => {
    expect(userDataEncodedBytes(text)).toBe(bytes);
    expect(userDataEncodedBytes(text)).toBe(encodeUserData(text).length);
  });
});

describe('minRamQuery', () => {
  // Flavors of 2047, 2048 and 4096 MB, filtered as the spec reads minRam ("greater than") and as Nova does (>=).
  const rams = [2047, 2048, 4096];
  it.each([
    ['greater than (the spec)', (ram: number, min: number) => ram > min],
    ['at least (Nova)', (ram: number, min: number) => ram >= min],
  ])('a 2 GB flavor is returned for Windows when the cloud reads minRam as %s', (_, keeps) => {
    const returned = rams.filter((ram) => keeps(ram, minRamQuery(2048)));
    expect(returned).toContain(2048);
    expect(returned).toContain(4096);
  });

  it('never asks below 0', () => expect(minRamQuery(0)).toBe(0));
});

describe('metadataProblems', () => {
  it('accepts Nova-legal keys and short values', () => {
    expect(metadataProblems([{ key: 'role', value: 'web' }, { key: 'team:ops.k8s-1 a', value: '' }])).toEqual([]);
  });

  it.each([
    [[{ key: '', value: 'x' }], [{ code: 'key-empty', index: 0 }]],
    [[{ key: 'a/b', value: 'x' }], [{ code: 'key-characters', index: 0 }]],
    [[{ key: 'k'.repeat(256), value: 'x' }], [{ code: 'key-too-long', index: 0, max: 255 }]],
    [[{ key: 'k', value: 'v'.repeat(256) }], [{ code: 'value-too-long', index: 0, max: 255 }]],
    [[{ key: 'k', value: '1' }, { key: 'k', value: '2' }], [{ code: 'duplicate-key', index: 1 }]],
  ])('%#', (entries, problems) => {
    expect(metadataProblems(entries)).toEqual(problems);
  });

  // Nova's default metadata_items quota; the simulated cloud answers 403 past it.
  const items = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'v' }));
  it.each([
    [128, []],
    [129, [{ code: 'too-many', index: 128, max: 128 }]],
    [200, [{ code: 'too-many', index: 128, max: 128 }]],
  ])('%i items: %j', (count, problems) => {
    expect(metadataProblems(items(count))).toEqual(problems);
  });
});

describe('extra volumes', () => {
  it.each([
    [1, null],
    [100, null],
    [2000, null],
    [0, { code: 'too-small', minGb: 1 }],
    [2001, { code: 'too-large', maxGb: 2000 }],
    [1.5, { code: 'not-integer' }],
  ])('%s GB', (size, problem) => {
    expect(extraVolumeSizeProblem(size)).toEqual(problem);
  });

  it.each([
    [false, { skmAppKey: '', skmKeyId: '' }, []],
    [true, { skmAppKey: 'app', skmKeyId: 'key' }, []],
    [true, { skmAppKey: '', skmKeyId: 'key' }, ['skmAppKey']],
    [true, { skmAppKey: ' ', skmKeyId: '' }, ['skmAppKey', 'skmKeyId']],
  ] as const)('encrypted %s with %o', (encrypted, keys, missing) => {
    expect(encryptionProblems(encrypted, keys)).toEqual(missing);
  });
});

describe('names of one request', () => {
  it.each([
    ['hyphen', ['web-1', 'web-2', 'web-3']],
    ['plain', ['web1', 'web2', 'web3']],
  ] as const)('suffixes 1..N only for several servers (%s)', (style, names) => {
    expect(instanceNames('web', 1, style)).toEqual(['web']);
    expect(instanceNames('web', 3, style)).toEqual(names);
  });

  it('NHN Cloud names them without the hyphen, other clouds as upstream Nova does', () => {
    expect(multiNameStyle('nhn')).toBe('plain');
    expect(multiNameStyle('openstack')).toBe('hyphen');
  });

  it.each([
    ['web', 1, '^web$'],
    ['web', 3, '^web-?[0-9]+$'],
    ['db.prod_1', 1, '^db\\.prod_1$'],
    ['a+b(c)', 1, '^a\\+b\\(c\\)$'],
  ])('%s x%i filters with %s', (name, count, filter) => {
    expect(createdNamesFilter(name, count)).toBe(filter);
  });

  it('the filter finds the names of either style, and nothing around them', () => {
    const exact = new RegExp(createdNamesFilter('web.1', 1), 'i');
    expect(['web.1', 'WEB.1'].every((n) => exact.test(n))).toBe(true);
    expect(['web.10', 'my-web.1', 'webx1'].some((n) => exact.test(n))).toBe(false);
    const several = new RegExp(createdNamesFilter('web', 3), 'i');
    expect([...instanceNames('web', 3, 'hyphen'), ...instanceNames('web', 3, 'plain')].every((n) => several.test(n))).toBe(true);
    expect(['web', 'web-a', 'web-1-copy', 'web--1'].some((n) => several.test(n))).toBe(false);
    expect(escapeNameRegex('a|b')).toBe('a\\|b');
  });

  it.each([
    ['web1', 'web', 3, true],
    ['web-3', 'web', 3, true],
    ['web4', 'web', 3, false],
    ['web-12', 'web', 3, false],
    ['web2024', 'web', 3, false],
    ['web', 'web', 1, true],
    ['web1', 'web', 1, false],
    ['WEB-1', 'web', 3, false],
    [null, 'web', 1, false],
  ])('%s is a name of "%s" x%i: %s', (serverName, name, count, expected) => {
    expect(isNameOfRequest(serverName, name, count)).toBe(expected);
  });
});
