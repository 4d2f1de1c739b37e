import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllowlist } from '../allowlist.js';
import { createProxyHandler } from '../proxy.js';
import { listen, type Listening, raw, withoutMsw } from '../test-http.js';
import { SIM_DEMO_ACCOUNT, type SimServer, startSimServer } from './sim-server.js';

withoutMsw();

let sim: SimServer;
let proxy: Listening;
let prefix = '';

beforeAll(async () => {
  sim = await startSimServer({ config: { transitionMs: 50 }, controls: true });
  proxy = await listen(createProxyHandler({ allowlist: parseAllowlist(sim.url), publicOrigins: [], host: '127.0.0.1', timeoutMs: 5_000, maxRequestBytes: 1 << 20, maxResponseBytes: 1 << 24, log: null }));
  prefix = `/proxy/http/${new URL(sim.url).host}`;
});

afterAll(async () => {
  await Promise.all([sim.close(), proxy.close()]);
});

interface Catalog {
  type: string;
  endpoints: Array<{ region: string; publicURL: string }>;
}
interface Named {
  id: string;
  name: string;
  status?: string;
}
/** The few fields these tests read, from whichever answer they read them. */
interface Answer {
  access: { token: { id: string }; serviceCatalog: Catalog[] };
  servers: Named[];
  server: Named;
  images: Named[];
  flavors: Named[];
  networks: Named[];
  version: { id: string };
}
const json = (text: string) => JSON.parse(text) as Answer;

async function signIn(): Promise<{ token: string; catalog: Catalog[] }> {
  const body = JSON.stringify({
    auth: { tenantId: SIM_DEMO_ACCOUNT.tenantId, passwordCredentials: { username: SIM_DEMO_ACCOUNT.username, password: SIM_DEMO_ACCOUNT.password } },
  });
  const response = await raw(proxy.port, `${prefix}/identity/v2.0/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    body,
  });
  expect(response.status).toBe(200);
  const access = json(response.body).access;
  return { token: access.token.id, catalog: access.serviceCatalog };
}

describe('the simulated cloud over HTTP', () => {
  it('issues a token whose catalog points every service at its own origin', async () => {
    const { catalog } = await signIn();
    const compute = catalog.find((entry) => entry.type === 'compute')?.endpoints.find((endpoint) => endpoint.region === 'KR1');
    expect(compute?.publicURL).toBe(`${sim.url}/compute/v2/${SIM_DEMO_ACCOUNT.tenantId}`);
    expect(catalog.map((entry) => entry.type)).toEqual(expect.arrayContaining(['compute', 'image', 'network', 'volumev2']));
  });

  it('serves compute, image, network and block storage through the proxy with that token', async () => {
    const { token } = await signIn();
    const headers = { 'X-Auth-Token': token };
    const tenant = SIM_DEMO_ACCOUNT.tenantId;
    const servers = await raw(proxy.port, `${prefix}/compute/v2/${tenant}/servers/detail`, { headers });
    expect(servers.status).toBe(200);
    expect(json(servers.body).servers.map((server) => server.name)).toContain('active');
    expect(servers.headers['x-compute-request-id']).toMatch(/^req-/);
    expect((await raw(proxy.port, `${prefix}/image/v2/images`, { headers })).status).toBe(200);
    expect((await raw(proxy.port, `${prefix}/network/v2.0/vpcsubnets`, { headers })).status).toBe(200);
    expect((await raw(proxy.port, `${prefix}/volume/v2/${tenant}/types`, { headers })).status).toBe(200);
  });

  it('answers the version documents without a token, and 401 in Keystone’s shape without one elsewhere', async () => {
    expect(json((await raw(proxy.port, `${prefix}/compute/v2`)).body).version.id).toBe('v2.0');
    const denied = await raw(proxy.port, `${prefix}/compute/v2/${SIM_DEMO_ACCOUNT.tenantId}/servers`);
    expect(denied.status).toBe(401);
    expect(denied.headers['www-authenticate']).toBe(`Keystone uri="${sim.url}/identity/v2.0"`);
  });

  it('revokes a token through its control endpoint', async () => {
    const { token } = await signIn();
    const path = `${prefix}/compute/v2/${SIM_DEMO_ACCOUNT.tenantId}/flavors`;
    expect((await raw(proxy.port, path, { headers: { 'X-Auth-Token': token } })).status).toBe(200);
    const body = JSON.stringify({ token });
    const revoked = await raw(Number(new URL(sim.url).port), '/__sim/tokens/revoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      body,
    });
    expect(revoked.status).toBe(200);
    expect((await raw(proxy.port, path, { headers: { 'X-Auth-Token': token } })).status).toBe(401);
  });

  it('serves no test controls unless the process that starts it asks: no token without credentials', async () => {
    const plain = await startSimServer();
    const proxyToPlain = await listen(createProxyHandler({ allowlist: parseAllowlist(plain.url), publicOrigins: [], host: '127.0.0.1', timeoutMs: 5_000, maxRequestBytes: 1 << 20, maxResponseBytes: 1 << 24, log: null }));
    try {
      const paths = ['/__sim/tokens/issue', '/__sim/config', '/__sim/reset', '/__sim/fail-next'];
      for (const path of paths) {
        const direct = await raw(Number(new URL(plain.url).port), path, { method: 'POST', headers: { 'content-length': 2 }, body: '{}' });
        const proxied = await raw(proxyToPlain.port, `/proxy/http/${new URL(plain.url).host}${path}`, { method: 'POST', headers: { 'content-length': 2 }, body: '{}' });
        // Unknown to the cloud: refused like any path it does not serve (401 without a token), never carried out.
        expect([path, direct.status >= 400, proxied.status >= 400]).toEqual([path, true, true]);
        expect(direct.body + proxied.body).not.toMatch(/"token"|queued|reset/i);
      }
      expect((await raw(Number(new URL(plain.url).port), '/__sim/config')).body).not.toContain('transitionMs');
    } finally {
      await Promise.all([plain.close(), proxyToPlain.close()]);
    }
  });

  it('creates a server that goes BUILD to ACTIVE on the system clock', async () => {
    const { token } = await signIn();
    const tenant = SIM_DEMO_ACCOUNT.tenantId;
    const headers = { 'X-Auth-Token': token, 'content-type': 'application/json' };
    const get = async (path: string) => json((await raw(proxy.port, `${prefix}${path}`, { headers })).body);
    const image = (await get('/image/v2/images?name=Ubuntu%20Server%2022.04%20LTS%20(2025.07.15)')).images[0]?.id;
    const flavor = (await get(`/compute/v2/${tenant}/flavors`)).flavors.find((f) => f.name === 'u2.c2m4')?.id;
    const network = (await get('/network/v2.0/networks?name=Default%20Network')).networks[0]?.id;
    const body = JSON.stringify({
      server: {
        name: 'http-made',
        imageRef: image,
        flavorRef: flavor,
        key_name: 'demo-key',
        networks: [{ uuid: network }],
        block_device_mapping_v2: [{ uuid: image, boot_index: 0, source_type: 'image', destination_type: 'local', delete_on_termination: true }],
      },
    });
    const created = await raw(proxy.port, `${prefix}/compute/v2/${tenant}/servers`, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, body });
    expect(created.status, created.body).toBe(202);
    const id = json(created.body).server.id;
    await expect.poll(async () => (await get(`/compute/v2/${tenant}/servers/${id}`)).server.status, { timeout: 5_000 }).toBe('ACTIVE');
  });
});
