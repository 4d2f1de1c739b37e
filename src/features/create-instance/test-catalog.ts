import type { AvailabilityZone } from '../../api/schemas/availability-zone';
import { type VolumeType, volumeTypeSchema } from '../../api/schemas/block-storage';
import { type Flavor, flavorSchema } from '../../api/schemas/flavor';
import { type Image, imageSchema } from '../../api/schemas/image';
import type { KeyPairSummary } from '../../api/schemas/keypair';
import {
  type Network,
  networkSchema,
  type Port,
  portSchema,
  type SecurityGroup,
  securityGroupSchema,
  type VpcSubnet,
  vpcSubnetSchema,
} from '../../api/schemas/network';
import type { WizardCatalog } from './wizard-facts';
import { EMPTY_VALUES, type WizardValues } from './wizard-values';

/** Test data for the pure wizard rules, parsed by the API's own schemas (so defaults are as in real answers). */
export function testImage(id: string, fields: Partial<Image> & Record<string, unknown> = {}): Image {
  return imageSchema.parse({ id, name: id, status: 'active', visibility: 'public', tags: ['_AVAILABLE_'], ...fields });
}

export function testFlavor(name: string, ram: number, disk = 0, vcpus = 2): Flavor {
  return flavorSchema.parse({ id: `flavor-${name}`, name, ram, disk, vcpus, links: [] });
}

export const linuxImage = testImage('linux', { name: 'Ubuntu Server 22.04', os_type: 'linux', os_distro: 'ubuntu', min_disk: 20 });
export const windowsImage = testImage('windows', { name: 'Windows 2022 STD', os_type: 'windows', min_disk: 50, min_ram: 2048 });
export const gpuImage = testImage('gpu', { name: 'Ubuntu GPU', os_type: 'linux', min_disk: 30, nhncloud_product: 'gpu' });

/** One flavor per family, each with 1 GB and 4 GB RAM; U2 and GPU with their local disk. */
export const flavorsByFamily: Flavor[] = ['t2', 'm2', 'c2', 'r2', 'x1', 'u2', 'g2'].flatMap((family) => {
  const disk = family === 'u2' ? 60 : family === 'g2' ? 100 : 0;
  return [testFlavor(`${family}.c1m1`, 1024, disk, 1), testFlavor(`${family}.c2m4`, 4096, disk)];
});

export const volumeTypes: VolumeType[] = [
  volumeTypeSchema.parse({ id: 'hdd', name: 'General HDD' }),
  volumeTypeSchema.parse({ id: 'ssd', name: 'General SSD' }),
  volumeTypeSchema.parse({ id: 'enc', name: 'Encrypted HDD', extra_specs: { encrypted: 'true' } }),
];

export const subnets: VpcSubnet[] = [
  vpcSubnetSchema.parse({ id: 'subnet-a', name: 'front', cidr: '192.168.0.0/24', vpc: { id: 'vpc-1', name: 'Default Network' } }),
  vpcSubnetSchema.parse({ id: 'subnet-b', name: 'back', cidr: '192.168.1.0/24', vpc: { id: 'vpc-1', name: 'Default Network' } }),
];

export const networks: Network[] = [
  networkSchema.parse({ id: '11111111-2222-3333-4444-555555555555', name: 'Default Network', subnets: ['22222222-3333-4444-5555-666666666666'] }),
  networkSchema.parse({ id: 'aaaaaaaa-2222-3333-4444-555555555555', name: 'public', 'router:external': true }),
];

/** A port no server holds. */
export const freePorts: Port[] = [
  portSchema.parse({ id: 'port-free', name: 'spare', network_id: 'vpc-1', fixed_ips: [{ subnet_id: 'subnet-a', ip_address: '192.168.0.200' }] }),
];

export const securityGroups: SecurityGroup[] = [securityGroupSchema.parse({ id: 'sg-1', name: 'default' }), securityGroupSchema.parse({ id: 'sg-2', name: 'web' })];
export const keyPairs: KeyPairSummary[] = [{ name: 'ops', public_key: 'ssh-ed25519 AAAA', fingerprint: 'SHA256:x' }];
export const zones: AvailabilityZone[] = [
  { zoneName: 'kr-pub-a', zoneState: { available: true } },
  { zoneName: 'kr-pub-b', zoneState: { available: false } },
];

/** NHN Cloud's: VPC subnets, no Neutron network list. */
export const catalog: WizardCatalog = {
  profile: 'nhn',
  images: [linuxImage, windowsImage, gpuImage],
  flavors: flavorsByFamily,
  volumeTypes,
  subnets,
  networks: 'unavailable',
  freePorts,
  securityGroups,
  keyPairs,
  zones,
};

/** Plain OpenStack's: Neutron's networks, no VPC subnets. */
export const openstackCatalog: WizardCatalog = { ...catalog, profile: 'openstack', subnets: 'unavailable', networks };

/** A complete Linux draft on m2.c2m4 that has no problem at all. */
export const validValues: WizardValues = {
  ...EMPTY_VALUES,
  imageId: 'linux',
  flavorId: 'flavor-m2.c2m4',
  root: { volumeType: 'General SSD', sizeGb: 30, deleteOnTermination: true, skmAppKey: '', skmKeyId: '' },
  nics: [{ kind: 'subnet', id: 'subnet-a', fixedIp: '' }],
  keyName: 'ops',
  name: 'web-01',
};
