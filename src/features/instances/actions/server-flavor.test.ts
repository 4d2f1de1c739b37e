import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../api/schemas/server';
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

  it('is a volume for a server booted from a volume, or any flavor but U2 and GPU', () => {
    expect(rootIsVolume(server({ image: '' }), 'u2')).toBe(true);
    expect(rootIsVolume(server({ image: { id: 'i', links: [] } }), 'm2')).toBe(true);
    expect(rootIsVolume(server({ image: { id: 'i', links: [] } }), 'u2')).toBe(false);
    expect(rootIsVolume(server({ image: { id: 'i', links: [] } }), undefined)).toBeUndefined();
  });

  it('is not counted among the volumes that can be detached', () => {
    const attached = { 'os-extended-volumes:volumes_attached': [{ id: 'a' }, { id: 'b' }], image: { id: 'i', links: [] }, flavor: { id: 'f', links: [] } };
    expect(detachableCount(server(attached), [{ id: 'f', name: 'm2.c2m4' } as never])).toBe(1);
    expect(detachableCount(server(attached), [{ id: 'f', name: 'u2.c2m4' } as never])).toBe(2);
    expect(detachableCount(server(attached), undefined)).toBeUndefined();
  });
});
