/**
 * Which upstream origins the proxy may reach. An entry is `scheme://host[:port]` (exactly that origin) or
 * `scheme://*.domain[:port]` (any host below that domain, never the domain itself, never an IP address).
 * Matching is literal: no DNS, no IP normalisation, so `2130706433` or `127.1` never match `127.0.0.1`.
 */
export type UpstreamScheme = 'http' | 'https';

export interface AllowedOrigin {
  scheme: UpstreamScheme;
  /** Lower case; for a wildcard entry, the domain below which hosts match. */
  host: string;
  port: number;
  wildcard: boolean;
}

export const DEFAULT_PORTS: Record<UpstreamScheme, number> = { http: 80, https: 443 };

const NHN_REGIONS = ['kr1', 'kr2', 'kr3', 'jp1'];
const NHN_SERVICES = ['instance', 'image', 'network', 'block-storage'];

/** NHN Cloud's identity host and the compute, image, network and block storage hosts of KR1, KR2, KR3 and JP1. */
export const NHN_CLOUD_ORIGINS: readonly string[] = [
  'https://api-identity-infrastructure.nhncloudservice.com',
  ...NHN_REGIONS.flatMap((region) => NHN_SERVICES.map((service) => `https://${region}-api-${service}-infrastructure.nhncloudservice.com`)),
];

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A DNS name or dotted IPv4 address: letters, digits, hyphens and dots only (no userinfo, brackets or escapes). */
export const HOST_PATTERN = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV4_PATTERN = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const ENTRY_PATTERN = /^(https?):\/\/(\*\.)?([^/:]+)(?::(\d{1,5}))?\/?$/;

export function parsePort(text: string | undefined, scheme: UpstreamScheme): number | null {
  if (text === undefined) return DEFAULT_PORTS[scheme];
  // No leading zeros: "0443" is a trick, not a port.
  if (!/^[1-9]\d{0,4}$/.test(text)) return null;
  const port = Number(text);
  return port <= 65_535 ? port : null;
}

/** Throws on an entry that is not a plain origin, so a typo in the environment stops the server at start-up. */
export function parseAllowedOrigin(entry: string): AllowedOrigin {
  const match = ENTRY_PATTERN.exec(entry.trim().toLowerCase());
  const fail = (why: string) => new Error(`PROXY_ALLOWED_HOSTS: "${entry}" ${why}. Write scheme://host[:port] or scheme://*.domain[:port].`);
  if (!match) throw fail('is not an origin');
  const [, scheme, star, host = '', portText] = match;
  const upstreamScheme = scheme as UpstreamScheme;
  if (!HOST_PATTERN.test(host)) throw fail('has an invalid host');
  const wildcard = star !== undefined;
  if (wildcard && (IPV4_PATTERN.test(host) || !host.includes('.'))) throw fail('has a wildcard over an address or a top-level domain');
  const port = parsePort(portText, upstreamScheme);
  if (port === null) throw fail('has an invalid port');
  return { scheme: upstreamScheme, host, port, wildcard };
}

/** Entries separated by commas or white space. */
export function parseAllowlist(text: string): AllowedOrigin[] {
  const entries = text.split(/[\s,]+/).filter((entry) => entry !== '');
  if (entries.length === 0) throw new Error('PROXY_ALLOWED_HOSTS is empty: the proxy would refuse everything.');
  return entries.map(parseAllowedOrigin);
}

export function isAllowed(allowlist: readonly AllowedOrigin[], scheme: UpstreamScheme, host: string, port: number): boolean {
  return allowlist.some(
    (entry) =>
      entry.scheme === scheme &&
      entry.port === port &&
      (entry.wildcard ? host.endsWith(`.${entry.host}`) && !IPV4_PATTERN.test(host) : entry.host === host),
  );
}

export function formatOrigin(entry: AllowedOrigin): string {
  const port = entry.port === DEFAULT_PORTS[entry.scheme] ? '' : `:${entry.port}`;
  return `${entry.scheme}://${entry.wildcard ? '*.' : ''}${entry.host}${port}`;
}
