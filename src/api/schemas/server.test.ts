import { describe, expect, it } from 'vitest';
import getResponse from '../__fixtures__/spec/server-get-resp.json';
import { serverFlavorId, serverImageId } from '../server-fields';
import { serverSchema } from './server';
import { SERVER_STATUSES, SPEC_SERVER_STATUSES } from './server-status';

const base = getResponse.server;
const parse = (patch: Record<string, unknown>) => serverSchema.parse({ ...base, ...patch });

describe('serverSchema', () => {
  it('reads image "" (boot from volume) as no image id', () => {
    expect(serverImageId(parse({ image: '' }))).toBeUndefined();
    expect(serverImageId(parse({ image: null }))).toBeUndefined();
    expect(serverImageId(parse({}))).toBe('8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11');
  });

  it('accepts the three flavor shapes', () => {
    expect(serverFlavorId(parse({}))).toBe('35a73b57-58a7-434d-aa08-5249aaa95b3e');
    const embedded = parse({ flavor: { vcpus: 1, ram: 512, disk: 1, ephemeral: 0, swap: 0, original_name: 'm1.tiny', extra_specs: {} } });
    expect(serverFlavorId(embedded)).toBeUndefined();
    expect(embedded.flavor?.original_name).toBe('m1.tiny');
    expect(serverFlavorId(parse({ flavor: {} }))).toBeUndefined();
  });

  it('reads absent collections as empty and keeps meaningful absences undefined', () => {
    const { security_groups: _groups, progress: _progress, metadata: _metadata, addresses: _addresses, ...bare } = base;
    const server = serverSchema.parse(bare);
    expect(server.security_groups).toEqual([]);
    expect(server.metadata).toEqual({});
    expect(server.addresses).toEqual({});
    expect(server.progress).toBeUndefined();
    expect(server.fault).toBeUndefined();
  });

  it('keeps a fault, a null key_name, config_drive in its three forms and zone-less timestamps', () => {
    const fault = { code: 500, created: '2020-02-25T01:22:24Z', message: 'No valid host was found.' };
    expect(parse({ status: 'ERROR', fault }).fault).toEqual(fault);
    expect(parse({ key_name: null }).key_name).toBeNull();
    expect(['', 'True', null].map((value) => parse({ config_drive: value }).config_drive)).toEqual(['', 'True', null]);
    expect(parse({})['OS-SRV-USG:launched_at']).toBe('2020-02-25T01:22:23.000000');
  });

  it('accepts a down-cell record without name and reads it as ""', () => {
    const server = serverSchema.parse({ id: 'x', status: 'UNKNOWN', links: [], tenant_id: 't', created: '2019-02-28T03:16:19Z' });
    expect(server).toMatchObject({ id: 'x', name: '', status: 'UNKNOWN', image: '', 'OS-EXT-STS:task_state': null });
  });

  it('reads delete_on_termination 1 as true', () => {
    const server = parse({ 'os-extended-volumes:volumes_attached': [{ id: 'v', delete_on_termination: 1 }] });
    expect(server['os-extended-volumes:volumes_attached']).toEqual([{ id: 'v', delete_on_termination: true }]);
  });

  it('drops unknown keys from the typed output', () => {
    const server = parse({ 'NHN-EXT-ATTR:something-new': 1, 'OS-EXT-SRV-ATTR:host': 'h' });
    expect(server).not.toHaveProperty('NHN-EXT-ATTR:something-new');
    expect(server).not.toHaveProperty('OS-EXT-SRV-ATTR:host');
  });

  it('rejects a record without id or status, which the console cannot show', () => {
    const { id: _id, ...noId } = base;
    const { status: _status, ...noStatus } = base;
    expect(serverSchema.safeParse(noId).success).toBe(false);
    expect(serverSchema.safeParse(noStatus).success).toBe(false);
  });
});

describe('server statuses', () => {
  it.each(SERVER_STATUSES)('keeps %s', (status) => {
    expect(parse({ status }).status).toBe(status);
  });

  it('knows the two statuses Nova sends that the guide does not list', () => {
    expect(SERVER_STATUSES.filter((status) => !(SPEC_SERVER_STATUSES as readonly string[]).includes(status))).toEqual(['SHELVED', 'SOFT_DELETED']);
  });

  it('upper-cases, and turns a status no Nova sends into UNKNOWN', () => {
    expect(parse({ status: 'shutoff' }).status).toBe('SHUTOFF');
    expect(parse({ status: 'HIBERNATED' }).status).toBe('UNKNOWN');
  });
});
