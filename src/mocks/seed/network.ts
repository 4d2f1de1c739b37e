/** VPCs, subnets, security groups: NHN's VPC model, where a VPC is a Neutron network and a VPC subnet a subnet. */
import { uuid, type RandomSource } from '../random';
import type { SimSecurityGroup, SimSecurityGroupRule, SimSubnet, SimVpc } from '../state';
import { DAY_MS, DEMO_TENANT_ID } from './constants';

export interface SeedNetwork {
  vpcs: SimVpc[];
  subnets: SimSubnet[];
  securityGroups: SimSecurityGroup[];
}

const PUBLIC_OWNER = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

export function seedNetwork(source: RandomSource, now: number): SeedNetwork {
  const created = now - 200 * DAY_MS;
  const defaultVpc: SimVpc = { id: uuid(source), name: 'Default Network', tenantId: DEMO_TENANT_ID, cidr: '192.168.0.0/16', external: false, shared: false, createdAt: created };
  const batchVpc: SimVpc = { id: uuid(source), name: 'batch-vpc', tenantId: DEMO_TENANT_ID, cidr: '10.0.0.0/16', external: false, shared: false, createdAt: created + DAY_MS };
  const publicVpc: SimVpc = { id: uuid(source), name: 'public_network', tenantId: PUBLIC_OWNER, cidr: '0.0.0.0/0', external: true, shared: true, createdAt: created - DAY_MS };
  const internetGateway = uuid(source);
  const subnet = (vpc: SimVpc, name: string, cidr: string, gateway: string, igw: string | null): SimSubnet => ({
    id: uuid(source),
    name,
    vpcId: vpc.id,
    tenantId: vpc.tenantId,
    cidr,
    gateway,
    internetGatewayId: igw,
    routingTableId: uuid(source),
    createdAt: vpc.createdAt,
  });
  const subnets = [
    subnet(defaultVpc, 'Default Network', '192.168.0.0/24', '192.168.0.1', internetGateway),
    subnet(defaultVpc, 'private-subnet', '192.168.1.0/24', '192.168.1.1', null),
    subnet(batchVpc, 'batch-subnet', '10.0.0.0/16', '10.0.0.1', null),
    subnet(publicVpc, 'public_subnet', '133.186.128.0/17', '133.186.128.1', null),
  ];
  return { vpcs: [defaultVpc, batchVpc, publicVpc], subnets, securityGroups: seedSecurityGroups(source) };
}

function seedSecurityGroups(source: RandomSource): SimSecurityGroup[] {
  const defaultId = uuid(source);
  const webId = uuid(source);
  const rule = (partial: Partial<SimSecurityGroupRule> & Pick<SimSecurityGroupRule, 'direction'>): SimSecurityGroupRule => ({
    id: uuid(source),
    ethertype: 'IPv4',
    protocol: null,
    portRangeMin: null,
    portRangeMax: null,
    remoteIpPrefix: null,
    remoteGroupId: null,
    description: '',
    ...partial,
  });
  const egressAll = () => [rule({ direction: 'egress' }), rule({ direction: 'egress', ethertype: 'IPv6' })];
  const tcpIn = (port: number) =>
    rule({ direction: 'ingress', protocol: 'tcp', portRangeMin: port, portRangeMax: port, remoteIpPrefix: '0.0.0.0/0' });
  return [
    {
      id: defaultId,
      name: 'default',
      description: 'Default security group',
      tenantId: DEMO_TENANT_ID,
      rules: [
        rule({ direction: 'ingress', remoteGroupId: defaultId }),
        rule({ direction: 'ingress', ethertype: 'IPv6', remoteGroupId: defaultId }),
        ...egressAll(),
      ],
    },
    { id: webId, name: 'web', description: 'SSH, HTTP and HTTPS from anywhere', tenantId: DEMO_TENANT_ID, rules: [tcpIn(22), tcpIn(80), tcpIn(443), ...egressAll()] },
  ];
}
