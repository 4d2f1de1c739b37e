import { describe, expect, it } from 'vitest';
import { FLAVOR_FAMILIES } from '../../domain/flavor-family';
import { blockingProblems, type DraftProblem, draftProblems, isShown } from './draft-problems';
import { catalog, openstackCatalog, testImage, validValues } from './test-catalog';
import { EMPTY_CATALOG } from './wizard-facts';
import { CHOICE_STEPS, STEP_FIELDS, STEPS } from './wizard-steps';
import { EMPTY_VALUES, type WizardValues } from './wizard-values';

const codes = (values: WizardValues, at = catalog) => draftProblems(values, at).map((p) => `${p.field}:${p.code}`);

describe('draftProblems', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(draftProblems(validValues, catalog)).toEqual([]);
  });

  it('lists every missing choice of an empty draft as missing, in step order', () => {
    const problems = draftProblems({ ...EMPTY_VALUES, count: 1 }, catalog);
    expect(problems.map((p) => [p.step, p.code, p.kind])).toEqual([
      ['image', 'imageRequired', 'missing'],
      ['flavor', 'flavorRequired', 'missing'],
      ['storage', 'volumeTypeRequired', 'missing'],
      ['storage', 'sizeRequired', 'missing'],
      ['network', 'subnetRequired', 'missing'],
      ['keyPair', 'keyRequired', 'missing'],
      ['details', 'nameRequired', 'missing'],
    ]);
  });

  it('does not judge choices against lists that have not loaded yet', () => {
    expect(codes({ ...validValues, keyName: 'gone', nics: [{ kind: 'subnet', id: 'nope', fixedIp: '' }] }, EMPTY_CATALOG)).toEqual([]);
  });

  describe.each(FLAVOR_FAMILIES.map((family) => [family]))('a %s flavor', (family) => {
    it.each([
      ['linux', 'c1m1', []],
      ['linux', 'c2m4', []],
      ['windows', 'c1m1', family === 'u2' ? ['flavorId:windowsU2', 'flavorId:windowsRam'] : ['flavorId:windowsRam']],
      ['windows', 'c2m4', family === 'u2' ? ['flavorId:windowsU2'] : []],
    ] as const)('with a %s image and %s', (os, size, expected) => {
      const values: WizardValues = { ...validValues, imageId: os, flavorId: `flavor-${family}.${size}`, root: { ...validValues.root, sizeGb: 60 }, name: 'web' };
      expect(codes(values)).toEqual(expected);
    });
  });

  it.each([
    ['linux', 9, ['root.sizeGb:rootTooSmallImage']],
    ['linux', 20, []],
    ['windows', 30, ['root.sizeGb:rootTooSmallWindows']],
    ['windows', 50, []],
    ['windows', 2001, ['root.sizeGb:sizeTooLarge']],
  ] as const)('a %s root of %i GB', (os, size, expected) => {
    expect(codes({ ...validValues, imageId: os, name: 'web', root: { ...validValues.root, sizeGb: size } })).toEqual(expected);
  });

  it('says the Linux minimum when the image asks for less', () => {
    const small = { ...catalog, images: [testImage('tiny', { os_type: 'linux', min_disk: 0 })] };
    expect(codes({ ...validValues, imageId: 'tiny', root: { ...validValues.root, sizeGb: 9 } }, small)).toEqual(['root.sizeGb:rootTooSmallLinux']);
  });

  it.each([
    ['u2', 'root disk asked nowhere', []],
    ['g2', 'local GPU disk', []],
  ])('asks no root size or type for %s (%s)', (family, _why, expected) => {
    const values = { ...validValues, flavorId: `flavor-${family}.c2m4`, root: { ...validValues.root, volumeType: '', sizeGb: '' as const } };
    expect(codes(values)).toEqual(expected);
  });

  it('needs both Secure Key Manager fields for an encrypted type, root or extra', () => {
    const encrypted = { volumeType: 'Encrypted HDD', sizeGb: 100, deleteOnTermination: false, skmAppKey: '', skmKeyId: '' };
    expect(codes({ ...validValues, root: { ...encrypted, skmAppKey: 'app' }, extraVolumes: [encrypted] })).toEqual([
      'root.skmKeyId:skmKeyIdRequired',
      'extraVolumes.0.skmAppKey:skmAppKeyRequired',
      'extraVolumes.0.skmKeyId:skmKeyIdRequired',
    ]);
  });

  it('checks extra volumes', () => {
    const volume = { volumeType: 'General HDD', sizeGb: 0, deleteOnTermination: false, skmAppKey: '', skmKeyId: '' };
    expect(codes({ ...validValues, extraVolumes: [volume, { ...volume, sizeGb: 2001, volumeType: 'Gold' }] })).toEqual([
      'extraVolumes.0.sizeGb:volumeTooSmall',
      'extraVolumes.1.volumeType:volumeTypeMissing',
      'extraVolumes.1.sizeGb:sizeTooLarge',
    ]);
  });

  it('refuses a GPU image on a flavor without a GPU', () => {
    expect(codes({ ...validValues, imageId: 'gpu', root: { ...validValues.root, sizeGb: 40 } })).toEqual(['flavorId:gpuImage']);
    expect(codes({ ...validValues, imageId: 'gpu', flavorId: 'flavor-g2.c2m4' })).toEqual([]);
  });

  it.each([
    ['win-server-0001', 1, []],
    ['win-server-00001', 1, ['name:nameTooLongWindows']],
    ['win-server-0001', 3, ['name:nameTooLongSuffix']],
    ['web server', 1, ['name:nameCharacters']],
  ] as const)('Windows name %j for %i instance(s)', (name, count, expected) => {
    expect(codes({ ...validValues, imageId: 'windows', root: { ...validValues.root, sizeGb: 50 }, name, count })).toEqual(expected);
  });

  it.each([[0], [11], [''], [2.5]] as const)('refuses a count of %j', (count) => {
    expect(codes({ ...validValues, count })).toEqual(['count:countRange']);
  });

  it('names choices that are gone from the lists', () => {
    expect(
      codes({ ...validValues, imageId: 'old', flavorId: 'old', nics: [{ kind: 'subnet', id: 'subnet-a', fixedIp: '' }, { kind: 'subnet', id: 'gone', fixedIp: '' }], securityGroups: ['web', 'old'], keyName: 'lost', availabilityZone: 'kr-pub-b' }),
    ).toEqual(['imageId:imageMissing', 'flavorId:flavorMissing', 'nics:subnetMissing', 'securityGroups:securityGroupMissing', 'keyName:keyMissing', 'availabilityZone:zoneMissing']);
  });

  it('checks metadata and the encoded size of user data', () => {
    expect(
      codes({
        ...validValues,
        metadata: [
          { key: 'role', value: 'web' },
          { key: 'role', value: 'x'.repeat(256) },
          { key: '', value: '' },
        ],
        userData: 'x'.repeat(49_152),
      }),
    ).toEqual(['metadata.1.key:metadataDuplicate', 'metadata.1.value:metadataValueTooLong', 'metadata.2.key:metadataKeyRequired', 'userData:userDataTooLarge']);
  });

  it('says at the first metadata row past Nova’s 128 items that the cloud refuses more', () => {
    const metadata = Array.from({ length: 130 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(codes({ ...validValues, metadata })).toEqual(['metadata.128.key:metadataTooMany']);
  });

  describe('network interfaces', () => {
    const nic = (kind: 'subnet' | 'network' | 'port', id: string, fixedIp = '') => ({ kind, id, fixedIp });
    const NET = '11111111-2222-3333-4444-555555555555';
    it.each([
      ['a fixed IP inside the subnet', catalog, [nic('subnet', 'subnet-a', '192.168.0.50')], 1, []],
      ['a fixed IP outside the subnet', catalog, [nic('subnet', 'subnet-a', '192.168.1.50')], 1, ['nics.0.fixedIp:fixedIpOutsideSubnet']],
      ['a fixed IP that is no address', catalog, [nic('subnet', 'subnet-a', '192.168.0')], 1, ['nics.0.fixedIp:fixedIpFormat']],
      ['a free port', catalog, [nic('port', 'port-free')], 1, []],
      ['a port taken meanwhile', catalog, [nic('port', 'port-used')], 1, ['nics:portMissing']],
      ['a port with two instances', catalog, [nic('subnet', 'subnet-a'), nic('port', 'port-free')], 2, ['nics:nicSingleInstance']],
      ['a fixed IP with two instances', openstackCatalog, [nic('network', NET, '10.0.0.5')], 2, ['nics:nicSingleInstance']],
      ['nothing on NHN Cloud', catalog, [], 1, ['nics:subnetRequired']],
      ['nothing on OpenStack', openstackCatalog, [], 1, ['nics:networkRequired']],
      ['a listed network on OpenStack', openstackCatalog, [nic('network', NET)], 1, []],
      ['a network gone on OpenStack', openstackCatalog, [nic('network', 'aaaaaaaa-0000-0000-0000-000000000000')], 1, ['nics:networkMissing']],
      ['an NHN subnet carried over to OpenStack', openstackCatalog, [nic('subnet', 'subnet-a')], 1, ['nics:nicKindUnsupported']],
      ['a typed network that is no uuid', { ...openstackCatalog, networks: 'unavailable' as const }, [nic('network', 'default')], 1, ['nics:nicIdFormat']],
      ['a typed network uuid', { ...openstackCatalog, networks: 'unavailable' as const }, [nic('network', NET)], 3, []],
    ] as const)('%s', (_, at, nics, count, expected) => {
      expect(codes({ ...validValues, nics: [...nics], count }, at)).toEqual(expected);
    });
  });

  describe('on plain OpenStack, without NHN Cloud’s rules', () => {
    it.each([
      // Only the image's own min_ram (2 GB) is left: Nova checks it on every cloud.
      ['a Windows image on a 1 GB flavor named like U2', { imageId: 'windows', flavorId: 'flavor-u2.c1m1' }, ['flavorId:imageMinRam']],
      ['a Windows name of 16 characters', { imageId: 'windows', name: 'win-server-00001', root: { ...validValues.root, sizeGb: 50 } }, []],
      ['a GPU image on a flavor without a GPU', { imageId: 'gpu', root: { ...validValues.root, sizeGb: 40 } }, []],
      ['a Linux root of 5 GB (no OS minimum)', { imageId: 'tiny' }, []],
      ['a root of 5000 GB (no console maximum)', { root: { ...validValues.root, sizeGb: 5000 } }, []],
      ['no block storage type (Cinder’s default)', { root: { ...validValues.root, volumeType: '' } }, []],
    ] as const)('%s', (_, patch, expected) => {
      const at = { ...openstackCatalog, images: [...(openstackCatalog.images as []), testImage('tiny', { os_type: 'linux', min_disk: 0 })] };
      const values: WizardValues = { ...validValues, nics: [{ kind: 'network', id: '11111111-2222-3333-4444-555555555555', fixedIp: '' }], root: { ...validValues.root, sizeGb: 5 }, ...patch };
      expect(codes(values, at)).toEqual(expected);
    });
  });

  describe('without an image service', () => {
    const manual = { ...catalog, images: 'unavailable' as const };
    it('takes a typed UUID and applies the Windows rules to the OS the user names', () => {
      const values: WizardValues = { ...validValues, imageId: '9956f822-29c9-4f81-9410-0c392d9c8c24', manualOsType: 'windows', flavorId: 'flavor-m2.c1m1' };
      expect(codes(values, manual)).toEqual(['flavorId:windowsRam', 'root.sizeGb:rootTooSmallWindows']);
    });
    it('refuses an id that is not a UUID', () => {
      expect(codes({ ...validValues, imageId: 'ubuntu' }, manual)).toEqual(['imageId:imageIdFormat']);
    });
  });
});

describe('what blocks a step', () => {
  it('keeps the user on the step of a problem, at its field, with the code and values its sentence names', () => {
    const problems = draftProblems({ ...validValues, imageId: 'windows', root: { ...validValues.root, sizeGb: 30 } }, catalog);
    const rootTooSmall: DraftProblem = { field: 'root.sizeGb', step: 'storage', code: 'rootTooSmallWindows', params: { size: 30, min: 50 }, kind: 'conflict' };
    expect(blockingProblems(problems, 'storage')).toEqual([rootTooSmall]);
    expect(STEPS.filter((step) => blockingProblems(problems, step).length > 0)).toEqual(['storage', 'review']);
    expect(blockingProblems(problems, 'review')).toEqual([rootTooSmall]);
  });

  it('blocks no step of a complete draft', () => {
    const problems = draftProblems(validValues, catalog);
    expect(STEPS.map((step) => blockingProblems(problems, step))).toEqual(STEPS.map(() => []));
  });

  it('puts every problem at a field of its own step, so that Next there focuses it', () => {
    const drafts: WizardValues[] = [
      { ...EMPTY_VALUES, count: '', extraVolumes: [{ ...EMPTY_VALUES.root }], metadata: [{ key: '', value: '' }] },
      { ...validValues, imageId: 'windows', flavorId: 'flavor-m2.c1m1', name: 'win-server-00001', nics: [{ kind: 'subnet', id: 'subnet-a', fixedIp: '10.0.0' }] },
      { ...validValues, securityGroups: ['old'], keyName: 'lost', availabilityZone: 'kr-pub-b', userData: 'x'.repeat(49_152) },
    ];
    const problems = drafts.flatMap((values) => draftProblems(values, catalog));
    expect(new Set(problems.map((p) => p.step))).toEqual(new Set(CHOICE_STEPS));
    for (const problem of problems) expect(STEP_FIELDS[problem.step]).toContain(problem.field.split('.')[0]);
  });
});

describe('when a problem shows', () => {
  const missingName: DraftProblem = { field: 'name', step: 'details', code: 'nameRequired', params: {}, kind: 'missing' };
  const tooLong: DraftProblem = { field: 'name', step: 'details', code: 'nameTooLong', params: { length: 256, max: 255 }, kind: 'conflict' };
  it.each([
    ['a conflict, at once', tooLong, false, [], true],
    ['a missing choice, not before the user got to it', missingName, false, [], false],
    ['a missing choice whose field another one was touched', missingName, false, ['count'], false],
    ['a missing choice once its field was touched (left, or Next pressed)', missingName, false, ['name'], true],
    ['a missing choice once Create was pressed', missingName, true, [], true],
  ] as const)('%s', (_, problem, isSubmitted, touched, expected) => {
    expect(isShown(problem, { isSubmitted, isTouched: (field) => (touched as readonly string[]).includes(field) })).toBe(expected);
  });
});
