import { describe, expect, it } from 'vitest';
import { type Server, serverSchema } from '../../../api/schemas/server';
import type { CloudProfile } from '../../../domain/cloud-profile';
import { isRootDevice, rootIsVolume } from './server-flavor';
import { detachableCount } from './use-action-availability';

const server = (extra: Record<string, unknown>) => serverSchema.parse({ id: 's', name: 'web', status: 'ACTIVE', links: [], ...extra });

describe('the root disk', () => {
  it.each([
    ['/dev/vda', true],
    ['/dev/sda', true],
    ['/dev/xvda', true],
    ['/dev/vdb', false],
    ['/dev/vdaa', false],
    [null, false],
  ])('%s is the root device: %s', (device, root) => expect(isRootDevice(device)).toBe(root));

  const fromImage = server({ image: { id: 'i', links: [] } });
  it.each<[string, Server, { name: string; disk: number } | undefined, CloudProfile, boolean | undefined]>([
    ['booted from a volume', server({ image: '' }), { name: 'u2.c2m4', disk: 20 }, 'nhn', true],
    ['a general NHN flavor', fromImage, { name: 'm2.c2m4', disk: 0 }, 'nhn', true],
    ['U2', fromImage, { name: 'u2.c2m4', disk: 20 }, 'nhn', false],
    ['GPU with a disk', fromImage, { name: 'g2.t4.c4m32', disk: 100 }, 'nhn', false],
    ['GPU without a disk', fromImage, { name: 'g2.t4.c8m64', disk: 0 }, 'nhn', true],
    ['OpenStack, a flavor with a disk (named like NHN’s general ones)', fromImage, { name: 'm2.c2m4', disk: 20 }, 'openstack', false],
    ['OpenStack, a flavor without a disk', fromImage, { name: 'm1.nano', disk: 0 }, 'openstack', true],
    ['OpenStack, booted from a volume', server({ image: '' }), { name: 'm1.small', disk: 20 }, 'openstack', true],
    ['an unknown flavor', fromImage, undefined, 'nhn', undefined],
  ])('root of %s is a volume: %s', (_, subject, flavor, profile, volume) => {
    expect(rootIsVolume(subject, flavor, profile)).toBe(volume);
  });

  it('is not counted among the volumes that can be detached', () => {
    const attached = { 'os-extended-volumes:volumes_attached': [{ id: 'a' }, { id: 'b' }], image: { id: 'i', links: [] }, flavor: { id: 'f', links: [] } };
    expect(detachableCount(server(attached), [{ id: 'f', name: 'm2.c2m4' } as never])).toBe(1);
    expect(detachableCount(server(attached), [{ id: 'f', name: 'u2.c2m4' } as never])).toBe(2);
    expect(detachableCount(server(attached), undefined)).toBeUndefined();
  });
});
