/** Side effects a server step has on other resources (hosts, ports, volumes), named so steps stay data. */
import type { SimServer, SimState } from '../state';

export type ServerEffect =
  | 'assign-host'
  | 'network-ready'
  | 'volumes-in-use'
  | 'launched'
  | 'apply-new-flavor'
  | 'restore-old-flavor'
  | 'end-resize'
  | 'offload'
  | 'remove';

export function hostFor(server: Pick<SimServer, 'id' | 'availabilityZone'>): string {
  let hash = 0;
  for (const char of server.id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `compute-${server.availabilityZone}-${String((hash % 24) + 1).padStart(2, '0')}`;
}

export function applyServerEffect(state: SimState, server: SimServer, effect: ServerEffect, at: number): void {
  switch (effect) {
    case 'assign-host':
      server.host = hostFor(server);
      return;
    case 'network-ready':
      server.networkReady = true;
      return;
    case 'volumes-in-use':
      setAttachedVolumesStatus(state, server.id, 'in-use', at);
      return;
    case 'launched':
      server.launchedAt = at;
      return;
    case 'apply-new-flavor':
      if (server.resize) server.flavorId = server.resize.newFlavorId;
      return;
    case 'restore-old-flavor':
      if (server.resize) server.flavorId = server.resize.oldFlavorId;
      return;
    case 'end-resize':
      server.resize = null;
      return;
    case 'offload':
      // Cinder keeps the attachment without a connector: NHN lists the root volume as `reserved`.
      server.host = null;
      setAttachedVolumesStatus(state, server.id, 'reserved', at);
      return;
    case 'remove':
      removeServer(state, server, at);
      return;
  }
}

function setAttachedVolumesStatus(state: SimState, serverId: string, status: string, at: number): void {
  for (const volume of state.volumes) {
    if (volume.attachment?.serverId !== serverId) continue;
    if (volume.status === 'detaching') continue;
    volume.status = status;
    volume.updatedAt = at;
  }
}

/** The end of DELETE: the row stays (for `changes-since`), everything it held is released. */
function removeServer(state: SimState, server: SimServer, at: number): void {
  server.deleted = true;
  server.vmState = 'deleted';
  server.taskState = null;
  server.powerState = 0;
  server.terminatedAt = at;
  server.networkReady = false;
  state.volumes = state.volumes.filter((volume) => {
    if (volume.attachment?.serverId !== server.id) return true;
    if (volume.attachment.deleteOnTermination) return false;
    volume.attachment = null;
    volume.status = 'available';
    volume.updatedAt = at;
    return true;
  });
  const removedPorts = new Set<string>();
  state.ports = state.ports.filter((port) => {
    if (port.deviceId !== server.id) return true;
    if (!port.preexisting) {
      removedPorts.add(port.id);
      return false;
    }
    port.deviceId = '';
    port.deviceOwner = '';
    return true;
  });
  for (const fip of state.floatingIps) {
    if (fip.portId && removedPorts.has(fip.portId)) fip.portId = null;
  }
  state.schedule = state.schedule.filter((step) => step.kind !== 'server' || step.serverId !== server.id);
}
