/**
 * The proxy's URL scheme: `/proxy/<scheme>/<host>[:<port>]/<path>[?<query>]` forwards to
 * `<scheme>://<host>[:<port>]/<path>[?<query>]`, e.g.
 * `/proxy/https/kr1-api-instance-infrastructure.nhncloudservice.com/v2/<tenant>/servers/detail`.
 * The raw request URL is parsed strictly and never normalised: anything a browser, a URL parser or the
 * upstream could read differently from us is refused rather than repaired.
 */
import { type AllowedOrigin, HOST_PATTERN, isAllowed, parsePort, type UpstreamScheme } from './allowlist.js';

export const PROXY_PREFIX = '/proxy/';

export interface ProxyTarget {
  scheme: UpstreamScheme;
  host: string;
  port: number;
  /** `host` or `host:port` exactly as the upstream's Host header needs it. */
  authority: string;
  /** Path and query sent upstream, byte for byte as received. */
  pathAndQuery: string;
}

export type TargetResult = { ok: true; target: ProxyTarget } | { ok: false; reason: string };

// Encoded slash, backslash, dot, NUL and percent: each lets a later decoder see another path than we checked.
const ENCODED_TRICK = /%(?:2f|5c|2e|00|25)/i;
/** Control characters, space, DEL, backslash and the fragment mark have no business in a request target. */
function hasBadChar(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || text[i] === '\\' || text[i] === '#') return true;
  }
  return false;
}

const refuse = (reason: string): TargetResult => ({ ok: false, reason });

/** `rawUrl` is Node's `request.url`: the request target exactly as the client sent it. */
export function parseProxyTarget(rawUrl: string, allowlist: readonly AllowedOrigin[]): TargetResult {
  if (!rawUrl.startsWith(PROXY_PREFIX)) return refuse('The URL does not start with /proxy/.');
  const queryAt = rawUrl.indexOf('?');
  const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt);
  if (ENCODED_TRICK.test(rawPath)) return refuse('Encoded slashes, backslashes, dots or percent signs are not allowed in the path.');
  if (hasBadChar(rawUrl)) return refuse('The URL contains a character that is not allowed.');

  const [scheme, authority = '', ...rest] = rawPath.slice(PROXY_PREFIX.length).split('/');
  if (scheme !== 'http' && scheme !== 'https') return refuse('Only /proxy/http/ and /proxy/https/ are forwarded.');
  const colon = authority.indexOf(':');
  const host = (colon === -1 ? authority : authority.slice(0, colon)).toLowerCase();
  const portText = colon === -1 ? undefined : authority.slice(colon + 1);
  if (!HOST_PATTERN.test(host)) return refuse('The host is not a plain host name (no user info, brackets or escapes).');
  const port = parsePort(portText, scheme);
  if (port === null) return refuse('The port is not a plain port number.');

  if (rest.some((segment) => segment === '.' || segment === '..')) return refuse('Dot segments are not allowed in the path.');
  if (rest.slice(0, -1).some((segment) => segment === '')) return refuse('Empty path segments (//) are not allowed.');
  if (!isAllowed(allowlist, scheme, host, port)) {
    return refuse(`${scheme}://${authority.toLowerCase()} is not an allowed upstream (PROXY_ALLOWED_HOSTS).`);
  }
  return {
    ok: true,
    target: {
      scheme,
      host,
      port,
      authority: portText === undefined ? host : `${host}:${port}`,
      pathAndQuery: `/${rest.join('/')}${query}`,
    },
  };
}

/** The proxy URL of an upstream URL (the browser side has its own copy in src/features/session). */
export function toProxyPath(upstream: URL): string {
  return `/proxy/${upstream.protocol.replace(/:$/, '')}/${upstream.host}${upstream.pathname}${upstream.search}`;
}
