import { describe, expect, it } from 'vitest';
import { volumeSchema } from '../../api/schemas/block-storage';
import { networkSchema, vpcSubnetSchema } from '../../api/schemas/network';
import { serverGetResponseSchema } from '../../api/schemas/server';
import specExample from '../../api/__fixtures__/spec/server-get-resp.json';
import { ipInCidr, subnetsOfServer, valuesFromServer } from './prefill-from-server';

// The spec's own Get Instance example (a Windows server), with addresses and a user key added.
const server = serverGetResponseSchema.parse({
  server: {
    ...specExample.server,
    addresses: {
      'Default Network': [
        { addr: '192.168.0.12', version: 4, 'OS-EXT-IPS:type': 'fixed' },
        { addr: '133.186.140.7', version: 4, 'OS-EXT-IPS:type': 'floating' },
      ],
      'batch-vpc': [{ addr: '10.0.3.4', version: 4, 'OS-EXT-IPS:type': 'fixed' }],
    },
    security_groups: [{ name: 'default' }, { name: 'web' }, { name: 'web' }],
    metadata: { ...specExample.server.metadata, team: 'ops' },
  },
}).server;

const subnets = [
  vpcSubnetSchema.parse({ id: 's-front', name: 'front', cidr: '192.168.0.0/24', vpc: { id: 'v1', name: 'Default Network' } }),
  vpcSubnetSchema.parse({ id: 's-other', name: 'other', cidr: '192.168.0.0/24', vpc: { id: 'v3', name: 'lab' } }),
  vpcSubnetSchema.parse({ id: 's-batch', name: 'batch', cidr: '10.0.0.0/16', vpc: { id: 'v2', name: 'batch-vpc' } }),
];

const rootVolume = volumeSchema.parse({
  id: '90712f4f-2faa-4e4f-8eb1-9313a8595570',
  size: 50,
  status: 'in-use',
  volume_type: 'General SSD',
  bootable: 'true',
  attachments: [{ server_id: server.id, device: '/dev/vda' }],
});

describe('Create similar', () => {
  it('repeats what the record tells, leaves out the metadata NHN copies from the image, and names it -copy', () => {
    const values = valuesFromServer(server, { subnets, volumes: [rootVolume] });
    expect(values).toMatchObject({
      imageId: '8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11',
      flavorId: '35a73b57-58a7-434d-aa08-5249aaa95b3e',
      root: { volumeType: 'General SSD', sizeGb: 50, deleteOnTermination: false },
      nics: [
        { kind: 'subnet', id: 's-front', fixedIp: '' },
        { kind: 'subnet', id: 's-batch', fixedIp: '' },
      ],
      securityGroups: ['default', 'web'],
      keyName: 'access-key',
      name: 'Web-Server-copy',
      availabilityZone: 'kr-pub-b',
      metadata: [{ key: 'team', value: 'ops' }],
      count: 1,
      userData: '',
    });
  });

  it('leaves the subnets for the user when the network service gave none', () => {
    expect(valuesFromServer(server, { subnets: null, volumes: null }).nics).toEqual([]);
  });

  it('on plain OpenStack, repeats the Neutron networks the record names (a name two networks share is left out)', () => {
    const networks = [
      networkSchema.parse({ id: 'n-default', name: 'Default Network' }),
      networkSchema.parse({ id: 'n-batch-1', name: 'batch-vpc' }),
      networkSchema.parse({ id: 'n-batch-2', name: 'batch-vpc' }),
    ];
    expect(valuesFromServer(server, { subnets: null, networks, volumes: null }).nics).toEqual([{ kind: 'network', id: 'n-default', fixedIp: '' }]);
  });

  it('leaves the image empty for a server booted from a volume', () => {
    expect(valuesFromServer({ ...server, image: '' }, { subnets, volumes: null }).imageId).toBe('');
  });

  it('skips an IP that several subnets could hold when the network name does not settle it', () => {
    const unclear = { ...server, addresses: { elsewhere: [{ addr: '192.168.0.9', 'OS-EXT-IPS:type': 'fixed' }] } };
    expect(subnetsOfServer(unclear, subnets)).toEqual([]);
  });

  it.each([
    ['192.168.0.12', '192.168.0.0/24', true],
    ['192.168.1.12', '192.168.0.0/24', false],
    ['10.0.255.1', '10.0.0.0/16', true],
    ['10.1.0.1', '10.0.0.0/16', false],
    ['8.8.8.8', '0.0.0.0/0', true],
    ['not-an-ip', '10.0.0.0/8', false],
    ['10.0.0.1', '10.0.0.0/33', false],
  ] as const)('%s in %s: %s', (ip, cidr, inside) => {
    expect(ipInCidr(ip, cidr)).toBe(inside);
  });
});
