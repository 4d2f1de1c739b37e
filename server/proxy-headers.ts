/**
 * Which headers cross the proxy. Both directions pass an allowlist. Requests: what OpenStack APIs read, so cookies,
 * the browser's Origin/Referer/Sec-Fetch-*, Authorization, hop-by-hop and framing headers never reach the cloud (the
 * proxy frames the body itself: proxy-framing.ts). Answers: what the console and OpenStack clients read, so nothing
 * an upstream sends can act on the console's origin (cookies, service worker scope, Refresh, Link, CORS, security
 * policies: the proxy sets its own), and the content type is always one of data.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const REQUEST_ALLOWED = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'content-type',
  'if-match',
  'if-none-match',
  'x-auth-token',
  'x-subject-token',
  'openstack-api-version',
  'x-openstack-request-id',
]);

/**
 * What the console and OpenStack clients read from an answer (Keystone v3's token comes in X-Subject-Token, request ids
 * in X-Compute-Request-Id and X-OpenStack-Request-Id); anything else stays with the upstream.
 */
const RESPONSE_ALLOWED = new Set([
  'content-length',
  'content-encoding',
  'content-language',
  'content-range',
  'accept-ranges',
  'date',
  'etag',
  'last-modified',
  'vary',
  'allow',
  'retry-after',
  'location',
  'content-location',
  'www-authenticate',
  'x-subject-token',
  'x-compute-request-id',
]);

function isResponseHeaderAllowed(name: string): boolean {
  return RESPONSE_ALLOWED.has(name) || name.startsWith('x-openstack-') || name.startsWith('openstack-');
}

/** Types a browser never runs or renders as a page of ours (with nosniff, which the proxy always sends). */
const DATA_TYPES = new Set(['application/json', 'text/plain', 'application/octet-stream']);
/** application/<anything>+json (RFC 6839's structured syntax suffix), in lower case. */
export const JSON_SUFFIX = /^application\/[a-z0-9!#$&^_.+-]+\+json$/;
const CHARSET = /^[a-z0-9!#$%&'*+.^_`|~-]+$/i;

/** The upstream's type if it is one of data (keeping only its charset), otherwise application/octet-stream. */
export function dataContentType(value: string | undefined): string {
  const [essence = '', ...parameters] = (value ?? '').split(';');
  const type = essence.trim().toLowerCase();
  if (!DATA_TYPES.has(type) && !JSON_SUFFIX.test(type)) return 'application/octet-stream';
  const charset = parameters.map((parameter) => parameter.trim()).find((parameter) => /^charset=/i.test(parameter))?.slice('charset='.length);
  return charset !== undefined && CHARSET.test(charset) ? `${type}; charset=${charset}` : type;
}

/** Headers a `Connection` header names are hop-by-hop too (RFC 9110 §7.6.1). */
function connectionListed(headers: IncomingHttpHeaders): Set<string> {
  const value = headers.connection;
  const listed = (Array.isArray(value) ? value.join(',') : (value ?? '')).split(',');
  return new Set(listed.map((name) => name.trim().toLowerCase()).filter((name) => name !== ''));
}

function isRequestHeaderAllowed(name: string): boolean {
  return REQUEST_ALLOWED.has(name) || name.startsWith('x-openstack-');
}

export function upstreamRequestHeaders(incoming: IncomingHttpHeaders, authority: string): OutgoingHttpHeaders {
  const listed = connectionListed(incoming);
  const out: OutgoingHttpHeaders = { host: authority, 'user-agent': 'instance-console-proxy' };
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || listed.has(name) || HOP_BY_HOP.has(name) || !isRequestHeaderAllowed(name)) continue;
    out[name] = value;
  }
  return out;
}

/** `rewriteLocation` maps an allowed upstream URL to its proxy path, or returns null to drop the header. */
export function clientResponseHeaders(incoming: IncomingHttpHeaders, rewriteLocation: (location: string) => string | null): OutgoingHttpHeaders {
  const listed = connectionListed(incoming);
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || listed.has(name) || HOP_BY_HOP.has(name) || !isResponseHeaderAllowed(name)) continue;
    if (name === 'location' || name === 'content-location') {
      const rewritten = typeof value === 'string' ? rewriteLocation(value) : null;
      if (rewritten !== null) out[name] = rewritten;
      continue;
    }
    out[name] = value;
  }
  out['content-type'] = dataContentType(incoming['content-type']);
  // Answers carry tokens and tenant data: no cache on the way may keep them.
  out['cache-control'] = 'no-store';
  return out;
}
