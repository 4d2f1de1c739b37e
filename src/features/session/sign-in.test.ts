import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogError } from '../../api/catalog';
import { sessionStore } from '../../api/session';
import { setUnauthorizedHandler } from '../../api/unauthorized';
import { sim, SIM_TENANT_ID } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { getReauthReason, handleUnauthorized, requestReauth, settleReauth } from './reauth-store';
import { SESSION_STORAGE_KEY } from './session-storage';
import { commitSignIn, EndpointNotAllowedError, signInWithPassword, signInWithToken, signInWithV3 } from './sign-in';
import { testConsoleConfig as config, useTestProxy } from './test-proxy';

const password = { region: 'KR1', tenantId: SIM_TENANT_ID, userName: 'demo@example.com', password: 'demo' };
const compute = `/proxy/http/localhost/sim/compute/v2/${SIM_TENANT_ID}`;

beforeEach(() => useTestProxy());
afterEach(() => {
  sessionStorage.clear();
  settleReauth(undefined);
});

describe('signInWithPassword', () => {
  it('issues a token through the proxy and takes every endpoint of the region from the catalog, as proxy URLs', async () => {
    const { session, signIn } = await signInWithPassword(config, password);
    expect(session).toEqual({
      mode: 'live',
      token: expect.any(String) as unknown,
      tenantId: SIM_TENANT_ID,
      region: 'KR1',
      // No NHN host here, but the network service lists NHN's VPC subnets.
      profile: 'nhn',
      endpoints: {
        compute,
        image: '/proxy/http/localhost/sim/image',
        network: '/proxy/http/localhost/sim/network',
        volume: `/proxy/http/localhost/sim/volume/v2/${SIM_TENANT_ID}`,
      },
      expiresAt: '2026-07-01T21:00:00Z',
      userName: 'demo@example.com',
      // NHN's project administrator, not Nova's administrator.
      roles: ['project_admin'],
    });
    expect(signIn).toEqual({ method: 'password', region: 'KR1', tenantId: SIM_TENANT_ID, userName: 'demo@example.com' });
    expect(JSON.stringify(signIn)).not.toContain('"demo"');
  });

  it("gives the identity service's own message for wrong credentials and an unknown tenant", async () => {
    await expect(signInWithPassword(config, { ...password, password: 'wrong' })).rejects.toMatchObject({ status: 401, message: 'Invalid user / password' });
    const unknown = 'f'.repeat(32);
    await expect(signInWithPassword(config, { ...password, tenantId: unknown })).rejects.toMatchObject({ status: 401, message: `Could not find project: ${unknown}.` });
  });

  it('names the regions that do have compute when the chosen one has none', async () => {
    const error: unknown = await signInWithPassword(config, { ...password, region: 'KR3' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect(error).toMatchObject({ region: 'KR3', availableRegions: ['KR1', 'KR2'] });
  });

  it('refuses a catalog whose endpoints the proxy would not reach', async () => {
    server.use(
      http.post('/proxy/http/localhost/sim/identity/v2.0/tokens', () =>
        HttpResponse.json({
          access: {
            token: { id: 't', expires: '2026-07-01T21:00:00Z', tenant: { id: SIM_TENANT_ID } },
            serviceCatalog: [{ type: 'compute', endpoints: [{ region: 'KR1', publicURL: 'https://compute.elsewhere.test/v2/t' }] }],
          },
        }),
      ),
    );
    await expect(signInWithPassword(config, password)).rejects.toEqual(new EndpointNotAllowedError('compute', 'https://compute.elsewhere.test'));
  });
});

describe('signInWithToken', () => {
  it('exchanges a token for one with the catalog of the chosen region', async () => {
    const first = await signInWithPassword(config, password);
    const { session, signIn } = await signInWithToken(config, { token: first.session.token, tenantId: SIM_TENANT_ID, region: 'KR2' });
    expect(session).toMatchObject({ region: 'KR2', endpoints: { compute }, expiresAt: first.session.expiresAt });
    expect(session.token).not.toBe(first.session.token);
    expect(signIn).toEqual({ method: 'token', region: 'KR2', tenantId: SIM_TENANT_ID });
  });

  it('uses endpoint URLs as typed after one call shows the token works, with no expiry known', async () => {
    const token = sim.issueToken();
    const endpoints = { compute: `http://localhost/sim/compute/v2/${SIM_TENANT_ID}` };
    const { session, signIn } = await signInWithToken(config, { token, tenantId: SIM_TENANT_ID, region: 'RegionOne', endpoints });
    // Nothing shows an NHN Cloud: no NHN host, no network service to ask.
    expect(session).toEqual({ mode: 'live', token, tenantId: SIM_TENANT_ID, region: 'RegionOne', profile: 'openstack', endpoints: { compute }, expiresAt: null });
    expect(signIn.endpoints).toEqual(endpoints);
    expect(sessionStore.get()).toBeNull();
  });

  describe('decides the cloud profile from what the network service shows', () => {
    const VPC_SUBNETS = '/proxy/http/localhost/sim/network/v2.0/vpcsubnets';
    const signInWithNetwork = () =>
      signInWithToken(config, {
        token: sim.issueToken(),
        tenantId: SIM_TENANT_ID,
        region: 'RegionOne',
        endpoints: { compute: `http://localhost/sim/compute/v2/${SIM_TENANT_ID}`, network: 'http://localhost/sim/network' },
      });

    it("NHN Cloud when it lists NHN's VPC subnets", async () => {
      expect((await signInWithNetwork()).session.profile).toBe('nhn');
    });

    it('OpenStack when vpcsubnets is unknown (Neutron answers 404)', async () => {
      server.use(http.get(VPC_SUBNETS, () => HttpResponse.json({ NeutronError: { type: 'HTTPNotFound', message: 'The resource could not be found.', detail: '' } }, { status: 404 })));
      expect((await signInWithNetwork()).session.profile).toBe('openstack');
    });

    it('OpenStack when vpcsubnets is an empty list (a stand-in that answers any list)', async () => {
      server.use(http.get(VPC_SUBNETS, () => HttpResponse.json({ vpcsubnets: [] })));
      expect((await signInWithNetwork()).session.profile).toBe('openstack');
    });

    it("OpenStack when the probe's answer is refused, without the sign-in dialog", async () => {
      const remove = setUnauthorizedHandler(handleUnauthorized);
      try {
        server.use(http.get(VPC_SUBNETS, () => HttpResponse.json({ error: { code: 401, title: 'Unauthorized', message: 'no' } }, { status: 401 })));
        expect((await signInWithNetwork()).session.profile).toBe('openstack');
        expect(getReauthReason()).toBeNull();
      } finally {
        remove();
      }
    });
  });

  it('reports a refused token without opening the sign-in dialog, and leaves the session as it was', async () => {
    const remove = setUnauthorizedHandler(handleUnauthorized);
    try {
      const endpoints = { compute: `http://localhost/sim/compute/v2/${SIM_TENANT_ID}` };
      await expect(signInWithToken(config, { token: 'revoked', tenantId: SIM_TENANT_ID, region: 'KR1', endpoints })).rejects.toMatchObject({ status: 401 });
      expect(getReauthReason()).toBeNull();
      expect(sessionStore.get()).toBeNull();
    } finally {
      remove();
    }
  });
});

describe('signInWithV3', () => {
  it('refuses an identity URL the proxy does not reach before sending the password anywhere', async () => {
    const input = { identityUrl: 'https://keystone.other.test/v3', userName: 'a', userDomain: 'Default', password: 'p', project: 'ops', projectDomain: 'Default', region: '' };
    await expect(signInWithV3(config, input)).rejects.toBeInstanceOf(EndpointNotAllowedError);
  });

  it('takes the only compute region of the catalog when none was typed', async () => {
    server.use(
      http.post('/proxy/http/localhost/keystone/v3/auth/tokens', () =>
        HttpResponse.json(
          {
            token: {
              expires_at: '2026-07-01T21:00:00.000000Z',
              project: { id: SIM_TENANT_ID, name: 'ops' },
              catalog: [{ type: 'compute', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: 'http://localhost/nova/v2.1' }] }],
            },
          },
          { status: 201, headers: { 'X-Subject-Token': 'v3-token' } },
        ),
      ),
    );
    const input = { identityUrl: 'http://localhost/keystone/v3', userName: 'alice', userDomain: 'Default', password: 'p', project: 'ops', projectDomain: 'Default', region: '' };
    const { session, signIn } = await signInWithV3(config, input);
    expect(session).toMatchObject({ token: 'v3-token', region: 'RegionOne', profile: 'openstack', endpoints: { compute: '/proxy/http/localhost/nova/v2.1' } });
    expect(signIn).toMatchObject({ method: 'v3', region: 'RegionOne', identityUrl: 'http://localhost/keystone/v3', project: 'ops' });
  });
});

describe('commitSignIn', () => {
  it('stores the session in this tab and drops the cache and pending actions of another project or the demo', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['servers'], ['from the demo']);
    sessionStore.set({ mode: 'demo', token: 'd', tenantId: SIM_TENANT_ID, region: 'KR1', profile: 'nhn', endpoints: { compute: 'http://localhost/sim/x' }, expiresAt: null });
    const result = await signInWithPassword(config, password);
    commitSignIn(result, queryClient);
    expect(sessionStore.get()).toEqual(result.session);
    expect(queryClient.getQueryData(['servers'])).toBeUndefined();
    const stored = sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '';
    expect(stored).toContain(result.session.token);
    expect(stored).not.toContain('"password":');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('keeps the cache when the same project signs in again', async () => {
    const queryClient = new QueryClient();
    commitSignIn(await signInWithPassword(config, password), queryClient);
    queryClient.setQueryData(['servers'], ['kept']);
    commitSignIn(await signInWithPassword(config, password), queryClient);
    expect(queryClient.getQueryData(['servers'])).toEqual(['kept']);
  });
});

describe('the re-sign-in request', () => {
  it('is shared by parallel asks and answered once', async () => {
    const first = requestReauth('unauthorized');
    const second = requestReauth('expiring');
    expect(getReauthReason()).toBe('unauthorized');
    settleReauth('retry');
    expect(await first).toBe('retry');
    expect(await second).toBe('retry');
    expect(getReauthReason()).toBeNull();
  });
});
