import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import tokenResponse from './__fixtures__/nhn/token-response.json';
import { sessionFromToken } from './catalog';
import { exchangeTokenV2, issueTokenV3 } from './identity';

const V3 = 'http://localhost/keystone/v3';

const v3Answer = {
  token: {
    expires_at: '2026-07-01T21:00:00.000000Z',
    issued_at: '2026-07-01T09:00:00.000000Z',
    project: { id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', name: 'ops', domain: { id: 'default', name: 'Default' } },
    user: { id: 'u-1', name: 'alice', domain: { id: 'default', name: 'Default' } },
    catalog: [
      {
        type: 'compute',
        name: 'nova',
        endpoints: [
          { interface: 'internal', region: 'RegionOne', region_id: 'RegionOne', url: 'http://nova.internal:8774/v2.1' },
          { interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url: 'https://cloud.example.com:8774/v2.1' },
        ],
      },
      { type: 'image', name: 'glance', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: 'https://cloud.example.com:9292' }] },
      { type: 'identity', name: 'keystone', endpoints: [{ interface: 'public', region: 'RegionOne', url: V3 }] },
    ],
  },
};

const credentials = { identityUrl: V3, userName: 'alice', userDomain: 'Default', password: 'pw-v3', project: { name: 'ops', domain: 'Default' } };

describe('issueTokenV3', () => {
  it('posts a password identity scoped to a project name, reads X-Subject-Token and maps the public catalog', async () => {
    const calls = answer('post', `${V3}/auth/tokens`, () => HttpResponse.json(v3Answer, { status: 201, headers: { 'X-Subject-Token': 'v3-token' } }));
    const token = await issueTokenV3(credentials);
    expect(calls[0]?.body).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'alice', domain: { name: 'Default' }, password: 'pw-v3' } } },
        scope: { project: { name: 'ops', domain: { name: 'Default' } } },
      },
    });
    expect(token.access.token).toMatchObject({ id: 'v3-token', expires: '2026-07-01T21:00:00.000000Z', tenant: { id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' } });
    const session = sessionFromToken(token, { mode: 'live', region: 'regionone', userName: 'alice' });
    expect(session).toMatchObject({
      region: 'RegionOne',
      tenantId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      endpoints: { compute: 'https://cloud.example.com:8774/v2.1', image: 'https://cloud.example.com:9292' },
    });
  });

  it('carries the roles of the token into the session (an administrator may list deleted servers)', async () => {
    const withRoles = { token: { ...v3Answer.token, roles: [{ id: 'r1', name: 'admin' }, { id: 'r2', name: 'member' }] } };
    answer('post', `${V3}/auth/tokens`, () => HttpResponse.json(withRoles, { status: 201, headers: { 'X-Subject-Token': 't' } }));
    const session = sessionFromToken(await issueTokenV3(credentials), { mode: 'live', region: 'RegionOne' });
    expect(session.roles).toEqual(['admin', 'member']);
  });

  it('scopes by project id when given one', async () => {
    const calls = answer('post', `${V3}/auth/tokens`, () => HttpResponse.json(v3Answer, { status: 201, headers: { 'X-Subject-Token': 't' } }));
    await issueTokenV3({ ...credentials, project: { id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' } });
    expect(calls[0]?.body).toMatchObject({ auth: { scope: { project: { id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' } } } });
  });

  it('refuses an answer without X-Subject-Token or without a project scope', async () => {
    answer('post', `${V3}/auth/tokens`, () => HttpResponse.json(v3Answer, { status: 201 }));
    await expect(issueTokenV3(credentials)).rejects.toMatchObject({ kind: 'invalid-response', message: 'The identity service sent no X-Subject-Token header.' });
    const unscoped = { token: { ...v3Answer.token, project: undefined, catalog: [] } };
    answer('post', `${V3}/auth/tokens`, () => HttpResponse.json(unscoped, { status: 201, headers: { 'X-Subject-Token': 't' } }));
    await expect(issueTokenV3(credentials)).rejects.toMatchObject({ kind: 'invalid-response', message: expect.stringContaining('not scoped to a project') as unknown });
  });

  it("throws Keystone's 401 message verbatim", async () => {
    answer('post', `${V3}/auth/tokens`, () =>
      HttpResponse.json({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }, { status: 401 }),
    );
    await expect(issueTokenV3(credentials)).rejects.toMatchObject({ status: 401, message: 'The request you have made requires authentication.' });
  });
});

describe('exchangeTokenV2', () => {
  it('posts the existing token with the tenant and returns the new token with its catalog', async () => {
    const identity = 'http://localhost/sim/identity/v2.0';
    const calls = answer('post', `${identity}/tokens`, () => HttpResponse.json(tokenResponse));
    const token = await exchangeTokenV2({ identityUrl: identity, tenantId: 'f5073eaa26b64cffbee89411df94ce01', token: 'old-token' });
    expect(calls[0]?.body).toEqual({ auth: { tenantId: 'f5073eaa26b64cffbee89411df94ce01', token: { id: 'old-token' } } });
    expect(calls[0]?.headers.has('x-auth-token')).toBe(false);
    expect(token.access.serviceCatalog.length).toBeGreaterThan(0);
  });
});
