/** NHN Cloud's Keystone v2.0 token API; the catalog points every service back at this cloud. */
import { SimFault } from '../http/faults';
import { json } from '../http/respond';
import type { RequestContext, SimRoute } from '../http/router';
import { isRecord } from '../http/validate';
import { TOKEN_TTL_MS } from '../seed/constants';
import type { SimState, SimToken } from '../state';
import { isoSeconds, zonelessMicros } from '../time-format';

const REGIONS = ['KR1', 'KR2'];

const keystoneValidation = (what: string) =>
  new SimFault(
    400,
    `Expecting to find ${what} in request body. The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.`,
  );

/** Token ids are truly random (not from the seeded PRNG): issuing one must not shift the seed's ids. */
function newTokenId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(96));
  const body = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `gAAAAA${body}`;
}

export function issueToken(state: SimState, userId: string, tenantId: string, now: number, ttlMs = TOKEN_TTL_MS): SimToken {
  const token: SimToken = { id: newTokenId(), userId, tenantId, issuedAt: now, expiresAt: now + ttlMs, revoked: false };
  state.tokens = state.tokens.filter((t) => !t.revoked && t.expiresAt > now - TOKEN_TTL_MS);
  state.tokens.push(token);
  return token;
}

export function serviceCatalog(baseUrl: string, tenantId: string) {
  const service = (type: string, name: string, url: string) => ({
    type,
    name,
    endpoints: REGIONS.map((region) => ({ region, publicURL: url })),
    endpoints_links: [],
  });
  return [
    service('compute', 'nova', `${baseUrl}/compute/v2/${tenantId}`),
    service('image', 'glance', `${baseUrl}/image`),
    service('network', 'neutron', `${baseUrl}/network`),
    service('volumev2', 'cinderv2', `${baseUrl}/volume/v2/${tenantId}`),
    service('identity', 'keystone', `${baseUrl}/identity/v2.0`),
  ];
}

async function createToken(ctx: RequestContext): Promise<Response> {
  let body: unknown;
  try {
    body = await ctx.readJson();
  } catch {
    throw keystoneValidation('valid JSON');
  }
  const auth = isRecord(body) ? body.auth : undefined;
  if (!isRecord(auth)) throw keystoneValidation('auth');
  if (auth.token !== undefined) return exchangeToken(ctx, auth);
  const credentials = auth.passwordCredentials;
  if (!isRecord(credentials) || typeof credentials.username !== 'string' || typeof credentials.password !== 'string') {
    throw keystoneValidation('passwordCredentials');
  }
  const tenant = ctx.state.tenants.find((t) => t.id === auth.tenantId || (auth.tenantId === undefined && t.name === auth.tenantName));
  const user = ctx.state.users.find((u) => u.name === credentials.username);
  if (!user) throw new SimFault(401, `Could not find user: ${credentials.username}.`);
  if (user.password !== credentials.password) throw new SimFault(401, 'Invalid user / password');
  if (auth.tenantId === undefined && auth.tenantName === undefined) throw keystoneValidation('tenantId or tenantName');
  if (!tenant) throw new SimFault(401, `Could not find project: ${String(auth.tenantId ?? auth.tenantName)}.`);
  if (!user.tenantIds.includes(tenant.id)) throw new SimFault(401, `User ${user.id} is unauthorized for tenant ${tenant.id}`);

  return tokenAnswer(ctx, issueToken(ctx.state, user.id, tenant.id, ctx.now));
}

/** Keystone v2.0 token-for-token (`auth.token.id`): a new token for the same user, with the old one's expiry. */
function exchangeToken(ctx: RequestContext, auth: Record<string, unknown>): Response {
  const given = isRecord(auth.token) ? auth.token.id : undefined;
  if (typeof given !== 'string') throw keystoneValidation('token');
  if (typeof auth.tenantId !== 'string') throw keystoneValidation('tenantId or tenantName');
  const old = ctx.state.tokens.find((t) => t.id === given);
  if (!old || old.revoked || old.expiresAt <= ctx.now) throw new SimFault(401, 'The request you have made requires authentication.');
  const tenant = ctx.state.tenants.find((t) => t.id === auth.tenantId);
  if (!tenant) throw new SimFault(401, `Could not find project: ${auth.tenantId}.`);
  const user = ctx.state.users.find((u) => u.id === old.userId);
  if (!user?.tenantIds.includes(tenant.id)) throw new SimFault(401, `User ${old.userId} is unauthorized for tenant ${tenant.id}`);
  return tokenAnswer(ctx, issueToken(ctx.state, user.id, tenant.id, ctx.now, old.expiresAt - ctx.now));
}

function tokenAnswer(ctx: RequestContext, token: SimToken): Response {
  const tenant = ctx.state.tenants.find((t) => t.id === token.tenantId);
  const user = ctx.state.users.find((u) => u.id === token.userId);
  if (!tenant || !user) throw new SimFault(401, 'The request you have made requires authentication.');
  const roles = [{ name: 'project_admin' }];
  return json({
    access: {
      token: {
        id: token.id,
        expires: isoSeconds(token.expiresAt),
        issued_at: zonelessMicros(token.issuedAt),
        tenant: { id: tenant.id, name: tenant.name, description: '', enabled: true, project_domain: 'NORMAL' },
        audit_ids: [token.id.slice(-22)],
      },
      serviceCatalog: serviceCatalog(ctx.baseUrl, tenant.id),
      user: { id: user.id, username: user.name, name: user.name, roles, roles_links: [] },
      metadata: { roles: ['project_admin'], is_admin: 0 },
    },
  });
}

export const identityRoutes: SimRoute[] = [{ method: 'POST', path: '/identity/v2.0/tokens', service: 'identity', open: true, handle: createToken }];
