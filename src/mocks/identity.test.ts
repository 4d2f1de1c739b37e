import { describe, expect, it } from 'vitest';
import { sim, SIM_BASE_URL, SIM_TENANT_ID, simClock } from './node';
import { SANDBOX_TENANT_ID } from './seed/constants';
import { rawRequest, simClient } from './test-client';

const tokens = (body: unknown) => rawRequest('POST', '/identity/v2.0/tokens', body);
const demoAuth = (password = 'demo', tenantId = SIM_TENANT_ID, username = 'demo@example.com') => ({
  auth: { tenantId, passwordCredentials: { username, password } },
});

describe('identity: POST /identity/v2.0/tokens', () => {
  it('issues a 12-hour token with NHN’s catalog pointing back at the simulated cloud', async () => {
    const response = await tokens(demoAuth());
    expect(response.status).toBe(200);
    const { token, serviceCatalog, user } = response.body.access;
    expect(token.expires).toBe('2026-07-01T21:00:00Z');
    expect(token.issued_at).toBe('2026-07-01T09:00:00.000000');
    expect(token.tenant).toMatchObject({ id: SIM_TENANT_ID, enabled: true });
    expect(user.username).toBe('demo@example.com');
    const url = (type: string, region: string) =>
      serviceCatalog.find((s: { type: string }) => s.type === type).endpoints.find((e: { region: string }) => e.region === region).publicURL;
    for (const region of ['KR1', 'KR2']) {
      expect(url('compute', region)).toBe(`${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}`);
      expect(url('image', region)).toBe(`${SIM_BASE_URL}/image`);
      expect(url('network', region)).toBe(`${SIM_BASE_URL}/network`);
      expect(url('volumev2', region)).toBe(`${SIM_BASE_URL}/volume/v2/${SIM_TENANT_ID}`);
      expect(url('identity', region)).toBe(`${SIM_BASE_URL}/identity/v2.0`);
    }
    const servers = await rawRequest('GET', `${url('compute', 'KR1')}/servers`, undefined, { 'X-Auth-Token': token.id });
    expect(servers.status).toBe(200);
  });

  it.each([
    ['a wrong password', demoAuth('nope'), 'Invalid user / password'],
    ['an unknown user', demoAuth('demo', SIM_TENANT_ID, 'who@example.com'), 'Could not find user: who@example.com.'],
    ['an unknown tenant', demoAuth('demo', '00000000000000000000000000000000'), 'Could not find project: 00000000000000000000000000000000.'],
  ])('refuses %s with Keystone’s 401', async (_, body, message) => {
    const response = await tokens(body);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 401, title: 'Unauthorized', message } });
  });

  it('refuses a body without auth with 400', async () => {
    expect((await tokens({ nope: 1 })).status).toBe(400);
    expect((await tokens('{not json')).body.error.code).toBe(400);
  });
});

describe('tokens on every other endpoint', () => {
  const paths = ['/compute/v2/T/servers', '/image/v2/images', '/network/v2.0/vpcsubnets', '/volume/v2/T/types'].map((p) =>
    p.replace('T', SIM_TENANT_ID),
  );

  it.each(paths)('%s without a token is Keystone’s 401 with WWW-Authenticate', async (path) => {
    const response = await rawRequest('GET', path);
    expect(response.status).toBe(401);
    expect(response.body.error.message).toBe('The request you have made requires authentication.');
    expect(response.headers.get('WWW-Authenticate')).toBe(`Keystone uri="${SIM_BASE_URL}/identity/v2.0"`);
  });

  it('an unknown token is refused', async () => {
    expect((await simClient('gAAAAAforged').compute('GET', '/servers')).status).toBe(401);
  });

  it('a token stops working after 12 hours', async () => {
    const client = simClient();
    simClock.advance(12 * 60 * 60 * 1000 - 1);
    expect((await client.compute('GET', '/flavors')).status).toBe(200);
    simClock.advance(1);
    expect((await client.compute('GET', '/flavors')).status).toBe(401);
  });

  it('controls can expire every token or revoke one', async () => {
    const first = simClient();
    const second = simClient();
    sim.controls.revokeToken(first.token);
    expect((await first.compute('GET', '/flavors')).status).toBe(401);
    expect((await second.compute('GET', '/flavors')).status).toBe(200);
    sim.controls.expireTokens();
    expect((await second.compute('GET', '/flavors')).status).toBe(401);
  });

  it('a reset of the demo data keeps the session', async () => {
    const client = simClient();
    sim.controls.reset();
    expect((await client.compute('GET', '/servers')).status).toBe(200);
  });

  it('a tenant in the URL that is not the token’s is a 400, as Nova says it', async () => {
    const client = simClient();
    const response = await rawRequest('GET', `${SIM_BASE_URL}/compute/v2/${SANDBOX_TENANT_ID}/servers`, undefined, { 'X-Auth-Token': client.token });
    expect(response.status).toBe(400);
    expect(response.body.badRequest.message).toBe(
      `Malformed request URL: URL's project_id '${SANDBOX_TENANT_ID}' doesn't match Context's project_id '${SIM_TENANT_ID}'`,
    );
  });

  it('a token of another project sees only that project’s (empty) servers', async () => {
    const token = sim.issueToken({ tenantId: SANDBOX_TENANT_ID });
    const response = await rawRequest('GET', `${SIM_BASE_URL}/compute/v2/${SANDBOX_TENANT_ID}/servers`, undefined, { 'X-Auth-Token': token });
    expect(response.body.servers).toEqual([]);
  });
});

describe('headers and version documents', () => {
  it('every answer carries request ids; compute also the legacy header', async () => {
    const client = simClient();
    const compute = await client.compute('GET', '/flavors');
    expect(compute.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
    expect(compute.headers.get('x-compute-request-id')).toBe(compute.headers.get('x-openstack-request-id'));
    const image = await client.image('GET', '/v2/images');
    expect(image.headers.get('x-openstack-request-id')).toMatch(/^req-/);
    expect(image.headers.get('x-compute-request-id')).toBeNull();
  });

  it.each([
    ['/compute/v2', 200],
    ['/compute/v2/', 200],
    ['/compute/', 200],
    ['/image/', 300],
    ['/network/', 200],
    ['/identity/v2.0', 200],
  ])('GET %s answers without a token', async (path, status) => {
    const response = await rawRequest('GET', path);
    expect(response.status).toBe(status);
    expect(response.body.version ?? response.body.versions).toBeTruthy();
  });

  it('the compute version document is the legacy v2.0 one (no microversions)', async () => {
    const response = await rawRequest('GET', '/compute/v2');
    expect(response.body.version).toMatchObject({ id: 'v2.0', version: '', min_version: '' });
  });

  it('an unknown path is WebOb’s bare 404 once the token is valid', async () => {
    const client = simClient();
    const response = await client.compute('GET', '/os-hypervisors');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: '404 Not Found', title: 'Not Found' });
  });
});

describe('identity: token-for-token (auth.token)', () => {
  it('issues a new token with the catalog and the old token’s expiry', async () => {
    const first = (await tokens(demoAuth())).body.access.token;
    simClock.advance(60_000);
    const response = await tokens({ auth: { tenantId: SIM_TENANT_ID, token: { id: first.id } } });
    expect(response.status).toBe(200);
    const { token, serviceCatalog } = response.body.access;
    expect(token.id).not.toBe(first.id);
    expect(token.expires).toBe(first.expires);
    expect(serviceCatalog.map((entry: { type: string }) => entry.type)).toContain('compute');
  });

  it('refuses a revoked or unknown token, and a tenant the user has no role in', async () => {
    const first = (await tokens(demoAuth())).body.access.token;
    expect((await tokens({ auth: { tenantId: SIM_TENANT_ID, token: { id: 'nope' } } })).status).toBe(401);
    expect((await tokens({ auth: { tenantId: 'f'.repeat(32), token: { id: first.id } } })).body.error.message).toBe(`Could not find project: ${'f'.repeat(32)}.`);
    sim.controls.revokeToken(first.id);
    expect((await tokens({ auth: { tenantId: SIM_TENANT_ID, token: { id: first.id } } })).status).toBe(401);
  });
});
