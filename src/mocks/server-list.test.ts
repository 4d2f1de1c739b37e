import { describe, expect, it } from 'vitest';
import { createSimulatedCloud } from './cloud';
import { createManualClock } from './clock';
import { sim, SIM_BASE_URL, SIM_TENANT_ID, simClock, TEST_SIM_CONFIG } from './node';
import { seeded, simClient, validCreateBody } from './test-client';
import { server as mswServer } from '../test/msw-server';

const list = async (query = '', detail = false) => simClient().compute('GET', `/servers${detail ? '/detail' : ''}${query}`);
const names = (body: { servers: Array<{ name: string }> }) => body.servers.map((s) => s.name);

describe('GET /servers: order and paging', () => {
  it('newest first (created desc), only id/links/name in the plain list', async () => {
    const response = await list();
    expect(response.status).toBe(200);
    expect(names(response.body).slice(0, 3)).toEqual(['build', 'private-db', 'gpu-active']);
    expect(Object.keys(response.body.servers[0]).sort()).toEqual(['id', 'links', 'name']);
    expect(response.body.servers_links).toBeUndefined();
  });

  it('servers made together come back last-made first', async () => {
    const created = await simClient().compute('POST', '/servers', validCreateBody({ max_count: 3, return_reservation_id: true }));
    const response = await list(`?reservation_id=${created.body.reservation_id}`);
    expect(names(response.body)).toEqual(['web-013', 'web-012', 'web-011']);
  });

  it('a full page has a next link (query sorted, marker set), and the last marker gives []', async () => {
    const all = names((await list()).body);
    const first = await list('?limit=2&status=active');
    expect(first.body.servers).toHaveLength(2);
    const lastId = first.body.servers[1].id as string;
    expect(first.body.servers_links).toEqual([
      { href: `${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}/servers?limit=2&marker=${lastId}&status=active`, rel: 'next' },
    ]);
    const walked: string[] = [];
    let url: string | undefined = `?limit=5`;
    for (let guard = 0; url && guard < 20; guard += 1) {
      const page = await list(url);
      walked.push(...names(page.body));
      const next = page.body.servers_links?.[0]?.href as string | undefined;
      url = next ? next.slice(next.indexOf('?')) : undefined;
    }
    expect(walked).toEqual(all);
    const lastPage = await list(`?marker=${(await list()).body.servers.at(-1).id}`);
    expect(lastPage.status).toBe(200);
    expect(lastPage.body.servers).toEqual([]);
  });

  it('a page exactly as long as the limit gets a next link even when nothing follows', async () => {
    const total = (await list()).body.servers.length;
    const response = await list(`?limit=${total}`);
    expect(response.body.servers_links).toHaveLength(1);
    const after = await list(response.body.servers_links[0].href.split('?')[1] ? `?${response.body.servers_links[0].href.split('?')[1]}` : '');
    expect(after.body.servers).toEqual([]);
  });

  it('a deleted server is still a valid marker', async () => {
    const id = seeded().server('shutoff').id;
    await simClient().compute('DELETE', `/servers/${id}`);
    simClock.advance(1000);
    expect((await list(`?marker=${id}`)).status).toBe(200);
  });

  it.each([
    ['an unknown marker', '?marker=nope', 'marker [nope] not found'],
    ['a negative limit', '?limit=-1', "Invalid input for query parameters limit. Value: -1. '-1' does not match '^[0-9]*$'"],
    ['a non-integer limit', '?limit=ten', "Invalid input for query parameters limit. Value: ten. 'ten' does not match '^[0-9]*$'"],
    ['an invalid name regex', '?name=(', "Invalid input for query parameters name. Value: (. '(' is not a 'regex'"],
    // The legacy /v2 path's words (recorded from real Nova), not /v2.1's schema message.
    ['a bad changes-since', '?changes-since=yesterday', 'Invalid filter field: changes-since.'],
    ['a changes-since whose + arrived as a space', '?changes-since=2020-01-01T00:00:00+00:00', 'Invalid filter field: changes-since.'],
  ])('%s is 400', async (_, query, message) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body.badRequest.message).toBe(message);
  });

  it('caps the limit at 1000 and pages through a 5,000-server fleet', async () => {
    const clock = createManualClock();
    const fleet = createSimulatedCloud({ baseUrl: 'http://fleet.test/sim', clock, config: { ...TEST_SIM_CONFIG, extraServers: 5000 } });
    mswServer.use(...fleet.handlers);
    const token = fleet.issueToken();
    const get = (query: string) =>
      fetch(`http://fleet.test/sim/compute/v2/${SIM_TENANT_ID}/servers/detail${query}`, { headers: { 'X-Auth-Token': token } }).then(
        (r) => r.json() as Promise<{ servers: Array<{ id: string }>; servers_links?: unknown[] }>,
      );
    const page = await get('?limit=5000');
    expect(page.servers).toHaveLength(1000);
    expect(page.servers_links).toHaveLength(1);
    const rest = await get(`?limit=1000&marker=${page.servers.at(-1)?.id ?? ''}`);
    expect(rest.servers).toHaveLength(1000);
  });
});

describe('GET /servers: filters', () => {
  it('name is an unanchored, case-insensitive regex; `|` is literal (MySQL escapes it)', async () => {
    expect(names((await list('?name=RESIZE')).body).sort()).toEqual(['resize', 'revert-resize', 'verify-resize']);
    expect(names((await list('?name=^resize$')).body)).toEqual(['resize']);
    expect(names((await list('?name=active|shutoff')).body)).toEqual([]);
  });

  it('status=ACTIVE goes through vm_state and includes REBOOT, RESIZE, PASSWORD... servers', async () => {
    const active = names((await list('?status=ACTIVE')).body);
    expect(active).toEqual(expect.arrayContaining(['active', 'reboot', 'hard-reboot', 'resize', 'migrating', 'password', 'rebuild']));
    expect(active).not.toContain('shutoff');
    expect(names((await list('?status=reboot')).body)).toEqual(['reboot']);
    expect(names((await list('?status=SHUTOFF&status=PAUSED')).body).sort()).toEqual(['paused', 'shutoff']);
  });

  it('an invalid status or an unknown flavor gives an empty list, not an error', async () => {
    expect((await list('?status=SLEEPING')).body.servers).toEqual([]);
    expect((await list('?status=UNKNOWN')).body.servers).toEqual([]);
    expect((await list('?flavor=nope')).body.servers).toEqual([]);
  });

  it('status=DELETED is for administrators only', async () => {
    expect((await list('?status=DELETED')).status).toBe(403);
  });

  it('flavor and image match exactly', async () => {
    const { flavor, image } = seeded();
    expect(names((await list(`?flavor=${flavor('u2.c2m4').id}`)).body)).toEqual(['u2-active']);
    const windows = names((await list(`?image=${image('Windows 2019').id}`)).body);
    expect(windows).toEqual(['win-active']);
  });

  it('changes-since (>=, zone-less read as UTC) is the only way to see deleted servers', async () => {
    const deleted = seeded().server('deleted');
    expect(names((await list()).body)).not.toContain('deleted');
    const since = await list('?changes-since=2026-06-30T08:00:00', true);
    const row = since.body.servers.find((s: { name: string }) => s.name === 'deleted');
    expect(row).toMatchObject({ status: 'DELETED', id: deleted.id });
    expect(row['OS-SRV-USG:terminated_at']).toBe('2026-06-30T09:00:00.000000');
    expect(names((await list('?changes-since=2026-06-30T09:00:00Z')).body)).toContain('deleted');
    expect(names((await list('?changes-since=2026-06-30T09:00:00.001Z')).body)).not.toContain('deleted');
    expect(names((await list('?changes-since=2026-06-30T10:00:00%2B01:00')).body)).toContain('deleted');
  });

  it('ip is a regex over the fixed IPs', async () => {
    const port = sim.state().ports.find((p) => p.deviceId === seeded().server('private-db').id);
    expect(names((await list(`?ip=^${(port?.ip ?? '').replace(/\./g, '\\.')}$`)).body)).toEqual(['private-db']);
  });

  it('unknown query keys are ignored (novaclient sends is_public=None)', async () => {
    const response = await list('?is_public=None&all_tenants=1&sort=whatever');
    expect(response.status).toBe(200);
    expect(response.body.servers.length).toBe((await list()).body.servers.length);
  });

  it('GET /servers/{name} is 404 and GET /servers?name= finds it (what real clients do)', async () => {
    const byName = await simClient().compute('GET', '/servers/active');
    expect(byName.status).toBe(404);
    expect(byName.body.itemNotFound.message).toBe('Instance active could not be found.');
    expect(names((await list('?name=^active$')).body)).toEqual(['active']);
  });
});

describe('the server record (docs/nova-behaviour.md, "The server record")', () => {
  const detail = async (name: string) => (await simClient().compute('GET', `/servers/${seeded().server(name).id}`)).body.server;

  it('timestamps: created/updated with Z, launched_at zone-less with microseconds', async () => {
    const server = await detail('active');
    expect(server.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(server.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(server['OS-SRV-USG:launched_at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    expect(server['OS-SRV-USG:terminated_at']).toBeNull();
  });

  it('progress only for ACTIVE/BUILD/REBUILD/RESIZE/VERIFY_RESIZE/MIGRATING; fault only for ERROR', async () => {
    for (const name of ['active', 'build', 'rebuild', 'resize', 'verify-resize', 'migrating']) expect(await detail(name)).toHaveProperty('progress');
    for (const name of ['shutoff', 'error', 'paused', 'shelved-offloaded', 'reboot']) expect(await detail(name)).not.toHaveProperty('progress');
    expect((await detail('error')).fault).toMatchObject({ code: 500, message: expect.stringContaining('hypervisor') as unknown });
    expect(await detail('active')).not.toHaveProperty('fault');
  });

  it('image "" for a server booted from a volume; hostId "" without a host', async () => {
    expect((await detail('volume-boot')).image).toBe('');
    expect((await detail('shelved-offloaded')).hostId).toBe('');
    expect((await detail('build')).hostId).toBe('');
  });

  it('addresses by network name with MAC, version and type; the floating IP too', async () => {
    const server = await detail('public-web');
    const entries = server.addresses['Default Network'];
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ version: 4, 'OS-EXT-IPS:type': 'fixed' });
    expect(entries[1]).toMatchObject({ addr: '133.186.151.32', 'OS-EXT-IPS:type': 'floating' });
    expect(entries[0]['OS-EXT-IPS-MAC:mac_addr']).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
  });

  it('the Windows server’s metadata looks like the spec’s example', async () => {
    expect((await detail('win-active')).metadata).toMatchObject({
      os_distro: 'Windows',
      os_type: 'Windows',
      login_username: 'Administrator',
      volume_size: '50',
      project_domain: 'NORMAL',
    });
  });

  it('the record has every field the spec lists', async () => {
    const server = await detail('active');
    for (const key of [
      'OS-EXT-STS:task_state',
      'OS-EXT-STS:vm_state',
      'OS-EXT-STS:power_state',
      'OS-EXT-AZ:availability_zone',
      'os-extended-volumes:volumes_attached',
      'NHN-EXT-ATTR:ephemeral_disk_size',
      'security_groups',
      'key_name',
      'tenant_id',
      'user_id',
      'accessIPv4',
      'config_drive',
    ]) {
      expect(server).toHaveProperty([key]);
    }
    expect(server['os-extended-volumes:volumes_attached']).toHaveLength(2);
  });

  it('PUT renames and answers Nova’s reduced 2.1 record', async () => {
    const id = seeded().server('active').id;
    const response = await simClient().compute('PUT', `/servers/${id}`, { server: { name: 'renamed' } });
    expect(response.status).toBe(200);
    expect(response.body.server.name).toBe('renamed');
    expect(response.body.server).not.toHaveProperty('OS-EXT-STS:vm_state');
    expect(response.body.server.addresses['Default Network'][0]).toEqual({ addr: expect.any(String) as unknown, version: 4 });
    expect((await simClient().compute('PUT', `/servers/${id}`, { server: { name: ' x' } })).status).toBe(400);
    expect(sim.state().servers.find((s) => s.id === id)?.name).toBe('renamed');
  });
});
