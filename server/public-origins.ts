/**
 * Which names the console answers to, and which pages may use its proxy.
 *
 * A browser sends the name it looked up in `Host`. A page of another site that rebinds its own name to this
 * server's address (DNS rebinding) is same-origin with itself, not with the console: its requests arrive with the
 * other site's name in `Host`, so the server refuses names it was not told about. An address typed as digits, and
 * `localhost` (which browsers resolve to loopback themselves), involve no lookup that another site controls, so they
 * are always accepted; any other name must be one of PUBLIC_ORIGINS (README "Security").
 */
import { isIP } from 'node:net';

/** `http(s)://host[:port]` in the form a browser's `Origin` header has: lower case, no default port, no path. */
function normalOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '' || (url.pathname !== '/' && url.pathname !== '')) return null;
  return url.origin;
}

/** PUBLIC_ORIGINS: comma-separated origins where users open the console, e.g. `https://console.example.com`. */
export function parsePublicOrigins(text: string | undefined): string[] {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return entries.map((entry) => {
    const origin = normalOrigin(entry);
    if (origin === null) throw new Error(`PUBLIC_ORIGINS: "${entry}" is not an origin. Write scheme://host[:port], e.g. https://console.example.com.`);
    return origin;
  });
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** The `host[:port]` of a Host header, parsed as a browser would write it; null when it is not one. */
function authorityOf(host: string): URL | null {
  if (host === '' || /[\s/\\?#@]/.test(host)) return null;
  try {
    return new URL(`http://${host}`);
  } catch {
    return null;
  }
}

export interface HostPolicy {
  publicOrigins: readonly string[];
  /** The address the server listens on (HOST): accepted as a name too when it is one. */
  listenHost: string;
}

function isLookupFree(hostname: string): boolean {
  const host = bareHost(hostname);
  return isIP(host) !== 0 || host === 'localhost';
}

/** Whether a request's `Host` names this console (see the file's comment for why). */
export function acceptsHost(policy: HostPolicy, host: string | undefined, localPort: number): boolean {
  if (host === undefined) return false;
  const authority = authorityOf(host);
  if (authority === null) return false;
  if (isLookupFree(authority.hostname)) return true;
  const listenName = policy.listenHost.toLowerCase();
  if (authority.hostname === listenName && Number(authority.port || 80) === localPort) return true;
  return policy.publicOrigins.some((origin) => new URL(origin).host === authority.host);
}

/**
 * Whether a request's `Origin` is one of the console's own pages: a public origin, or the origin of the name the
 * request was sent to (the console opened at an address, or behind a reverse proxy that passes `Host` on).
 * Compared as origins, so letter case and a default port written out do not matter.
 */
export function isOwnOrigin(policy: HostPolicy, origin: string, host: string | undefined): boolean {
  const normal = normalOrigin(origin);
  if (normal === null) return false;
  if (policy.publicOrigins.includes(normal)) return true;
  const authority = host === undefined ? null : authorityOf(host);
  return authority !== null && new URL(normal).host === authority.host;
}
