/** Nova's 2.1 server record, irregularities included (docs/nova-behaviour.md, "The server record"). */
import { statusOf } from '../engine/status';
import type { SimServer } from '../state';
import { isoSeconds, zonelessMicros } from '../time-format';
import { bookmarkOnly, hostIdOf, selfAndBookmark, type LinkBase } from './links';
import type { ViewIndex } from './view-index';

const WITH_PROGRESS = new Set(['ACTIVE', 'BUILD', 'REBUILD', 'RESIZE', 'VERIFY_RESIZE', 'MIGRATING']);

export function serverSummaryView(server: SimServer, base: LinkBase) {
  return { id: server.id, links: selfAndBookmark(base, 'servers', server.id), name: server.name };
}

function addressesOf(server: SimServer, index: ViewIndex, full: boolean) {
  const addresses: Record<string, Array<Record<string, unknown>>> = {};
  if (!server.networkReady) return addresses;
  for (const port of index.ports(server.id)) {
    const name = index.vpc(port.networkId)?.name ?? port.networkId;
    const list = (addresses[name] ??= []);
    const entry = (addr: string, type: 'fixed' | 'floating') =>
      full ? { 'OS-EXT-IPS-MAC:mac_addr': port.mac, version: 4, addr, 'OS-EXT-IPS:type': type } : { addr, version: 4 };
    list.push(entry(port.ip, 'fixed'));
    const fip = index.floatingIp(port.id);
    if (fip) list.push(entry(fip.address, 'floating'));
  }
  return addresses;
}

function securityGroupsOf(server: SimServer, index: ViewIndex): Array<{ name: string }> {
  if (!server.networkReady) return [];
  const names = new Set<string>();
  for (const port of index.ports(server.id)) {
    for (const id of port.securityGroupIds) names.add(index.group(id)?.name ?? id);
  }
  return [...names].map((name) => ({ name }));
}

/** The fields every view shares, in Nova's `show` with nothing extended. */
function basicView(server: SimServer, base: LinkBase, index: ViewIndex, fullAddresses: boolean) {
  const status = statusOf(server);
  return {
    id: server.id,
    name: server.name,
    status,
    tenant_id: server.tenantId,
    user_id: server.userId,
    metadata: { ...server.metadata },
    hostId: hostIdOf(server.tenantId, server.host),
    image: server.imageId ? { id: server.imageId, links: bookmarkOnly(base, 'images', server.imageId) } : '',
    flavor: { id: server.flavorId, links: bookmarkOnly(base, 'flavors', server.flavorId) },
    created: isoSeconds(server.createdAt),
    updated: isoSeconds(server.updatedAt),
    addresses: addressesOf(server, index, fullAddresses),
    accessIPv4: '',
    accessIPv6: '',
    links: selfAndBookmark(base, 'servers', server.id),
    'OS-DCF:diskConfig': 'MANUAL',
    ...(WITH_PROGRESS.has(status) ? { progress: server.progress } : {}),
    ...((status === 'ERROR' || status === 'DELETED') && server.fault
      ? { fault: { code: server.fault.code, created: isoSeconds(server.fault.createdAt), message: server.fault.message } }
      : {}),
  };
}

export function serverDetailView(server: SimServer, base: LinkBase, index: ViewIndex) {
  const groups = securityGroupsOf(server, index);
  return {
    ...basicView(server, base, index, true),
    'OS-EXT-AZ:availability_zone': server.availabilityZone,
    config_drive: '',
    key_name: server.keyName,
    'OS-SRV-USG:launched_at': server.launchedAt === null ? null : zonelessMicros(server.launchedAt),
    'OS-SRV-USG:terminated_at': server.terminatedAt === null ? null : zonelessMicros(server.terminatedAt),
    'OS-EXT-STS:task_state': server.taskState,
    'OS-EXT-STS:vm_state': server.vmState,
    'OS-EXT-STS:power_state': server.powerState,
    'os-extended-volumes:volumes_attached': index.volumes(server.id).map((volume) => ({ id: volume.id })),
    ...(groups.length > 0 ? { security_groups: groups } : {}),
    'NHN-EXT-ATTR:ephemeral_disk_size': index.flavor(server.flavorId)?.ephemeral ?? 0,
  };
}

/** `PUT /servers/{id}` below 2.75 answers a reduced record: no extended attributes, addresses as {addr, version}. */
export function serverUpdateView(server: SimServer, base: LinkBase, index: ViewIndex) {
  return basicView(server, base, index, false);
}
