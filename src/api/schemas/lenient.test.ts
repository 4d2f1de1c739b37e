import { describe, expect, it } from 'vitest';
import type { z } from '../../lib/zod';
import { availabilityZoneListResponseSchema } from './availability-zone';
import { volumeDetailListResponseSchema, volumeTypeListResponseSchema } from './block-storage';
import { flavorDetailListResponseSchema } from './flavor';
import { imageListResponseSchema } from './image';
import { keyPairListResponseSchema } from './keypair';
import { collectSkipped, stringRecord } from './lenient';
import { networkListResponseSchema, portListResponseSchema, securityGroupListResponseSchema, vpcSubnetListResponseSchema } from './network';
import { serverSecurityGroupListResponseSchema } from './server-security-group';
import { volumeAttachmentListResponseSchema } from './volume-attachment';

/**
 * Every list the console pages through: a record with nulls in what the console only shows is kept with blanks, and
 * a record without what the console cannot do without (its id) is left out and reported; the others always stay.
 */
const LISTS: Array<{ name: string; schema: z.ZodMiniType; key: string; odd: unknown; unreadable: unknown; good: unknown; wrap?: (item: unknown) => unknown }> = [
  {
    name: 'flavors',
    schema: flavorDetailListResponseSchema,
    key: 'flavors',
    good: { id: '1', name: 'm2.c1m2', vcpus: 1, ram: 2048, disk: 20, swap: '' },
    odd: { id: '2', name: null, links: null, vcpus: 2, ram: 4096, disk: 0, swap: null, rxtx_factor: null, 'OS-FLV-DISABLED:disabled': null, extra_specs: null, description: 5 },
    unreadable: { id: '3', name: 'no-ram', vcpus: 1, ram: null, disk: 20 },
  },
  {
    name: 'key pairs',
    schema: keyPairListResponseSchema,
    key: 'keypairs',
    wrap: (keypair) => ({ keypair }),
    good: { name: 'demo', public_key: 'ssh-ed25519 AAAA', fingerprint: 'aa:bb' },
    odd: { name: 'odd', public_key: null, fingerprint: null, type: null },
    unreadable: { public_key: 'ssh-ed25519 AAAA', fingerprint: 'aa:bb' },
  },
  {
    name: 'zones',
    schema: availabilityZoneListResponseSchema,
    key: 'availabilityZoneInfo',
    good: { zoneName: 'nova', zoneState: { available: true }, hosts: null },
    odd: { zoneName: 'odd', zoneState: null },
    unreadable: { zoneName: null, zoneState: { available: true } },
  },
  {
    name: 'volumes',
    schema: volumeDetailListResponseSchema,
    key: 'volumes',
    good: { id: 'v1', name: 'data', size: 10, status: 'available', bootable: 'false' },
    odd: { id: 'v2', name: 5, size: 20, status: 'in-use', bootable: null, metadata: null, attachments: null, availability_zone: null, volume_type: 3 },
    unreadable: { id: 'v3', name: 'sizeless', size: null, status: 'available' },
  },
  {
    name: 'volume types',
    schema: volumeTypeListResponseSchema,
    key: 'volume_types',
    good: { id: 't1', name: 'General HDD' },
    odd: { id: 't2', name: 'General SSD', description: 4, extra_specs: null },
    unreadable: { id: 't3', name: null },
  },
  {
    name: 'images',
    schema: imageListResponseSchema,
    key: 'images',
    good: { id: 'i1', name: 'Ubuntu', status: 'active', min_disk: 0, min_ram: 0 },
    odd: { id: 'i2', name: null, status: null, min_disk: null, min_ram: '512', os_distro: null, login_username: 7, tags: null, visibility: null },
    unreadable: { name: 'no-id', status: 'active' },
  },
  {
    name: 'networks',
    schema: networkListResponseSchema,
    key: 'networks',
    good: { id: 'n1', name: 'private', subnets: ['s1'] },
    odd: { id: 'n2', name: null, subnets: null, shared: 'yes', mtu: null },
    unreadable: { id: 17, name: 'numeric-id' },
  },
  {
    name: 'VPC subnets',
    schema: vpcSubnetListResponseSchema,
    key: 'vpcsubnets',
    good: { id: 's1', name: 'Default', cidr: '192.168.0.0/24' },
    odd: { id: 's2', name: null, cidr: null, vpc: null, routingtable: 'none', available_ip_count: null },
    unreadable: { name: 'no-id', cidr: '10.0.0.0/24' },
  },
  {
    name: 'ports',
    schema: portListResponseSchema,
    key: 'ports',
    good: { id: 'p1', network_id: 'n1', fixed_ips: [{ subnet_id: 's1', ip_address: '10.0.0.5' }] },
    odd: { id: 'p2', network_id: 'n1', name: null, fixed_ips: null, security_groups: null, device_id: null },
    unreadable: { id: 'p3', network_id: null },
  },
  {
    name: 'security groups',
    schema: securityGroupListResponseSchema,
    key: 'security_groups',
    good: { id: 'g1', name: 'default', security_group_rules: [] },
    odd: { id: 'g2', name: null, description: 1, security_group_rules: null },
    unreadable: { name: 'no-id' },
  },
  {
    name: "a server's security groups",
    schema: serverSecurityGroupListResponseSchema,
    key: 'security_groups',
    good: { id: 'g1', name: 'default', rules: [] },
    odd: { id: 'g2', name: null, rules: null },
    unreadable: { name: 'no-id' },
  },
  {
    name: 'volume attachments',
    schema: volumeAttachmentListResponseSchema,
    key: 'volumeAttachments',
    good: { id: 'v1', serverId: 's1', volumeId: 'v1', device: '/dev/vdb' },
    odd: { id: null, serverId: null, volumeId: 'v2', device: 5, delete_on_termination: null },
    unreadable: { serverId: 's1', device: '/dev/vdc' },
  },
];

describe.each(LISTS)('$name', ({ schema, key, good, odd, unreadable, wrap = (item) => item }) => {
  it('keeps a record with nulls and unexpected types in what the console only shows', () => {
    const parsed = schema.parse({ [key]: [wrap(good), wrap(odd)] }) as Record<string, unknown[]>;
    expect(parsed[key]).toHaveLength(2);
  });

  it('leaves out, and reports, a record it cannot read at all, and keeps the others', () => {
    const { value, skipped } = collectSkipped(() => schema.parse({ [key]: [wrap(good), wrap(unreadable), wrap(odd)] }) as Record<string, unknown[]>);
    expect(value[key]).toHaveLength(2);
    expect(skipped).toEqual([expect.objectContaining({ index: 1, problem: expect.any(String) as unknown }) as unknown]);
  });
});

describe('stringRecord', () => {
  it('keeps the string values and leaves out the others; anything but an object is {}', () => {
    expect(stringRecord.parse({ a: 'x', b: null, c: 3 })).toEqual({ a: 'x' });
    expect(stringRecord.parse(null)).toEqual({});
    expect(stringRecord.parse(undefined)).toEqual({});
  });
});

describe('collectSkipped', () => {
  it('reports nothing outside a collection, and only its own items inside one', () => {
    const answer = { availabilityZoneInfo: [{ zoneName: null }] };
    expect(availabilityZoneListResponseSchema.parse(answer).availabilityZoneInfo).toEqual([]);
    const { skipped } = collectSkipped(() => availabilityZoneListResponseSchema.parse(answer));
    expect(skipped).toHaveLength(1);
  });

  it('says in words what was wrong with an item (the skipped-records notice shows it)', () => {
    const answer = { flavors: [{ id: '3', name: 'no-ram', vcpus: 1, ram: null, disk: 20 }] };
    const { skipped } = collectSkipped(() => flavorDetailListResponseSchema.parse(answer));
    expect(skipped).toEqual([{ index: 0, id: '3', problem: 'ram: Invalid input: expected number, received null' }]);
  });
});
