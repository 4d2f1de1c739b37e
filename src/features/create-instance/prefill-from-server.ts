import type { Volume } from '../../api/schemas/block-storage';
import type { Network, VpcSubnet } from '../../api/schemas/network';
import type { Server } from '../../api/schemas/server';
import { serverFlavorId, serverImageId } from '../../api/server-refs';
import { emptyVolume, EMPTY_VALUES, type WizardValues } from './wizard-values';

/**
 * The image properties NHN copies into a server's metadata (the spec's Get Instance example, plus the dates seen
 * in volume_image_metadata). "Create similar" leaves them out: the new server gets its own copy from its image.
 */
export const IMAGE_METADATA_KEYS = new Set([
  'os_distro',
  'description',
  'os_version',
  'project_domain',
  'hypervisor_type',
  'monitoring_agent',
  'image_name',
  'volume_size',
  'os_architecture',
  'login_username',
  'os_type',
  'tc_env',
  'release_date',
  'deprecate_date',
]);

function ipv4ToNumber(ip: string): number | null {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return null;
  return parts.reduce((sum, part) => sum * 256 + part, 0);
}

export function ipInCidr(ip: string, cidr: string): boolean {
  const [network = '', bitsText = ''] = cidr.split('/');
  const address = ipv4ToNumber(ip);
  const base = ipv4ToNumber(network);
  const bits = Number(bitsText);
  if (address === null || base === null || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(address / size) === Math.floor(base / size);
}

/**
 * The subnets of the server's fixed IPs, in the order the record lists them. An IP inside several subnets
 * (overlapping VPCs) is told apart by the network name the record keys it by; if that does not settle it, the
 * subnet is left for the user to choose.
 */
export function subnetsOfServer(server: Server, subnets: VpcSubnet[]): string[] {
  const ids: string[] = [];
  for (const [networkName, addresses] of Object.entries(server.addresses)) {
    for (const address of addresses) {
      if (address['OS-EXT-IPS:type'] === 'floating') continue;
      let candidates = subnets.filter((subnet) => ipInCidr(address.addr, subnet.cidr));
      if (candidates.length > 1) candidates = candidates.filter((subnet) => subnet.vpc?.name === networkName || subnet.name === networkName);
      const only = candidates.length === 1 ? candidates[0] : undefined;
      if (only && !ids.includes(only.id)) ids.push(only.id);
    }
  }
  return ids;
}

/**
 * The networks of the server's fixed IPs, for plain OpenStack: the record keys addresses by network name, so a
 * name that exactly one network carries gives its id.
 */
export function networksOfServer(server: Server, networks: Network[]): string[] {
  const ids: string[] = [];
  for (const [networkName, addresses] of Object.entries(server.addresses)) {
    if (!addresses.some((address) => address['OS-EXT-IPS:type'] !== 'floating')) continue;
    const named = networks.filter((network) => network.name === networkName);
    const only = named.length === 1 ? named[0] : undefined;
    if (only && !ids.includes(only.id)) ids.push(only.id);
  }
  return ids;
}

export interface PrefillSources {
  /** NHN Cloud: the VPC subnets (null when not listed). */
  subnets: VpcSubnet[] | null;
  /** Plain OpenStack: Neutron's networks (null when not listed). */
  networks?: Network[] | null;
  volumes: Volume[] | null;
}

function nicsOf(server: Server, { subnets, networks }: PrefillSources): WizardValues['nics'] {
  if (subnets) return subnetsOfServer(server, subnets).map((id) => ({ kind: 'subnet', id, fixedIp: '' }));
  if (networks) return networksOfServer(server, networks).map((id) => ({ kind: 'network', id, fixedIp: '' }));
  return [];
}

/** "Create similar": the new draft repeats what can be told from the server's record. */
export function valuesFromServer(server: Server, sources: PrefillSources): WizardValues {
  const attached = new Set(server['os-extended-volumes:volumes_attached'].map((volume) => volume.id));
  const rootVolume = sources.volumes?.find((volume) => attached.has(volume.id) && volume.bootable && volume.attachments.some((a) => a.server_id === server.id && a.device === '/dev/vda'));
  // NHN copies the root size into the metadata ("volume_size": "50").
  const rootSize = Number(server.metadata.volume_size ?? rootVolume?.size);
  const metadata = Object.entries(server.metadata)
    .filter(([key]) => !IMAGE_METADATA_KEYS.has(key))
    .map(([key, value]) => ({ key, value }));
  return {
    ...EMPTY_VALUES,
    imageId: serverImageId(server) ?? '',
    flavorId: serverFlavorId(server) ?? '',
    root: { ...emptyVolume(EMPTY_VALUES.root.deleteOnTermination), volumeType: rootVolume?.volume_type ?? '', sizeGb: Number.isInteger(rootSize) && rootSize > 0 ? rootSize : '' },
    // The fixed IPs and ports are the old server's own: the copy gets new ones.
    nics: nicsOf(server, sources),
    securityGroups: [...new Set(server.security_groups.map((group) => group.name))],
    keyName: server.key_name ?? '',
    name: server.name ? `${server.name}-copy` : '',
    availabilityZone: server['OS-EXT-AZ:availability_zone'] ?? '',
    metadata,
  };
}
