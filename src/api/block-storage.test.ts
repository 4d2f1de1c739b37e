import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import volumeTypes from './__fixtures__/nhn/volume-types.json';
import volumes from './__fixtures__/nhn/volumes-detail.json';
import { VOLUME, withTestSession } from './__fixtures__/test-session';
import { listVolumeTypes, listVolumesDetail } from './block-storage';

withTestSession();

describe('block storage', () => {
  it('lists volume types from volume_types', async () => {
    answer('get', `${VOLUME}/types`, () => HttpResponse.json(volumeTypes));
    const types = await listVolumeTypes();
    expect(types.map((type) => type.name)).toEqual(['General SSD', 'General HDD']);
  });

  it("lists volumes in detail, reading bootable's string as a boolean", async () => {
    const calls = answer('get', `${VOLUME}/volumes/detail`, () => HttpResponse.json(volumes));
    const [plain, root] = await listVolumesDetail({ sort: 'created_at:desc' });
    expect(calls[0]?.url.search).toBe('?sort=created_at%3Adesc');
    expect(plain).toMatchObject({ bootable: false, attachments: [], name: 'volume-f4f47065-300e-480e-8c9c-fb7ec985bffb', status: 'available' });
    expect(root).toMatchObject({
      bootable: true,
      name: null,
      status: 'in-use',
      attachments: [{ server_id: 'aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec', device: '/dev/vda' }],
      nhn_encryption: { skm_key_id: 'key-1' },
      volume_image_metadata: { os_type: 'windows' },
    });
  });
});
