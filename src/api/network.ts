import { request } from './client';
import {
  type Network,
  type Port,
  type SecurityGroup,
  type VpcSubnet,
  networkListResponseSchema,
  portListResponseSchema,
  securityGroupListResponseSchema,
  vpcSubnetListResponseSchema,
} from './schemas/network';

/** The subnets an instance can be created in (`networks: [{subnet: id}]`). */
export async function listVpcSubnets(signal?: AbortSignal): Promise<VpcSubnet[]> {
  const body = await request({ service: 'network', path: '/v2.0/vpcsubnets', schema: vpcSubnetListResponseSchema, signal });
  return body.vpcsubnets;
}

export async function listNetworks(signal?: AbortSignal): Promise<Network[]> {
  return (await request({ service: 'network', path: '/v2.0/networks', schema: networkListResponseSchema, signal })).networks;
}

export interface PortListParams {
  /** A server id: that server's NICs. */
  device_id?: string;
  network_id?: string;
}

export async function listPorts(params: PortListParams = {}, signal?: AbortSignal): Promise<Port[]> {
  const query = { device_id: params.device_id, network_id: params.network_id };
  return (await request({ service: 'network', path: '/v2.0/ports', query, schema: portListResponseSchema, signal })).ports;
}

/** With their rules. Instances reference groups by name. */
export async function listSecurityGroups(signal?: AbortSignal): Promise<SecurityGroup[]> {
  const body = await request({ service: 'network', path: '/v2.0/security-groups', schema: securityGroupListResponseSchema, signal });
  return body.security_groups;
}
