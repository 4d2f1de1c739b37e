/** Lookup tables built once per request, so rendering a 5,000-server page stays linear. */
import { groupBy } from '../engine/network';
import type { SimFlavor, SimFloatingIp, SimPort, SimSecurityGroup, SimState, SimVolume, SimVpc } from '../state';

export interface ViewIndex {
  flavor(id: string): SimFlavor | undefined;
  ports(serverId: string): SimPort[];
  volumes(serverId: string): SimVolume[];
  vpc(id: string): SimVpc | undefined;
  group(id: string): SimSecurityGroup | undefined;
  floatingIp(portId: string): SimFloatingIp | undefined;
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export function createViewIndex(state: SimState): ViewIndex {
  const flavors = lazy(() => new Map(state.flavors.map((f) => [f.id, f])));
  const ports = lazy(() => groupBy(state.ports, (p) => p.deviceId));
  const volumes = lazy(() => groupBy(state.volumes, (v) => v.attachment?.serverId));
  const vpcs = lazy(() => new Map(state.vpcs.map((v) => [v.id, v])));
  const groups = lazy(() => new Map(state.securityGroups.map((g) => [g.id, g])));
  const fips = lazy(() => new Map(state.floatingIps.flatMap((f) => (f.portId ? [[f.portId, f] as const] : []))));
  return {
    flavor: (id) => flavors().get(id),
    ports: (serverId) => ports().get(serverId) ?? [],
    volumes: (serverId) =>
      [...(volumes().get(serverId) ?? [])].sort((a, b) => (a.attachment?.device ?? '').localeCompare(b.attachment?.device ?? '')),
    vpc: (id) => vpcs().get(id),
    group: (id) => groups().get(id),
    floatingIp: (portId) => fips().get(portId),
  };
}
