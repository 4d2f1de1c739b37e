/** POST /servers: `networks` entries become NICs (an existing port, or a subnet and maybe a fixed IP). */
import { badRequest, conflict, forbidden, notFound } from '../http/faults';
import type { SimState, SimSubnet, SimVpc } from '../state';
import type { NetworkRequest } from './create-parse';
import { cidrContains } from './ip';
import type { NicRequest } from './server-factory';

function visibleVpc(state: SimState, tenantId: string, id: string): SimVpc | undefined {
  return state.vpcs.find((vpc) => vpc.id === id && (vpc.tenantId === tenantId || vpc.shared));
}

function visibleSubnet(state: SimState, tenantId: string, id: string): SimSubnet | undefined {
  return state.subnets.find((subnet) => subnet.id === id && (subnet.tenantId === tenantId || visibleVpc(state, tenantId, subnet.vpcId)?.shared));
}

/**
 * Nova with no `networks` picks the only network a project can see; here the shared `public_network` is
 * always visible too, so it must refuse, as Nova does when there is more than one.
 */
export function resolveNics(state: SimState, tenantId: string, requests: NetworkRequest[] | null, maxCount: number): NicRequest[] {
  if (!requests || requests.length === 0) throw conflict('Multiple possible networks found, use a Network ID to be more specific.');
  for (const request of requests) {
    if (request.port && maxCount > 1) {
      throw badRequest(
        'Failed to launch instances: Unable to launch multiple instances with a single configured port ID. Please launch your instance one by one with different ports.',
      );
    }
    if (request.fixedIp && maxCount > 1) {
      throw badRequest('Failed to launch instances: max_count cannot be greater than 1 if an fixed_ip is specified.');
    }
  }
  return requests.map((request) => resolveNic(state, tenantId, request));
}

function resolveNic(state: SimState, tenantId: string, request: NetworkRequest): NicRequest {
  if (request.port) {
    const port = state.ports.find((p) => p.id === request.port && p.tenantId === tenantId);
    if (!port) throw badRequest(`Port ${request.port} could not be found.`);
    if (port.deviceId) throw conflict(`Port ${port.id} is still in use.`);
    const subnet = state.subnets.find((s) => s.id === port.subnetId);
    if (!subnet) throw notFound(`Subnet ${port.subnetId} could not be found.`);
    return { subnet, port };
  }
  const network = request.uuid ? visibleVpc(state, tenantId, request.uuid) : undefined;
  if (request.uuid && !network) throw badRequest(`Network ${request.uuid} could not be found.`);
  let subnet = request.subnet ? visibleSubnet(state, tenantId, request.subnet) : undefined;
  if (request.subnet && !subnet) throw badRequest(`Subnet ${request.subnet} could not be found.`);
  if (subnet && network && subnet.vpcId !== network.id) throw badRequest(`Subnet ${subnet.id} does not belong to network ${network.id}.`);
  const vpc = network ?? (subnet ? visibleVpc(state, tenantId, subnet.vpcId) : undefined);
  if (!vpc) throw badRequest(`Network ${request.uuid ?? ''} could not be found.`);
  if (vpc.external) throw forbidden(`It is not allowed to create an interface on external network ${vpc.id}`);
  const candidates = state.subnets.filter((s) => s.vpcId === vpc.id);
  if (request.fixedIp) {
    const ip = request.fixedIp;
    subnet ??= candidates.find((s) => cidrContains(s.cidr, ip));
    if (!subnet || !cidrContains(subnet.cidr, ip)) throw badRequest(`Fixed IP address ${ip} is not valid on network ${vpc.id}.`);
    const holder = state.ports.find((p) => p.subnetId === subnet?.id && p.ip === ip);
    if (holder) throw conflict(`Fixed IP address ${ip} is already in use on instance ${holder.deviceId || holder.id}.`);
    return { subnet, ip };
  }
  subnet ??= candidates[0];
  if (!subnet) throw badRequest(`Network ${vpc.id} has no subnet.`);
  return { subnet };
}
