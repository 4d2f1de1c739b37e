import type { CatalogEntry, TokenResponse } from './schemas/identity';

type CatalogEndpoint = CatalogEntry['endpoints'][number];
import type { ServiceName, Session } from './session';

/** The catalog `type` of each service the console uses. */
export const CATALOG_TYPES = {
  compute: 'compute',
  image: 'image',
  network: 'network',
  volume: 'volumev2',
} as const satisfies Record<ServiceName, string>;

/** The token is fine, but its catalog cannot serve the console in the chosen region. */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  readonly region: string;
  /** Regions that do have a compute endpoint, for the error message or a region picker. */
  readonly availableRegions: string[];

  constructor(message: string, region: string, availableRegions: string[]) {
    super(message);
    this.region = region;
    this.availableRegions = availableRegions;
  }
}

function sameRegion(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function endpointOf(catalog: CatalogEntry[], type: string, region: string): CatalogEndpoint | undefined {
  return catalog
    .filter((entry) => entry.type === type)
    .flatMap((entry) => entry.endpoints)
    .find((endpoint) => sameRegion(endpoint.region, region));
}

/** The regions that have a compute endpoint, in catalog order (KR1, KR2, ...). */
export function regionsInCatalog(token: TokenResponse): string[] {
  const regions = token.access.serviceCatalog
    .filter((entry) => entry.type === CATALOG_TYPES.compute)
    .flatMap((entry) => entry.endpoints.map((endpoint) => endpoint.region));
  return [...new Set(regions)];
}

export interface SessionOptions {
  mode: Session['mode'];
  region: string;
  /** What the user signed in with; NHN's `access.user.name` is an opaque id, so this is preferred. */
  userName?: string;
}

/** A session as the catalog gives it: which cloud profile applies is decided apart (the demo's is NHN Cloud). */
export type CatalogSession = Omit<Session, 'profile'>;

/** Throws CatalogError when the region has no compute endpoint; the other services may be missing. */
export function sessionFromToken(token: TokenResponse, options: SessionOptions): CatalogSession {
  const { access } = token;
  const find = (service: ServiceName) => endpointOf(access.serviceCatalog, CATALOG_TYPES[service], options.region);
  const compute = find('compute');
  if (compute === undefined) {
    const available = regionsInCatalog(token);
    const hint = available.length === 0 ? 'The catalog has no compute endpoint at all.' : `Regions with one: ${available.join(', ')}.`;
    throw new CatalogError(`The catalog has no compute endpoint in region ${options.region}. ${hint}`, options.region, available);
  }
  const endpoints: Session['endpoints'] = { compute: compute.publicURL };
  for (const service of ['image', 'network', 'volume'] as const) {
    const endpoint = find(service);
    if (endpoint !== undefined) endpoints[service] = endpoint.publicURL;
  }
  return {
    mode: options.mode,
    token: access.token.id,
    tenantId: access.token.tenant.id,
    // The catalog's spelling ("KR1"), whatever case the caller used.
    region: compute.region,
    endpoints,
    expiresAt: access.token.expires,
    userName: options.userName ?? access.user?.name ?? access.user?.username,
    roles: access.user?.roles?.map((role) => role.name),
  };
}
