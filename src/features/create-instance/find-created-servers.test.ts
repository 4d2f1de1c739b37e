import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { createServer, listServersDetail } from '../../api/servers';
import { simClock } from '../../mocks/node';
import { changesSince, findCreatedServers } from './find-created-servers';
import { isLostAnswer } from './use-create-instance';
import { seedIds, UBUNTU, withSimSession } from './wizard-test-utils';

withSimSession();

const image = () => seedIds.image(UBUNTU);
const flavor = () => seedIds.flavor('m2.c2m4');
const subnet = () => seedIds.subnet('Default Network');
const root = () => ({ source_type: 'image' as const, uuid: image(), boot_index: 0, destination_type: 'volume' as const, volume_size: 20 });

describe('finding what a lost create made', () => {
  it('writes changes-since the way the spec shows it', () => {
    expect(changesSince(Date.UTC(2026, 6, 1, 9, 0, 0, 250))).toBe('2026-07-01T09:00:00Z');
  });

  it('finds the servers of the request by name, and not those known before, older or deleted', async () => {
    const submittedAt = simClock.now();
    const body = { server: { name: 'lost-1', imageRef: image(), flavorRef: flavor(), key_name: 'demo-key', networks: [{ subnet: subnet() }], min_count: 2, max_count: 2 } };
    await createServer({ server: { ...body.server, block_device_mapping_v2: [root()] } });
    const found = await findCreatedServers({ name: 'lost-1', count: 2, submittedAt, knownIds: new Set() });
    expect(found.map((s) => s.name).sort()).toEqual(['lost-11', 'lost-12']);
    const [first] = found;
    expect(await findCreatedServers({ name: 'lost-1', count: 2, submittedAt, knownIds: new Set([first?.id ?? '']) })).toHaveLength(1);
    // The seed's "active" server was created long before this submit.
    expect(await findCreatedServers({ name: 'active', count: 1, submittedAt, knownIds: new Set() })).toEqual([]);
    // changes-since lists the deleted seed server; it is no created server.
    const longAgo = submittedAt - 400 * 86_400_000;
    const raw = await listServersDetail({ name: '^deleted$', 'changes-since': changesSince(longAgo) });
    expect(raw.items.map((s) => s.status)).toEqual(['DELETED']);
    expect(await findCreatedServers({ name: 'deleted', count: 1, submittedAt: longAgo, knownIds: new Set() })).toEqual([]);
  });

  it('finds servers numbered with the hyphen too (upstream Nova), and only the request\'s numbers', async () => {
    const submittedAt = simClock.now();
    // The simulated cloud numbers as NHN does; three single creates stand in for a cloud that keeps the hyphen.
    for (const name of ['nova-1', 'nova-2', 'nova-3']) {
      await createServer({ server: { name, imageRef: image(), flavorRef: flavor(), key_name: 'demo-key', networks: [{ subnet: subnet() }], block_device_mapping_v2: [root()] } });
    }
    const found = await findCreatedServers({ name: 'nova', count: 2, submittedAt, knownIds: new Set() });
    expect(found.map((s) => s.name).sort()).toEqual(['nova-1', 'nova-2']);
  });

  it.each([
    [new ApiError({ kind: 'timeout', message: 't', service: 'compute', method: 'POST', path: '/servers' }), true],
    [new ApiError({ kind: 'network', message: 'n', service: 'compute', method: 'POST', path: '/servers' }), true],
    // A gateway's HTML page, or JSON cut short: the request may have been applied all the same.
    [new ApiError({ kind: 'invalid-response', message: 'i', service: 'compute', method: 'POST', path: '/servers' }), true],
    [new ApiError({ kind: 'http', status: 504, message: 'g', service: 'compute', method: 'POST', path: '/servers' }), true],
    [new ApiError({ kind: 'http', status: 502, message: 'g', service: 'compute', method: 'POST', path: '/servers' }), true],
    [new ApiError({ kind: 'http', status: 503, message: 'u', service: 'compute', method: 'POST', path: '/servers' }), false],
    [new ApiError({ kind: 'http', status: 400, message: 'b', service: 'compute', method: 'POST', path: '/servers' }), false],
    [new Error('x'), false],
  ])('%s is a lost answer: %s', (error, lost) => {
    expect(isLostAnswer(error)).toBe(lost);
  });
});
