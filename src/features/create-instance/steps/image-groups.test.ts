import { describe, expect, it } from 'vitest';
import { testImage } from '../test-catalog';
import { groupImages, imageSource } from './image-groups';

describe('image groups', () => {
  it.each([
    [{ visibility: 'public', tags: ['_AVAILABLE_'] }, 'public', 'public'],
    [{ visibility: 'public', tags: [] }, null, 'public'],
    [{ visibility: 'private', tags: [] }, 'private', 'private'],
    [{ visibility: 'shared', tags: [] }, 'shared', 'shared'],
    [{ visibility: 'community', tags: [] }, 'shared', 'shared'],
  ] as const)('%o is listed under %s on NHN Cloud (only tagged public images), under %s on OpenStack', (fields, nhn, openstack) => {
    const image = testImage('i', { ...fields, tags: [...fields.tags] });
    expect(imageSource(image, 'nhn')).toBe(nhn);
    expect(imageSource(image, 'openstack')).toBe(openstack);
  });

  it('groups by distro, then Windows, then GPU images, newest first inside each', () => {
    const images = [
      testImage('win-old', { name: 'Windows 2019', os_type: 'windows', created_at: '2025-01-01T00:00:00Z' }),
      testImage('ubuntu-new', { name: 'Ubuntu 24.04', os_distro: 'ubuntu', created_at: '2025-06-01T00:00:00Z' }),
      testImage('gpu', { name: 'Ubuntu GPU', os_distro: 'ubuntu', nhncloud_product: 'gpu' }),
      testImage('win-new', { name: 'Windows 2022', os_type: 'Windows', created_at: '2025-05-01T00:00:00Z' }),
      testImage('ubuntu-old', { name: 'Ubuntu 22.04', os_distro: 'ubuntu', created_at: '2024-06-01T00:00:00Z' }),
      testImage('centos', { name: 'CentOS 7.9', os_distro: 'centos' }),
      testImage('custom', { name: 'golden-image 2026' }),
    ];
    expect(groupImages(images).map((group) => [group.key, group.images.map((i) => i.id)])).toEqual([
      ['CentOS', ['centos']],
      ['golden-image', ['custom']],
      ['Ubuntu', ['ubuntu-new', 'ubuntu-old']],
      ['windows', ['win-new', 'win-old']],
      ['gpu', ['gpu']],
    ]);
  });
});
