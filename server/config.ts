/**
 * The console server's configuration, from environment variables only (README "Configuration").
 * Every value is checked at start-up: a typo stops the server with a message instead of opening the proxy wider.
 */
import { type AllowedOrigin, formatOrigin, isAllowed, NHN_CLOUD_ORIGINS, parseAllowlist, parsePort } from './allowlist.js';

export const DEFAULT_IDENTITY_URL = 'https://api-identity-infrastructure.nhncloudservice.com/v2.0';

export interface ServerConfig {
  host: string;
  port: number;
  /** The built app (`vite build`'s outDir). */
  staticDir: string;
  /** Keystone v2.0 root the sign-in page posts `/tokens` to. */
  identityUrl: string;
  /** Keystone v3 root for OpenStack clouds without v2.0; null hides nothing, the user may type one. */
  identityV3Url: string | null;
  allowlist: AllowedOrigin[];
  timeoutMs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  logRequests: boolean;
}

/** What the browser learns at `GET /config.json`: nothing secret, only where to sign in and what the proxy reaches. */
export interface PublicConfig {
  identity: { v2: string; v3: string | null };
  allowedOrigins: string[];
  proxyPrefix: '/proxy/';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name}="${text}" must be an integer from ${min} to ${max}.`);
  return value;
}

function upstreamUrl(env: Env, name: string, allowlist: AllowedOrigin[]): string | null {
  const text = env[name]?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name}="${text}" is not a URL.`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'http' && scheme !== 'https') throw new Error(`${name} must be an http or https URL.`);
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new Error(`${name} must not carry user info, a query or a fragment.`);
  }
  const port = parsePort(url.port === '' ? undefined : url.port, scheme);
  if (port === null || !isAllowed(allowlist, scheme, url.hostname, port)) {
    throw new Error(`${name} (${url.origin}) is not in PROXY_ALLOWED_HOSTS, so the proxy could not reach it. Add ${url.origin} there.`);
  }
  return url.href.replace(/\/+$/, '');
}

export function readConfig(env: Env = process.env): ServerConfig {
  const allowlist = parseAllowlist(env.PROXY_ALLOWED_HOSTS?.trim() || NHN_CLOUD_ORIGINS.join(','));
  const identityUrl = upstreamUrl({ IDENTITY_URL: env.IDENTITY_URL?.trim() || DEFAULT_IDENTITY_URL }, 'IDENTITY_URL', allowlist);
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 8080, 0, 65_535),
    staticDir: env.STATIC_DIR?.trim() || 'dist',
    identityUrl: identityUrl ?? DEFAULT_IDENTITY_URL,
    identityV3Url: upstreamUrl(env, 'IDENTITY_V3_URL', allowlist),
    allowlist,
    timeoutMs: integer(env, 'PROXY_TIMEOUT_MS', 25_000, 100, 600_000),
    maxRequestBytes: integer(env, 'PROXY_MAX_BODY_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    maxResponseBytes: integer(env, 'PROXY_MAX_RESPONSE_BYTES', 64 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    logRequests: env.LOG_REQUESTS?.trim() !== '0',
  };
}

export function publicConfig(config: ServerConfig): PublicConfig {
  return {
    identity: { v2: config.identityUrl, v3: config.identityV3Url },
    allowedOrigins: config.allowlist.map(formatOrigin),
    proxyPrefix: '/proxy/',
  };
}
