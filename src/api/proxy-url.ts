/**
 * Live mode's URL scheme (server/proxy-target.ts is the server side): the browser only talks to its own
 * origin, so an upstream URL `https://host[:port]/path?q` is called as `/proxy/https/host[:port]/path?q`.
 */
import type { Session } from './session';

const PREFIX = '/proxy/';

/** Throws for anything but a plain http(s) URL: user info would be refused by the proxy anyway. */
export function toProxyUrl(upstream: string): string {
  const url = new URL(upstream);
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'http' && scheme !== 'https') throw new Error(`${upstream} is not an http or https URL.`);
  if (url.username !== '' || url.password !== '') throw new Error(`${url.origin} must not carry a user name or password.`);
  const path = url.pathname.replace(/\/+$/, '');
  return `${PREFIX}${scheme}/${url.host}${path}${url.search}`;
}

/** The upstream URL behind a proxy URL (for showing the real endpoint, e.g. in a curl example); null otherwise. */
export function fromProxyUrl(proxied: string): string | null {
  const match = /^\/proxy\/(https?)\/([^/?#]+)(.*)$/.exec(proxied);
  return match ? `${match[1]}://${match[2]}${match[3] ?? ''}` : null;
}

export function proxiedEndpoints(endpoints: Session['endpoints']): Session['endpoints'] {
  const out: Session['endpoints'] = { compute: toProxyUrl(endpoints.compute) };
  for (const service of ['image', 'network', 'volume'] as const) {
    const url = endpoints[service];
    if (url !== undefined) out[service] = toProxyUrl(url);
  }
  return out;
}

/**
 * Whether the console's server forwards to this URL's origin. `allowed` is `/config.json`'s list:
 * `scheme://host[:port]` or `scheme://*.domain[:port]`, default ports left out (as URL.origin writes them).
 */
export function isOriginAllowed(upstream: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(upstream);
  } catch {
    return false;
  }
  return allowed.some((entry) => {
    if (!entry.includes('://*.')) return entry === url.origin;
    const [scheme, rest = ''] = entry.split('://*.');
    const domainAndPort = rest.toLowerCase();
    const hostPort = url.host.toLowerCase();
    return `${scheme}:` === url.protocol && hostPort.endsWith(`.${domainAndPort}`) && hostPort.length > domainAndPort.length + 1;
  });
}
