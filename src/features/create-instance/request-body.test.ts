import { describe, expect, it } from 'vitest';
import { serverCreateBodySchema } from '../../api/schemas/server-create';
import { requestBodyOf } from './request-body';
import { catalog, flavorsByFamily, testFlavor, validValues } from './test-catalog';

describe('requestBodyOf', () => {
  it('is null while any problem remains', () => {
    expect(requestBodyOf({ ...validValues, name: '' }, catalog)).toBeNull();
  });

  it('builds the spec body of a volume-backed flavor', () => {
    const body = requestBodyOf({ ...validValues, securityGroups: ['web'], availabilityZone: 'kr-pub-a' }, catalog);
    expect(body).toEqual({
      server: {
        name: 'web-01',
        imageRef: 'linux',
        flavorRef: 'flavor-m2.c2m4',
        networks: [{ subnet: 'subnet-a' }],
        key_name: 'ops',
        min_count: 1,
        max_count: 1,
        availability_zone: 'kr-pub-a',
        security_groups: [{ name: 'web' }],
        block_device_mapping_v2: [
          { source_type: 'image', uuid: 'linux', boot_index: 0, destination_type: 'volume', volume_type: 'General SSD', volume_size: 30, delete_on_termination: true },
        ],
      },
    });
    expect(serverCreateBodySchema.parse(body)).toEqual(body);
  });

  it('sends no block storage mapping for U2, whatever the storage step once held', () => {
    expect(requestBodyOf({ ...validValues, flavorId: 'flavor-u2.c2m4' }, catalog)?.server.block_device_mapping_v2).toBeUndefined();
  });

  it("boots a GPU flavor from its local disk, sized by the flavor", () => {
    const body = requestBodyOf({ ...validValues, imageId: 'gpu', flavorId: 'flavor-g2.c2m4' }, catalog);
    expect(body?.server.block_device_mapping_v2).toEqual([
      { source_type: 'image', uuid: 'gpu', boot_index: 0, destination_type: 'local', volume_size: 100, delete_on_termination: true },
    ]);
  });

  it('boots a GPU flavor with no disk of its own from a root volume of the size and type asked', () => {
    const zeroDisk = { ...catalog, flavors: [...flavorsByFamily, testFlavor('g2.t4.c8m64', 65536, 0, 8)] };
    const body = requestBodyOf({ ...validValues, imageId: 'gpu', flavorId: 'flavor-g2.t4.c8m64' }, zeroDisk);
    expect(body?.server.block_device_mapping_v2).toEqual([
      { source_type: 'image', uuid: 'gpu', boot_index: 0, destination_type: 'volume', volume_type: 'General SSD', volume_size: 30, delete_on_termination: true },
    ]);
  });

  it('with extra volumes, names the U2 local root as boot_index 0 before them', () => {
    const extra = { volumeType: 'General HDD', sizeGb: 10, deleteOnTermination: false, skmAppKey: '', skmKeyId: '' };
    const devices = requestBodyOf({ ...validValues, flavorId: 'flavor-u2.c2m4', extraVolumes: [extra] }, catalog)?.server.block_device_mapping_v2;
    expect(devices?.map((d) => [d.source_type, d.boot_index, d.destination_type])).toEqual([
      ['image', 0, 'local'],
      ['blank', 1, 'volume'],
    ]);
  });

  it('adds the Secure Key Manager key of an encrypted type only', () => {
    const root = { volumeType: 'Encrypted HDD', sizeGb: 30, deleteOnTermination: false, skmAppKey: ' app ', skmKeyId: 'key-1' };
    const extra = { volumeType: 'General HDD', sizeGb: 10, deleteOnTermination: false, skmAppKey: 'stale', skmKeyId: 'stale' };
    const devices = requestBodyOf({ ...validValues, root, extraVolumes: [extra] }, catalog)?.server.block_device_mapping_v2;
    expect(devices?.[0]?.nhn_encryption).toEqual({ skm_appkey: 'app', skm_key_id: 'key-1' });
    expect(devices?.[1]).not.toHaveProperty('nhn_encryption');
  });

  it('asks for the reservation id of several instances and encodes the user data', () => {
    const body = requestBodyOf({ ...validValues, count: 3, userData: '#!/bin/sh\necho 안녕' }, catalog);
    expect(body?.server).toMatchObject({ min_count: 3, max_count: 3, return_reservation_id: true });
    expect(new TextDecoder().decode(Uint8Array.from(atob(body?.server.user_data ?? ''), (c) => c.charCodeAt(0)))).toBe('#!/bin/sh\necho 안녕');
  });
});
