import { request } from './client';
import { type TokenRequestBody, type TokenResponse, tokenResponseSchema } from './schemas/identity';

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
