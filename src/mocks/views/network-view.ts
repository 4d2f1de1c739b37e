/**
 * NHN VPC API and Neutron-compatible records (docs/nhn-cloud.md, "VPC and network records"). A VPC is a Neutron
 * network here.
 */
import { groupBy } from '../engine/network';
import { parseCidr, usableRange } from '../engine/ip';
import { uuidFromCounter } from '../random';
import type { SimFloatingIp, SimPort, SimSecurityGroup, SimState, SimSubnet, SimVpc } from '../state';
import { isoSeconds, nhnSpaceSeconds } from '../time-format';

export interface NetworkIndex {
  state: SimState;
  vpc(id: string): SimVpc | undefined;
  subnetsOf(vpcId: string): SimSubnet[];
  usedIps(subnetId: string): number;
  portActive(port: SimPort): boolean;
}

export function createNetworkIndex(state: SimState): NetworkIndex {
  const vpcs = new Map(state.vpcs.map((v) => [v.id, v]));
  const subnets = groupBy(state.subnets, (s) => s.vpcId);
  const ports = groupBy(state.ports, (p) => p.subnetId);
  const servers = new Map(state.servers.map((s) => [s.id, s]));
  return {
    state,
    vpc: (id) => vpcs.get(id),
    subnetsOf: (vpcId) => subnets.get(vpcId) ?? [],
    usedIps: (subnetId) => ports.get(subnetId)?.length ?? 0,
    portActive(port) {
      const server = servers.get(port.deviceId);
      return Boolean(server && server.networkReady && server.host && !server.deleted);
    },
  };
}

function stableId(seed: string): string {
  let hash = 7;
  for (const char of seed) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return uuidFromCounter(hash);
}

function routingTable(subnet: SimSubnet) {
  return { id: subnet.routingTableId, name: 'default_table', default_table: true, explicit: false, gateway_id: subnet.internetGatewayId };
}

export function vpcView(vpc: SimVpc) {
  return {
    id: vpc.id,
    name: vpc.name,
    tenant_id: vpc.tenantId,
    cidrv4: vpc.cidr,
    state: 'available',
    create_time: nhnSpaceSeconds(vpc.createdAt),
    shared: vpc.shared,
    'router:external': vpc.external,
  };
}

export function vpcSubnetView(subnet: SimSubnet, index: NetworkIndex) {
  const vpc = index.vpc(subnet.vpcId);
  const { first, last } = usableRange(subnet.cidr);
  const { size } = parseCidr(subnet.cidr);
  return {
    id: subnet.id,
    name: subnet.name,
    vpc_id: subnet.vpcId,
    vpc: vpc ? { id: vpc.id, name: vpc.name, cidrv4: vpc.cidr, state: 'available', shared: vpc.shared } : null,
    cidr: subnet.cidr,
    gateway: subnet.gateway,
    enable_dhcp: true,
    available_ip_count: Math.max(0, last - first + 1 - index.usedIps(subnet.id)),
    state: 'available',
    create_time: nhnSpaceSeconds(subnet.createdAt),
    shared: vpc?.shared ?? false,
    'router:external': vpc?.external ?? false,
    tenant_id: subnet.tenantId,
    hidden: false,
    routingtable: routingTable(subnet),
    routes: [
      {
        id: stableId(`route:${subnet.id}`),
        cidr: subnet.cidr.split('/')[0],
        mask: 32 - Math.log2(size),
        gateway: '0.0.0.0',
        subnet_id: subnet.id,
        tenant_id: subnet.tenantId,
      },
    ],
  };
}

export function vpcDetailView(vpc: SimVpc, index: NetworkIndex) {
  const subnets = index.subnetsOf(vpc.id);
  return { ...vpcView(vpc), subnets: subnets.map((s) => vpcSubnetView(s, index)), routingtables: subnets.map(routingTable) };
}

export function networkView(vpc: SimVpc, index: NetworkIndex) {
  return {
    id: vpc.id,
    name: vpc.name,
    status: 'ACTIVE',
    subnets: index.subnetsOf(vpc.id).map((s) => s.id),
    'router:external': vpc.external,
    shared: vpc.shared,
    admin_state_up: true,
    mtu: 1450,
    port_security_enabled: true,
    tenant_id: vpc.tenantId,
    project_id: vpc.tenantId,
    availability_zones: [],
    created_at: isoSeconds(vpc.createdAt),
    updated_at: isoSeconds(vpc.createdAt),
  };
}

export function subnetView(subnet: SimSubnet) {
  const { first, last } = usableRange(subnet.cidr);
  const ip = (n: number) => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
  return {
    id: subnet.id,
    name: subnet.name,
    network_id: subnet.vpcId,
    tenant_id: subnet.tenantId,
    project_id: subnet.tenantId,
    cidr: subnet.cidr,
    gateway_ip: subnet.gateway,
    ip_version: 4,
    enable_dhcp: true,
    allocation_pools: [{ start: ip(first), end: ip(last) }],
    dns_nameservers: [],
    host_routes: [],
    ipv6_address_mode: null,
    ipv6_ra_mode: null,
    created_at: isoSeconds(subnet.createdAt),
    updated_at: isoSeconds(subnet.createdAt),
  };
}

export function portView(port: SimPort, index: NetworkIndex) {
  return {
    id: port.id,
    name: port.name,
    status: index.portActive(port) ? 'ACTIVE' : 'DOWN',
    admin_state_up: true,
    network_id: port.networkId,
    tenant_id: port.tenantId,
    project_id: port.tenantId,
    mac_address: port.mac,
    fixed_ips: [{ subnet_id: port.subnetId, ip_address: port.ip }],
    device_owner: port.deviceOwner,
    device_id: port.deviceId,
    security_groups: [...port.securityGroupIds],
    port_security_enabled: true,
    allowed_address_pairs: [],
    'binding:vnic_type': 'normal',
    extra_dhcp_opts: [],
    created_at: isoSeconds(port.createdAt),
    updated_at: isoSeconds(port.createdAt),
  };
}

export function securityGroupView(group: SimSecurityGroup) {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    tenant_id: group.tenantId,
    project_id: group.tenantId,
    security_group_rules: group.rules.map((rule) => ({
      id: rule.id,
      direction: rule.direction,
      ethertype: rule.ethertype,
      protocol: rule.protocol,
      port_range_min: rule.portRangeMin,
      port_range_max: rule.portRangeMax,
      remote_ip_prefix: rule.remoteIpPrefix,
      remote_group_id: rule.remoteGroupId,
      security_group_id: group.id,
      tenant_id: group.tenantId,
      project_id: group.tenantId,
      description: rule.description,
    })),
  };
}

export function floatingIpView(fip: SimFloatingIp, index: NetworkIndex) {
  const port = fip.portId ? index.state.ports.find((p) => p.id === fip.portId) : undefined;
  const external = index.state.vpcs.find((v) => v.external);
  return {
    id: fip.id,
    floating_ip_address: fip.address,
    floating_network_id: external?.id ?? null,
    fixed_ip_address: port?.ip ?? null,
    port_id: port?.id ?? null,
    router_id: port ? stableId(`router:${port.networkId}`) : null,
    status: port ? 'ACTIVE' : 'DOWN',
    tenant_id: fip.tenantId,
    project_id: fip.tenantId,
  };
}
