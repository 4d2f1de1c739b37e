/**
 * The three ways into live mode, each ending in a Session whose endpoints are same-origin proxy URLs taken
 * from the token's service catalog (or typed by the user, for a token without a catalog).
 */
import type { QueryClient } from '@tanstack/react-query';
import { CatalogError, type CatalogSession, regionsInCatalog, sessionFromToken } from '../../api/catalog';
import { listFlavors } from '../../api/flavors';
import { exchangeTokenV2, issueTokenV2, issueTokenV3 } from '../../api/identity';
import type { TokenResponse } from '../../api/schemas/identity';
import { type ServiceName, type Session, sessionStore } from '../../api/session';
import type { ConsoleConfig } from './console-config';
import { asCandidate, detectProfile } from './detect-profile';
import { isOriginAllowed, proxiedEndpoints, toProxyUrl } from '../../api/proxy-url';
import { saveLiveSession, type SignInPrefill, tabStorage } from './session-storage';

export interface SignInResult {
  session: Session;
  /** What the form was filled with (never the password or the token), for signing in again. */
  signIn: SignInPrefill;
}

/** The catalog (or the user) names an endpoint this server's proxy does not forward to. */
export class EndpointNotAllowedError extends Error {
  override readonly name = 'EndpointNotAllowedError';
  constructor(
    readonly service: ServiceName | 'identity',
    readonly origin: string,
  ) {
    super(`The ${service} endpoint ${origin} is not in this server's PROXY_ALLOWED_HOSTS.`);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function checkAllowed(service: ServiceName | 'identity', url: string, config: ConsoleConfig): void {
  if (!isOriginAllowed(url, config.allowedOrigins)) throw new EndpointNotAllowedError(service, originOf(url));
}

function upstreamUrls(endpoints: Session['endpoints'], identityUrl?: string): string[] {
  return [identityUrl, endpoints.compute, endpoints.image, endpoints.network, endpoints.volume].filter((url) => url !== undefined);
}

/** The cloud profile joins the session: decided from the upstream URLs, or by asking the cloud (detect-profile.ts). */
async function withProfile(candidate: CatalogSession, urls: string[], signal?: AbortSignal): Promise<Session> {
  return { ...candidate, profile: await detectProfile(candidate, urls, signal) };
}

/** `identityUrl`: the identity service that issued the token, as evidence of the cloud profile. */
async function liveSession(token: TokenResponse, region: string, userName: string | undefined, config: ConsoleConfig, identityUrl: string, signal?: AbortSignal): Promise<Session> {
  // No region typed (Keystone v3): a catalog with exactly one compute region decides.
  const regions = regionsInCatalog(token);
  const chosen = region.trim() || (regions.length === 1 ? (regions[0] ?? '') : '');
  if (chosen === '') throw new CatalogError('Choose a region.', '', regions);
  const upstream = sessionFromToken(token, { mode: 'live', region: chosen, userName });
  for (const service of ['compute', 'image', 'network', 'volume'] as const) {
    const url = upstream.endpoints[service];
    if (url !== undefined) checkAllowed(service, url, config);
  }
  return withProfile({ ...upstream, endpoints: proxiedEndpoints(upstream.endpoints) }, upstreamUrls(upstream.endpoints, identityUrl), signal);
}

/** The console's server has no Keystone v2.0 its proxy reaches: no password sign-in, no catalog for a token. */
export class NoIdentityServiceError extends Error {
  override readonly name = 'NoIdentityServiceError';
  constructor() {
    super("This console's server offers no identity service: sign in with a token and endpoint URLs, or with Keystone v3.");
  }
}

function identityV2(config: ConsoleConfig): string {
  if (config.identity.v2 === null) throw new NoIdentityServiceError();
  return config.identity.v2;
}

export interface PasswordSignIn {
  region: string;
  tenantId: string;
  userName: string;
  password: string;
}

/** NHN Cloud: Keystone v2.0 with the API password at the server's identity URL. */
export async function signInWithPassword(config: ConsoleConfig, input: PasswordSignIn, signal?: AbortSignal): Promise<SignInResult> {
  const { region, tenantId, userName, password } = input;
  const identityUrl = identityV2(config);
  const token = await issueTokenV2({ identityUrl: toProxyUrl(identityUrl), tenantId, username: userName, password }, signal);
  const session = await liveSession(token, region, userName, config, identityUrl, signal);
  return { session, signIn: { method: 'password', region, tenantId, userName } };
}

export interface V3SignIn {
  identityUrl: string;
  userName: string;
  userDomain: string;
  password: string;
  /** A project id (32 hex characters) or name. */
  project: string;
  projectDomain: string;
  /** Empty: the catalog's only compute region. */
  region: string;
}

const PROJECT_ID = /^[0-9a-f]{32}$/i;

/** OpenStack clouds without Keystone v2.0. */
export async function signInWithV3(config: ConsoleConfig, input: V3SignIn, signal?: AbortSignal): Promise<SignInResult> {
  const { identityUrl, userName, userDomain, password, project, projectDomain, region } = input;
  checkAllowed('identity', identityUrl, config);
  const scope = PROJECT_ID.test(project) ? { id: project } : { name: project, domain: projectDomain };
  const token = await issueTokenV3({ identityUrl: toProxyUrl(identityUrl), userName, userDomain, password, project: scope }, signal);
  const session = await liveSession(token, region, userName, config, identityUrl, signal);
  return {
    session,
    signIn: { method: 'v3', region: session.region, tenantId: session.tenantId, userName, userDomain, project, projectDomain, identityUrl },
  };
}

export interface TokenSignIn {
  token: string;
  tenantId: string;
  region: string;
  /** Given: used as they are (no catalog, no known expiry). Absent: the identity service's catalog for the token. */
  endpoints?: Session['endpoints'];
}

/** Tries the candidate session with one cheap call, without the sign-in dialog answering a 401. */
async function verifyToken(candidate: CatalogSession, signal?: AbortSignal): Promise<void> {
  // Listing flavors is the same call on every cloud: the profile, not known yet, does not matter here.
  await asCandidate({ ...candidate, profile: 'openstack' }, () => listFlavors({}, signal));
}

/** A token the user already has: exchanged for one with a catalog, or used with endpoints typed by hand. */
export async function signInWithToken(config: ConsoleConfig, input: TokenSignIn, signal?: AbortSignal): Promise<SignInResult> {
  const { token, tenantId, region, endpoints } = input;
  if (endpoints === undefined) {
    const identityUrl = identityV2(config);
    const exchanged = await exchangeTokenV2({ identityUrl: toProxyUrl(identityUrl), tenantId, token }, signal);
    const session = await liveSession(exchanged, region, undefined, config, identityUrl, signal);
    return { session, signIn: { method: 'token', region, tenantId } };
  }
  for (const service of ['compute', 'image', 'network', 'volume'] as const) {
    const url = endpoints[service];
    if (url !== undefined) checkAllowed(service, url, config);
  }
  const candidate: CatalogSession = { mode: 'live', token, tenantId, region, endpoints: proxiedEndpoints(endpoints), expiresAt: null };
  await verifyToken(candidate, signal);
  const session = await withProfile(candidate, upstreamUrls(endpoints), signal);
  return { session, signIn: { method: 'token', region, tenantId, endpoints } };
}

function sameScope(a: Session | null, b: Session): boolean {
  return (
    a?.mode === 'live' && a.tenantId === b.tenantId && a.region === b.region && a.profile === b.profile && JSON.stringify(a.endpoints) === JSON.stringify(b.endpoints)
  );
}

/**
 * Makes the result the session of this tab. Another project (or the demo) before it: every cached query
 * described the old one and goes (and every pending action, which ends with its project: pending-actions.ts). The same project (signing in again): the page keeps its data.
 */
export function commitSignIn(result: SignInResult, queryClient: QueryClient): void {
  if (!sameScope(sessionStore.get(), result.session)) {
    queryClient.clear();
  }
  const storage = tabStorage();
  if (storage) saveLiveSession(storage, result.session, result.signIn);
  sessionStore.set(result.session);
}
