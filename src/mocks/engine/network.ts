/** Ports and fixed IPs: a server's NICs live in the network service, as on Neutron. */
import { macAddress, uuid } from '../random';
import type { SimPort, SimState, SimSubnet } from '../state';
import { intToIp, usableRange } from './ip';

/** The addresses taken in one subnet, and where to look for the next free one. */
export interface IpPool {
  used: Set<string>;
  cursor: number;
}

export function ipPool(state: SimState, subnet: SimSubnet): IpPool {
  const used = new Set<string>();
  for (const port of state.ports) if (port.subnetId === subnet.id) used.add(port.ip);
  return { used, cursor: usableRange(subnet.cidr).first };
}

/** The lowest free address from the pool's cursor on, or null when the subnet is full. The pool is updated. */
export function nextFreeIp(subnet: SimSubnet, pool: IpPool): string | null {
  const { last } = usableRange(subnet.cidr);
  for (; pool.cursor <= last; pool.cursor += 1) {
    const ip = intToIp(pool.cursor);
    if (!pool.used.has(ip)) {
      pool.used.add(ip);
      return ip;
    }
  }
  return null;
}

export interface NewPort {
  subnet: SimSubnet;
  ip: string;
  deviceId: string;
  deviceOwner: string;
  securityGroupIds: string[];
  preexisting?: boolean;
  name?: string;
  now: number;
}

export function addPort(state: SimState, spec: NewPort): SimPort {
  const port: SimPort = {
    id: uuid(state),
    name: spec.name ?? '',
    tenantId: spec.subnet.tenantId,
    networkId: spec.subnet.vpcId,
    subnetId: spec.subnet.id,
    ip: spec.ip,
    mac: macAddress(state),
    deviceId: spec.deviceId,
    deviceOwner: spec.deviceOwner,
    securityGroupIds: [...spec.securityGroupIds],
    preexisting: spec.preexisting ?? false,
    createdAt: spec.now,
  };
  state.ports.push(port);
  return port;
}

/** Groups items by a key once, so per-server lookups in a 5,000-server list stay linear. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!k) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
