import { describe, expect, it } from 'vitest';
import { sim, SIM_BASE_URL, SIM_TENANT_ID, simClock } from './node';
import { seeded, simClient } from './test-client';

describe('image service', () => {
  const images = (query = '') => simClient().image('GET', `/v2/images${query}`);

  it('lists public images tagged _AVAILABLE_ and the project’s own, newest first, with flattened properties', async () => {
    const response = await images();
    expect(response.status).toBe(200);
    const names = response.body.images.map((i: { name: string }) => i.name);
    expect(names).toContain('Windows 2022 STD (2025.07.15) EN');
    expect(names).toContain('web-golden (2026.05.02)');
    const windows = response.body.images.find((i: { name: string }) => i.name.startsWith('Windows 2019'));
    expect(windows).toMatchObject({ os_type: 'windows', min_disk: 50, min_ram: 2048, login_username: 'Administrator', visibility: 'public', status: 'active' });
    expect(windows.tags).toEqual(['_AVAILABLE_']);
    const centos = response.body.images.find((i: { name: string }) => i.name.startsWith('CentOS 7.9'));
    expect(centos).toMatchObject({ min_disk: 20, min_ram: 0, os_type: 'linux' });
    expect(response.body.first).toBe('/v2/images');
    expect(response.body.schema).toBe('/v2/schemas/images');
  });

  it('filters by visibility, tag, name and any property', async () => {
    expect((await images('?visibility=private')).body.images.map((i: { name: string }) => i.name)).toEqual(['web-golden (2026.05.02)']);
    expect((await images('?tag=_AVAILABLE_')).body.images.every((i: { visibility: string }) => i.visibility === 'public')).toBe(true);
    expect((await images('?os_type=windows')).body.images).toHaveLength(2);
    expect((await images('?name=CentOS%207.9%20(2024.06.18)')).body.images).toHaveLength(1);
    expect((await images('?visibility=everyone')).status).toBe(400);
  });

  it('pages with limit and marker: `next` on a full page', async () => {
    const all = (await images('?sort_key=name&sort_dir=asc')).body.images.map((i: { id: string }) => i.id);
    const first = await images('?sort_key=name&sort_dir=asc&limit=3');
    expect(first.body.images.map((i: { id: string }) => i.id)).toEqual(all.slice(0, 3));
    expect(first.body.next).toBe(`/v2/images?sort_key=name&sort_dir=asc&limit=3&marker=${all[2]}`);
    const second = await images(first.body.next.slice('/v2/images'.length));
    expect(second.body.images.map((i: { id: string }) => i.id)).toEqual(all.slice(3, 6));
    expect((await images('?marker=nope')).status).toBe(400);
    expect((await images('?limit=-1')).status).toBe(400);
  });

  it('shows one image, 404 (WebOb JSON) for an unknown one', async () => {
    const id = seeded().image('Debian').id;
    expect((await simClient().image('GET', `/v2/images/${id}`)).body.id).toBe(id);
    const missing = await simClient().image('GET', '/v2/images/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ code: '404 Not Found', title: 'Not Found', message: 'No image found with ID nope' });
  });
});

describe('network service', () => {
  const network = (path: string) => simClient().network('GET', `/v2.0/${path}`);

  it('VPCs include the shared external public_network', async () => {
    const response = await network('vpcs');
    const byName = new Map(response.body.vpcs.map((v: { name: string }) => [v.name, v]));
    expect(byName.get('Default Network')).toMatchObject({ cidrv4: '192.168.0.0/16', 'router:external': false, state: 'available' });
    expect(byName.get('public_network')).toMatchObject({ 'router:external': true, shared: true, cidrv4: '0.0.0.0/0' });
    expect((byName.get('Default Network') as { create_time: string }).create_time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it('VPC subnets carry their VPC, routing table and internet gateway', async () => {
    const response = await network('vpcsubnets');
    const subnet = response.body.vpcsubnets.find((s: { name: string }) => s.name === 'Default Network');
    expect(subnet).toMatchObject({ cidr: '192.168.0.0/24', gateway: '192.168.0.1', vpc: { name: 'Default Network' } });
    expect(subnet.routingtable.gateway_id).toMatch(/^[0-9a-f-]{36}$/);
    const privateSubnet = response.body.vpcsubnets.find((s: { name: string }) => s.name === 'private-subnet');
    expect(privateSubnet.routingtable.gateway_id).toBeNull();
    expect(subnet.available_ip_count).toBeLessThan(244);
  });

  it('networks and subnets (Neutron view); a VPC is a network with the same id', async () => {
    const networks = await network('networks');
    const vpcs = await network('vpcs');
    expect(networks.body.networks.map((n: { id: string }) => n.id).sort()).toEqual(vpcs.body.vpcs.map((v: { id: string }) => v.id).sort());
    const subnets = await network('subnets?name=private-subnet');
    expect(subnets.body.subnets).toEqual([expect.objectContaining({ cidr: '192.168.1.0/24', gateway_ip: '192.168.1.1', ip_version: 4 })]);
  });

  it('a server’s ports by device_id, and fields=', async () => {
    const id = seeded().server('public-web').id;
    const ports = await network(`ports?device_id=${id}`);
    expect(ports.body.ports).toHaveLength(1);
    expect(ports.body.ports[0]).toMatchObject({ device_id: id, device_owner: 'compute:kr-pub-a', status: 'ACTIVE' });
    const narrow = await network(`ports?device_id=${id}&fields=id&fields=mac_address`);
    expect(Object.keys(narrow.body.ports[0]).sort()).toEqual(['id', 'mac_address']);
  });

  it('security groups with their rules: default (ingress from the group, egress all) and web', async () => {
    const response = await network('security-groups');
    const byName = new Map(response.body.security_groups.map((g: { name: string }) => [g.name, g]));
    const defaultGroup = byName.get('default') as { id: string; security_group_rules: Array<Record<string, unknown>> };
    expect(defaultGroup.security_group_rules.filter((r) => r.direction === 'ingress').every((r) => r.remote_group_id === defaultGroup.id)).toBe(true);
    const web = byName.get('web') as { security_group_rules: Array<Record<string, unknown>> };
    expect(web.security_group_rules.filter((r) => r.direction === 'ingress').map((r) => r.port_range_min)).toEqual([22, 80, 443]);
  });

  it('show by id; 404 in Neutron’s shape', async () => {
    const vpc = sim.state().vpcs[0];
    expect((await network(`networks/${vpc?.id ?? ''}`)).body.network.name).toBe(vpc?.name);
    const missing = await network('networks/nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ NeutronError: { type: 'NetworkNotFound', message: 'Network nope could not be found.', detail: '' } });
  });

  it('the floating IP of public-web', async () => {
    const response = await network('floatingips');
    expect(response.body.floatingips).toEqual([expect.objectContaining({ floating_ip_address: '133.186.151.32', status: 'ACTIVE' })]);
  });
});

describe('block storage service', () => {
  const volume = (path: string) => simClient().volume('GET', path);

  it('volume types, the encrypted one marked in its extra specs', async () => {
    const response = await volume('/types');
    expect(response.body.volume_types.map((t: { name: string }) => t.name)).toEqual(['General HDD', 'General SSD', 'Encrypted HDD']);
    expect(response.body.volume_types[2].extra_specs.encrypted).toBe('true');
  });

  it('volumes/detail: bootable as a string, zone-less created_at, attachments of attached volumes', async () => {
    const response = await volume('/volumes/detail');
    const byName = new Map(response.body.volumes.map((v: { name: string }) => [v.name, v]));
    const data = byName.get('active-data') as Record<string, unknown>;
    expect(data).toMatchObject({ bootable: 'false', status: 'in-use', size: 100, volume_type: 'General HDD', multiattach: false });
    expect(data.attachments).toEqual([expect.objectContaining({ server_id: seeded().server('active').id, device: '/dev/vdb' })]);
    expect(data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    expect(byName.get('active-root')).toMatchObject({ bootable: 'true', volume_image_metadata: expect.objectContaining({ os_type: 'linux' }) as unknown });
    expect(byName.get('data-a')).toMatchObject({ status: 'available', availability_zone: 'kr-pub-a', attachments: [] });
    expect(byName.get('data-b')).toMatchObject({ availability_zone: 'kr-pub-b' });
    expect(byName.get('encrypted-data')).toMatchObject({ encrypted: true, nhn_encryption: expect.objectContaining({ skm_key_id: expect.any(String) as unknown }) as unknown });
  });

  it('limit, offset, marker and sort', async () => {
    const all = (await volume('/volumes?sort=name:asc')).body.volumes.map((v: { name: string }) => v.name);
    expect(all).toEqual([...all].sort());
    expect((await volume('/volumes?sort=name:asc&limit=2&offset=1')).body.volumes.map((v: { name: string }) => v.name)).toEqual(all.slice(1, 3));
    const page = await volume('/volumes?sort=name:asc&limit=2');
    expect(page.body.volumes_links[0].href).toContain('marker=');
    expect((await volume('/volumes?marker=nope')).status).toBe(400);
  });

  it('one volume; 404 in Cinder’s shape; the tenant in the URL must be the token’s', async () => {
    const id = sim.state().volumes[0]?.id ?? '';
    expect((await volume(`/volumes/${id}`)).body.volume.links[0].href).toBe(`${SIM_BASE_URL}/volume/v2/${SIM_TENANT_ID}/volumes/${id}`);
    const missing = await volume('/volumes/nope');
    expect(missing.body).toEqual({ itemNotFound: { code: 404, message: 'Volume nope could not be found.' } });
  });

  it('a new server’s volumes go creating → in-use as it builds', async () => {
    const server = seeded().server('build');
    const root = () => sim.state().volumes.find((v) => v.attachment?.serverId === server.id);
    expect(root()?.status).toBe('creating');
    simClock.advance(3000);
    await volume('/volumes');
    expect(root()?.status).toBe('in-use');
  });
});
