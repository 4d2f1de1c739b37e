/**
 * The console server's configuration, from environment variables only (README "Configuration").
 * Every value is checked at start-up: a typo stops the server with a message instead of opening the proxy wider.
 */
import { type AllowedOrigin, formatOrigin, isAllowed, NHN_CLOUD_ORIGINS, parseAllowlist, parsePort } from './allowlist.js';
import { parsePublicOrigins } from './public-origins.js';

export const DEFAULT_IDENTITY_URL = 'https://api-identity-infrastructure.nhncloudservice.com/v2.0';

export interface ServerConfig {
  host: string;
  port: number;
  /** The built app (`vite build`'s outDir). */
  staticDir: string;
  /**
   * Keystone v2.0 root the sign-in page posts `/tokens` to; null when the default one is not in a custom allowlist:
   * sign-in by password (and a token's catalog) is then unavailable, a token with typed URLs and Keystone v3 still work.
   */
  identityUrl: string | null;
  /** Keystone v3 root for OpenStack clouds without v2.0; null hides nothing, the user may type one. */
  identityV3Url: string | null;
  allowlist: AllowedOrigin[];
  /** Where users open the console (PUBLIC_ORIGINS); besides these, only addresses and `localhost` are answered. */
  publicOrigins: string[];
  /** SERVE_SOURCE_MAPS=1: the build's source maps are served and named to the browser; otherwise they are 404. */
  serveSourceMaps: boolean;
  timeoutMs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  logRequests: boolean;
  /** Said at start, in words: what works differently than the operator may expect (the server starts anyway). */
  warnings: string[];
}

/** What the browser learns at `GET /config.json`: nothing secret, only where to sign in and what the proxy reaches. */
export interface PublicConfig {
  /** `v2` null: no sign-in by password (see ServerConfig.identityUrl). */
  identity: { v2: string | null; v3: string | null };
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

function flag(env: Env, name: string, fallback: boolean): boolean {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  if (text === '1') return true;
  if (text === '0') return false;
  throw new Error(`${name}="${text}" must be 1 or 0.`);
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

/**
 * The identity URL: a typed IDENTITY_URL the proxy cannot reach is a mistake and stops the server; the default one
 * missing from a custom allowlist is a deployment that signs in with tokens and typed URLs only, and starts, warned.
 */
function identityUrlOf(env: Env, allowlist: AllowedOrigin[], warnings: string[]): string | null {
  if (env.IDENTITY_URL?.trim()) return upstreamUrl(env, 'IDENTITY_URL', allowlist);
  const fallback = new URL(DEFAULT_IDENTITY_URL);
  if (isAllowed(allowlist, 'https', fallback.hostname, 443)) return DEFAULT_IDENTITY_URL;
  warnings.push(
    `Sign-in by password is unavailable: PROXY_ALLOWED_HOSTS does not include the default identity service ${fallback.origin} ` +
      'and IDENTITY_URL is not set. Tokens with typed endpoint URLs and Keystone v3 still work; to offer the password ' +
      `sign-in, add ${fallback.origin} to PROXY_ALLOWED_HOSTS or set IDENTITY_URL to an allowed Keystone v2.0 URL.`,
  );
  return null;
}

export function readConfig(env: Env = process.env): ServerConfig {
  const allowlist = parseAllowlist(env.PROXY_ALLOWED_HOSTS?.trim() || NHN_CLOUD_ORIGINS.join(','));
  const warnings: string[] = [];
  const identityUrl = identityUrlOf(env, allowlist, warnings);
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 8080, 0, 65_535),
    staticDir: env.STATIC_DIR?.trim() || 'dist',
    identityUrl,
    identityV3Url: upstreamUrl(env, 'IDENTITY_V3_URL', allowlist),
    allowlist,
    publicOrigins: parsePublicOrigins(env.PUBLIC_ORIGINS),
    serveSourceMaps: flag(env, 'SERVE_SOURCE_MAPS', false),
    timeoutMs: integer(env, 'PROXY_TIMEOUT_MS', 25_000, 100, 600_000),
    maxRequestBytes: integer(env, 'PROXY_MAX_BODY_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    maxResponseBytes: integer(env, 'PROXY_MAX_RESPONSE_BYTES', 64 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    logRequests: env.LOG_REQUESTS?.trim() !== '0',
    warnings,
  };
}

export function publicConfig(config: ServerConfig): PublicConfig {
  return {
    identity: { v2: config.identityUrl, v3: config.identityV3Url },
    allowedOrigins: config.allowlist.map(formatOrigin),
    proxyPrefix: '/proxy/',
  };
}
