/**
 * Which headers cross the proxy. Requests pass an allowlist (what OpenStack APIs read), so cookies, the
 * browser's Origin/Referer/Sec-Fetch-*, Authorization, hop-by-hop and framing headers never reach the cloud (the
 * proxy frames the body itself: proxy-framing.ts). Responses
 * pass a denylist: hop-by-hop headers, cookies and headers that would change how the browser treats *our* origin.
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

const RESPONSE_BLOCKED = new Set([
  'set-cookie',
  'set-cookie2',
  // Ours, not the upstream's: security headers and caching are decided by this server.
  'strict-transport-security',
  'content-security-policy',
  'content-security-policy-report-only',
  'x-frame-options',
  'cache-control',
  'expires',
  'pragma',
  'alt-svc',
  'clear-site-data',
  'public-key-pins',
  'report-to',
  'nel',
  'server',
  'x-powered-by',
]);

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
    if (value === undefined || listed.has(name) || HOP_BY_HOP.has(name) || RESPONSE_BLOCKED.has(name)) continue;
    if (name.startsWith('access-control-')) continue;
    if (name === 'location' || name === 'content-location') {
      const rewritten = typeof value === 'string' ? rewriteLocation(value) : null;
      if (rewritten !== null) out[name] = rewritten;
      continue;
    }
    out[name] = value;
  }
  // Answers carry tokens and tenant data: no cache on the way may keep them.
  out['cache-control'] = 'no-store';
  return out;
}
