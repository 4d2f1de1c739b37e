import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import securityGroups from './__fixtures__/nhn/security-groups.json';
import vpcSubnets from './__fixtures__/nhn/vpcsubnets.json';
import { NETWORK, withTestSession } from './__fixtures__/test-session';
import { listNetworks, listPorts, listSecurityGroups, listVpcSubnets } from './network';

withTestSession();

describe('network', () => {
  it('lists VPC subnets with their VPC and routing table', async () => {
    answer('get', `${NETWORK}/v2.0/vpcsubnets`, () => HttpResponse.json(vpcSubnets));
    const [first, second] = await listVpcSubnets();
    expect(first).toMatchObject({ cidr: '192.168.1.0/24', vpc: { name: 'hcpak-network' }, routingtable: { gateway_id: '4d6f3b31-f58d-4b39-9787-c1c39c6282ac' } });
    expect(second?.routingtable?.gateway_id).toBeUndefined();
  });

  it('lists security groups with their rules', async () => {
    answer('get', `${NETWORK}/v2.0/security-groups`, () => HttpResponse.json(securityGroups));
    const [group] = await listSecurityGroups();
    expect(group?.name).toBe('default');
    expect(group?.security_group_rules.map((rule) => [rule.direction, rule.protocol, rule.port_range_min])).toEqual([
      ['ingress', null, null],
      ['egress', null, null],
      ['ingress', 'tcp', 22],
    ]);
  });

  it('lists networks and the ports of one server', async () => {
    answer('get', `${NETWORK}/v2.0/networks`, () => HttpResponse.json({ networks: [{ id: 'n', name: 'Default Network', subnets: ['s'], status: 'ACTIVE' }] }));
    const ports = answer('get', `${NETWORK}/v2.0/ports`, () =>
      HttpResponse.json({ ports: [{ id: 'pt', name: '', network_id: 'n', device_id: 'srv', fixed_ips: [{ subnet_id: 's', ip_address: '10.0.0.5' }] }] }),
    );
    expect((await listNetworks())[0]?.subnets).toEqual(['s']);
    const [port] = await listPorts({ device_id: 'srv' });
    expect(ports[0]?.url.search).toBe('?device_id=srv');
    expect(port).toMatchObject({ fixed_ips: [{ ip_address: '10.0.0.5' }], security_groups: [] });
  });
});
