import { ApiError } from './api-error';
import { request, send } from './client';
import {
  type TokenAuthRequestBody,
  type TokenRequestBody,
  type TokenResponse,
  tokenResponseSchema,
  type TokenV3Response,
  tokenV3ResponseSchema,
} from './schemas/identity';

export interface TokenCredentials {
  /** The identity endpoint up to its version, e.g. `https://api-identity-infrastructure.nhncloudservice.com/v2.0`. */
  identityUrl: string;
  tenantId: string;
  /** The NHN Cloud account (e-mail) or IAM id. */
  username: string;
  /** The *API* password of "Set API Endpoint", not the console login password. Never logged, never kept. */
  password: string;
}

/**
 * NHN Keystone v2.0 token issue. There is no session yet: the URL is absolute and no token is sent, and a 401
 * (wrong credentials) is thrown as is instead of going to the unauthorized handler.
 */
export async function issueTokenV2(credentials: TokenCredentials, signal?: AbortSignal): Promise<TokenResponse> {
  const { identityUrl, tenantId, username, password } = credentials;
  const body: TokenRequestBody = { auth: { tenantId, passwordCredentials: { username, password } } };
  return request({
    service: 'identity',
    baseUrl: identityUrl,
    auth: false,
    method: 'POST',
    path: '/tokens',
    body,
    schema: tokenResponseSchema,
    signal,
  });
}

export interface TokenExchange {
  identityUrl: string;
  tenantId: string;
  /** A token the user already has (e.g. from `openstack token issue`). */
  token: string;
}

/**
 * Keystone v2.0 token-for-token: the same `POST /tokens` with `auth.token.id` gives a token scoped to the tenant
 * together with the service catalog (Keystone keeps the original expiry). Used when the user brings a token.
 */
export async function exchangeTokenV2(exchange: TokenExchange, signal?: AbortSignal): Promise<TokenResponse> {
  const body: TokenAuthRequestBody = { auth: { tenantId: exchange.tenantId, token: { id: exchange.token } } };
  return request({
    service: 'identity',
    baseUrl: exchange.identityUrl,
    auth: false,
    method: 'POST',
    path: '/tokens',
    body,
    schema: tokenResponseSchema,
    signal,
  });
}

export interface V3Credentials {
  /** Up to its version, e.g. `https://keystone.example.com:5000/v3`. */
  identityUrl: string;
  userName: string;
  /** Domain name of the user, usually `Default`. */
  userDomain: string;
  password: string;
  /** Scope: a project id, or a project name within `projectDomain`. */
  project: { id: string } | { name: string; domain: string };
}

function v3Body(credentials: V3Credentials) {
  const { userName, userDomain, password, project } = credentials;
  return {
    auth: {
      identity: { methods: ['password'], password: { user: { name: userName, domain: { name: userDomain }, password } } },
      scope: { project: 'id' in project ? { id: project.id } : { name: project.name, domain: { name: project.domain } } },
    },
  };
}

/** A Keystone v3 answer in the v2.0 shape, so one catalog code path serves both (public endpoints only). */
export function tokenFromV3(tokenId: string, body: TokenV3Response): TokenResponse {
  const { token } = body;
  if (token.project === undefined) throw new Error('The token is not scoped to a project.');
  return {
    access: {
      token: { id: tokenId, expires: token.expires_at, issued_at: token.issued_at, tenant: { id: token.project.id, name: token.project.name } },
      serviceCatalog: token.catalog.map((entry) => ({
        type: entry.type,
        name: entry.name,
        endpoints: entry.endpoints
          .filter((endpoint) => endpoint.interface === 'public')
          .map((endpoint) => ({ region: endpoint.region_id ?? endpoint.region ?? '', publicURL: endpoint.url })),
      })),
      user: { id: token.user?.id, name: token.user?.name, roles: token.roles?.map((role) => ({ name: role.name })) },
    },
  };
}

/** Keystone v3 password sign-in, scoped to one project, for OpenStack clouds without v2.0. */
export async function issueTokenV3(credentials: V3Credentials, signal?: AbortSignal): Promise<TokenResponse> {
  const path = '/auth/tokens';
  const response = await send({
    service: 'identity',
    baseUrl: credentials.identityUrl,
    auth: false,
    method: 'POST',
    path,
    body: v3Body(credentials),
    schema: tokenV3ResponseSchema,
    signal,
  });
  const tokenId = response.headers.get('x-subject-token');
  const invalid = (message: string) => new ApiError({ kind: 'invalid-response', message, service: 'identity', method: 'POST', path, status: response.status });
  if (!tokenId) throw invalid('The identity service sent no X-Subject-Token header.');
  if (response.data.token.project === undefined) throw invalid('The token is not scoped to a project: check the project and its domain.');
  return tokenFromV3(tokenId, response.data);
}
