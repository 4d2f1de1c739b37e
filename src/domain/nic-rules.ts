/**
 * The network interfaces of a new server: spec, server.networks "A NIC is added for each network specified.
 * Specify each network using Network ID, Subnet ID, Port ID, or Fixed IP."
 */
import type { Port } from '../api/schemas/network';
import type { ServerNetwork } from '../api/schemas/server-create';
import { type CloudProfile, ruleApplies } from './cloud-profile';

/** `subnet`: an NHN VPC subnet; `network`: a Neutron network by uuid; `port`: an existing port. */
export type NicKind = 'subnet' | 'network' | 'port';

export interface NicChoice {
  kind: NicKind;
  id: string;
  /** The address the NIC gets; '' lets the cloud pick one. Never for a port (it has its own). */
  fixedIp: string;
}

/** `subnet` is NHN's own key: upstream Nova ignores it and answers 400 "Bad network format: missing 'uuid'". */
export function nicKindAllowed(kind: NicKind, profile: CloudProfile): boolean {
  return kind !== 'subnet' || ruleApplies('vpcSubnets', profile);
}

/** The kind of NIC a listed (or typed) network of the cloud becomes: NHN's VPC subnets, or Neutron's networks. */
export function networkNicKind(profile: CloudProfile): 'subnet' | 'network' {
  return ruleApplies('vpcSubnets', profile) ? 'subnet' : 'network';
}

/** A port a new server can take: no server (or router, DHCP agent) holds it. Nova: 409 "Port ... is still in use." */
export function isFreePort(port: Pick<Port, 'device_id' | 'device_owner'>): boolean {
  return !port.device_id && !port.device_owner;
}

/** One entry of `server.networks`. */
export function networkEntry(nic: NicChoice): ServerNetwork {
  if (nic.kind === 'port') return { port: nic.id };
  const entry: ServerNetwork = nic.kind === 'subnet' ? { subnet: nic.id } : { uuid: nic.id };
  return nic.fixedIp === '' ? entry : { ...entry, fixed_ip: nic.fixedIp };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(text: string): boolean {
  if (!text.includes(':') || !/^[0-9a-f:.]+$/i.test(text)) return false;
  try {
    return new URL(`http://[${text}]/`).hostname !== '';
  } catch {
    return false;
  }
}

/** Nova's `fixed_ip` is an IPv4 or IPv6 address (schema format `ip-address`); whether the network has it is the cloud's to say. */
export function isFixedIp(text: string): boolean {
  return IPV4.test(text) || isIpv6(text);
}

export type NicProblem =
  | { code: 'none' }
  | { code: 'kind-unsupported'; index: number }
  | { code: 'fixed-ip-format'; index: number }
  | { code: 'port-fixed-ip'; index: number }
  | { code: 'duplicate-port'; index: number }
  | { code: 'single-instance'; count: number };

/**
 * What Nova refuses in `networks`, before the request is sent. Nova: a fixed IP or a port together with
 * max_count > 1 is 400 ("Unable to launch multiple instances with a single configured port ID", "max_count cannot
 * be greater than 1 if an fixed_ip is specified"); a port with a fixed IP is 400 ("the two cannot be specified
 * together"); one port cannot be two NICs.
 */
export function nicProblems(nics: readonly NicChoice[], count: number, profile: CloudProfile): NicProblem[] {
  if (nics.length === 0) return [{ code: 'none' }];
  const problems: NicProblem[] = [];
  const ports = new Set<string>();
  nics.forEach((nic, index) => {
    if (!nicKindAllowed(nic.kind, profile)) problems.push({ code: 'kind-unsupported', index });
    if (nic.kind === 'port') {
      if (nic.fixedIp !== '') problems.push({ code: 'port-fixed-ip', index });
      if (ports.has(nic.id)) problems.push({ code: 'duplicate-port', index });
      ports.add(nic.id);
    } else if (nic.fixedIp !== '' && !isFixedIp(nic.fixedIp)) {
      problems.push({ code: 'fixed-ip-format', index });
    }
  });
  if (count > 1 && nics.some((nic) => nic.kind === 'port' || nic.fixedIp !== '')) problems.push({ code: 'single-instance', count });
  return problems;
}
