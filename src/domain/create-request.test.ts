import { describe, expect, it } from 'vitest';
import { serverCreateBodySchema } from '../api/schemas/server-create';
import { buildCreateServerBody, isEncryptedVolumeType, type CreateDraft } from './create-request';
import type { FlavorFamily } from './flavor-family';
import { FLAVOR_FAMILIES } from './flavor-family';

/** A flavor of the family; GPU and U2 flavors with a disk of their own (the seed's g2.t4.c4m32 has 100 GB). */
const flavor = (family: FlavorFamily, disk = family === 'u2' || family === 'g2' ? 100 : 0) => ({ family, disk });

const draft: CreateDraft = {
  name: 'web',
  imageId: 'img-1',
  flavorId: 'flv-1',
  root: { volumeType: 'General SSD', sizeGb: 30, deleteOnTermination: true },
  extraVolumes: [],
  nics: [
    { kind: 'subnet', id: 'subnet-a', fixedIp: '' },
    { kind: 'subnet', id: 'subnet-b', fixedIp: '' },
  ],
  securityGroups: [],
  keyName: 'ops',
  count: 1,
  availabilityZone: null,
  metadata: [],
  userData: '',
};

describe('buildCreateServerBody', () => {
  it('builds the spec example shape for a volume-backed flavor', () => {
    expect(buildCreateServerBody(draft, flavor('m2'), 'nhn')).toEqual({
      server: {
        name: 'web',
        imageRef: 'img-1',
        flavorRef: 'flv-1',
        networks: [{ subnet: 'subnet-a' }, { subnet: 'subnet-b' }],
        key_name: 'ops',
        min_count: 1,
        max_count: 1,
        block_device_mapping_v2: [
          {
            source_type: 'image',
            uuid: 'img-1',
            boot_index: 0,
            destination_type: 'volume',
            volume_type: 'General SSD',
            volume_size: 30,
            delete_on_termination: true,
          },
        ],
      },
    });
  });

  it.each(FLAVOR_FAMILIES.map((family) => [family]))('sends what the %s family needs', (family) => {
    const body = buildCreateServerBody(draft, flavor(family), 'nhn');
    const root = body.server.block_device_mapping_v2?.[0];
    if (family === 'u2') {
      expect(body.server.block_device_mapping_v2).toBeUndefined();
    } else {
      expect(root?.destination_type).toBe(family === 'g2' ? 'local' : 'volume');
      expect(root?.boot_index).toBe(0);
    }
    // What the wizard shows is what is sent: the API schema keeps the body as it is.
    expect(serverCreateBodySchema.parse(body)).toEqual(body);
  });

  it('adds blank volumes after the root, encryption where chosen, and the optional fields', () => {
    const body = buildCreateServerBody(
      {
        ...draft,
        extraVolumes: [
          { volumeType: 'Encrypted HDD', sizeGb: 100, deleteOnTermination: false, encryption: { skmAppKey: 'app', skmKeyId: 'key' } },
        ],
        securityGroups: ['default', 'web'],
        count: 3,
        availabilityZone: 'kr-pub-b',
        metadata: [{ key: 'role', value: 'web' }, { key: '', value: 'ignored' }],
        userData: '#!/bin/bash\necho hi',
      },
      flavor('c2'),
      'nhn',
    );
    expect(body.server).toMatchObject({
      min_count: 3,
      max_count: 3,
      return_reservation_id: true,
      availability_zone: 'kr-pub-b',
      security_groups: [{ name: 'default' }, { name: 'web' }],
      metadata: { role: 'web' },
      user_data: btoa('#!/bin/bash\necho hi'),
    });
    expect(body.server.block_device_mapping_v2?.[1]).toEqual({
      source_type: 'blank',
      boot_index: 1,
      destination_type: 'volume',
      volume_type: 'Encrypted HDD',
      volume_size: 100,
      delete_on_termination: false,
      nhn_encryption: { skm_appkey: 'app', skm_key_id: 'key' },
    });
  });

  it('boots a GPU flavor without a disk of its own from a volume (Nova: 403 to a local root on a zero-disk flavor)', () => {
    const root = buildCreateServerBody(draft, flavor('g2', 0), 'nhn').server.block_device_mapping_v2?.[0];
    expect(root).toEqual({
      source_type: 'image',
      uuid: 'img-1',
      boot_index: 0,
      destination_type: 'volume',
      volume_type: 'General SSD',
      volume_size: 30,
      delete_on_termination: true,
    });
  });

  it('leaves the volume type out of a local GPU root that has none', () => {
    const body = buildCreateServerBody({ ...draft, root: { volumeType: '', sizeGb: 100, deleteOnTermination: true } }, flavor('g2'), 'nhn');
    expect(body.server.block_device_mapping_v2).toEqual([
      { source_type: 'image', uuid: 'img-1', boot_index: 0, destination_type: 'local', volume_size: 100, delete_on_termination: true },
    ]);
  });

  describe('plain OpenStack: the flavor’s disk decides the root, not its name', () => {
    it.each(FLAVOR_FAMILIES.map((family) => [family]))('a flavor named like %s with a disk boots on it: no mapping', (family) => {
      expect(buildCreateServerBody(draft, flavor(family, 20), 'openstack').server.block_device_mapping_v2).toBeUndefined();
    });

    it('a flavor with a disk and extra volumes names its local root as boot_index 0', () => {
      const extra = { ...draft, extraVolumes: [{ volumeType: '', sizeGb: 5, deleteOnTermination: true }] };
      expect(buildCreateServerBody(extra, flavor('other', 20), 'openstack').server.block_device_mapping_v2).toEqual([
        { source_type: 'image', uuid: 'img-1', boot_index: 0, destination_type: 'local', delete_on_termination: true },
        // No type chosen: Cinder's default.
        { source_type: 'blank', boot_index: 1, destination_type: 'volume', volume_size: 5, delete_on_termination: true },
      ]);
    });

    it.each(FLAVOR_FAMILIES.map((family) => [family]))('a flavor named like %s without a disk boots from a volume', (family) => {
      const root = buildCreateServerBody({ ...draft, root: { volumeType: '', sizeGb: 10, deleteOnTermination: true } }, flavor(family, 0), 'openstack').server
        .block_device_mapping_v2;
      expect(root).toEqual([{ source_type: 'image', uuid: 'img-1', boot_index: 0, destination_type: 'volume', volume_size: 10, delete_on_termination: true }]);
    });
  });

  it('sends each NIC as the spec names it: a network uuid, a subnet, a port, with a fixed IP where asked', () => {
    const nics: CreateDraft['nics'] = [
      { kind: 'network', id: '11111111-2222-3333-4444-555555555555', fixedIp: '' },
      { kind: 'network', id: '11111111-2222-3333-4444-555555555555', fixedIp: '192.168.0.50' },
      { kind: 'subnet', id: 'subnet-a', fixedIp: '192.168.0.51' },
      { kind: 'port', id: 'port-1', fixedIp: '' },
    ];
    expect(buildCreateServerBody({ ...draft, nics }, flavor('m2'), 'nhn').server.networks).toEqual([
      { uuid: '11111111-2222-3333-4444-555555555555' },
      { uuid: '11111111-2222-3333-4444-555555555555', fixed_ip: '192.168.0.50' },
      { subnet: 'subnet-a', fixed_ip: '192.168.0.51' },
      { port: 'port-1' },
    ]);
  });

  it('asks for the reservation id only when several servers are made', () => {
    expect(buildCreateServerBody(draft, flavor('m2'), 'nhn').server.return_reservation_id).toBeUndefined();
    expect(buildCreateServerBody({ ...draft, count: 2 }, flavor('m2'), 'nhn').server.return_reservation_id).toBe(true);
  });

  it('names the local image root of U2 as boot_index 0 once extra volumes are sent (Nova refuses blanks alone)', () => {
    const body = buildCreateServerBody({ ...draft, extraVolumes: [{ volumeType: 'General HDD', sizeGb: 50, deleteOnTermination: true }] }, flavor('u2'), 'nhn');
    expect(body.server.block_device_mapping_v2).toEqual([
      { source_type: 'image', uuid: 'img-1', boot_index: 0, destination_type: 'local', delete_on_termination: true },
      { source_type: 'blank', boot_index: 1, destination_type: 'volume', volume_type: 'General HDD', volume_size: 50, delete_on_termination: true },
    ]);
  });

  it('sends no block_device_mapping_v2 for U2 without extra volumes', () => {
    expect(buildCreateServerBody(draft, flavor('u2'), 'nhn').server.block_device_mapping_v2).toBeUndefined();
  });
});

describe('isEncryptedVolumeType', () => {
  it.each([
    [{ name: 'Encrypted HDD' }, true],
    [{ name: 'General SSD', extra_specs: { volume_backend_name: 'ssd_general' } }, false],
    [{ name: 'Secure', extra_specs: { encrypted: 'true' } }, true],
    [{ name: 'General HDD' }, false],
  ])('%o: %s', (type, encrypted) => {
    expect(isEncryptedVolumeType(type)).toBe(encrypted);
  });
});
