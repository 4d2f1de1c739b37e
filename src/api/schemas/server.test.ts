import { describe, expect, it } from 'vitest';
import withNulls from '../__fixtures__/odd/servers-detail-nulls.json';
import getResponse from '../__fixtures__/spec/server-get-resp.json';
import { serverFlavorId, serverImageId } from '../server-refs';
import { collectSkipped } from './lenient';
import { serverDetailListResponseSchema, serverSchema } from './server';
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

  it('rejects a record without an id, which the console cannot show or act on', () => {
    const { id: _id, ...noId } = base;
    expect(serverSchema.safeParse(noId).success).toBe(false);
    expect(serverSchema.safeParse({ ...base, id: null }).success).toBe(false);
  });

  it('reads a missing or unreadable status as UNKNOWN (the spec: contact the administrator)', () => {
    const { status: _status, ...noStatus } = base;
    expect(serverSchema.parse(noStatus).status).toBe('UNKNOWN');
    expect(parse({ status: null }).status).toBe('UNKNOWN');
    expect(parse({ status: 42 }).status).toBe('UNKNOWN');
  });
});

describe('a real-shaped answer with null where a string or boolean is documented', () => {
  const [odd, plain] = serverDetailListResponseSchema.parse(withNulls).servers;

  it('keeps both servers: the odd one with its nulls read as unknown', () => {
    expect(odd).toMatchObject({ id: '6a0e2b07-3b7e-4a6f-9d0a-5f1c2e8b9d41', name: 'null-fields', status: 'ERROR' });
    expect(odd?.['NHN-EXT-ATTR:protect']).toBeUndefined();
    expect(odd?.['OS-EXT-STS:vm_state']).toBeUndefined();
    expect(odd?.hostId).toBeUndefined();
    expect(odd?.created).toBeUndefined();
    expect(odd?.updated).toBeUndefined();
    expect(odd?.['OS-EXT-AZ:availability_zone']).toBeUndefined();
    expect(odd?.['OS-EXT-STS:power_state']).toBeNull();
    expect(odd?.locked).toBeUndefined();
    expect(odd?.accessIPv4).toBeUndefined();
    expect(odd?.metadata).toEqual({ owner: 'ops' });
    expect(odd?.fault?.message).toBe('No valid host was found. ');
    expect(plain).toMatchObject({ name: 'plain', hostId: expect.any(String) as unknown, 'OS-EXT-AZ:availability_zone': 'nova', key_name: 'demo-key' });
  });

  it.each([
    ['hostId', 17],
    ['created', { at: 'now' }],
    ['OS-EXT-AZ:availability_zone', false],
    ['NHN-EXT-ATTR:protect', 'maybe'],
    ['OS-EXT-STS:vm_state', []],
    ['addresses', 'none'],
    ['metadata', 'none'],
    ['security_groups', { name: 'default' }],
    ['flavor', 'm1.tiny'],
    ['image', 42],
    ['fault', 'broken'],
    ['OS-EXT-STS:task_state', 3],
    ['key_name', 7],
    ['name', null],
  ])('reads %s of an unexpected type (%j) as unknown instead of failing', (field, value) => {
    expect(serverSchema.safeParse({ ...base, [field]: value }).success).toBe(true);
  });

  it('leaves out, and reports, a record of a list that has no id; the others stay', () => {
    const answer = { servers: [...withNulls.servers, { name: 'nameless', status: 'ACTIVE' }] };
    const { value, skipped } = collectSkipped(() => serverDetailListResponseSchema.parse(answer));
    expect(value.servers.map((server) => server.name)).toEqual(['null-fields', 'plain']);
    expect(skipped).toEqual([{ index: 2, id: 'nameless', problem: expect.stringMatching(/^id: /) as unknown }]);
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
