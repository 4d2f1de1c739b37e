import { describe, expect, it } from 'vitest';
import type { Server } from '../../../api/schemas/server';
import { resizeQuotaAdds, serverFlavorSize, unshelveQuotaAdds } from './action-quota';

const server = (patch: Partial<Server>) => ({ id: 's1', name: 'web', status: 'ACTIVE', ...patch }) as Server;

describe('resizeQuotaAdds', () => {
  it.each([
    ['grows both', { vcpus: 2, ram: 4096 }, { vcpus: 4, ram: 8192 }, { cores: 2, ram: 4096 }],
    ['grows vCPUs only', { vcpus: 2, ram: 4096 }, { vcpus: 4, ram: 4096 }, { cores: 2, ram: 0 }],
    ['more vCPUs, less RAM: only the vCPUs count', { vcpus: 2, ram: 8192 }, { vcpus: 4, ram: 4096 }, { cores: 2, ram: 0 }],
    ['shrinks: nothing', { vcpus: 4, ram: 8192 }, { vcpus: 2, ram: 4096 }, { cores: 0, ram: 0 }],
  ])('%s', (_, from, to, adds) => {
    expect(resizeQuotaAdds(from, to)).toEqual(adds);
  });
});

describe('unshelveQuotaAdds', () => {
  it('adds the whole flavor for an offloaded server, nothing for one still on its host', () => {
    expect(unshelveQuotaAdds(server({ status: 'SHELVED_OFFLOADED' }), { vcpus: 2, ram: 4096 })).toEqual({ cores: 2, ram: 4096 });
    expect(unshelveQuotaAdds(server({ status: 'SHELVED' }), { vcpus: 2, ram: 4096 })).toEqual({});
  });
});

describe('serverFlavorSize', () => {
  it('reads the flavor list, else the 2.47 embedded flavor, else says it does not know', () => {
    const listed = { id: 'f1', name: 'm2.c2m4', vcpus: 2, ram: 4096, disk: 0 };
    expect(serverFlavorSize(server({ flavor: { id: 'f1', links: [] } }), [listed] as never)).toMatchObject({ vcpus: 2, ram: 4096 });
    expect(serverFlavorSize(server({ flavor: { original_name: 'x', vcpus: 8, ram: 16384, links: [] } }), [])).toEqual({ vcpus: 8, ram: 16384 });
    expect(serverFlavorSize(server({ flavor: { id: 'gone', links: [] } }), [])).toBeUndefined();
  });
});
