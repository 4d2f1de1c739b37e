/**
 * The one session object the API layer reads its base URLs and token from.
 * Demo mode and live mode both produce a Session; nothing else in src/api knows which mode is on.
 */
export type ServiceName = 'compute' | 'image' | 'network' | 'volume';

/**
 * Whose conventions the cloud follows: NHN Cloud's (VPC subnets, U2 and GPU flavors, the `_AVAILABLE_` image tag,
 * ...) or plain OpenStack's. Decided at sign-in from what the cloud shows (src/domain/cloud-profile.ts).
 */
export type CloudProfile = 'nhn' | 'openstack';
export const CLOUD_PROFILES = ['nhn', 'openstack'] as const satisfies readonly CloudProfile[];

export interface Session {
  mode: 'demo' | 'live';
  token: string;
  tenantId: string;
  /** Catalog region, e.g. "KR1"; "DEMO" in demo mode. */
  region: string;
  /** The demo is always `nhn`: it simulates NHN Cloud. */
  profile: CloudProfile;
  /** Base URL per service, exactly as the catalog's publicURL (compute and volume include /v2/{tenantId}). */
  endpoints: { compute: string } & Partial<Record<Exclude<ServiceName, 'compute'>, string>>;
  /** ISO-8601 expiry of the token, or null when unknown. */
  expiresAt: string | null;
  userName?: string;
  /**
   * The user's role names as the token states them (Keystone); undefined when unknown (a token used with typed
   * endpoint URLs comes with no user). What Nova allows only administrators is offered only when they say so.
   */
  roles?: string[];
}

type Listener = (session: Session | null) => void;

let current: Session | null = null;
const listeners = new Set<Listener>();

export const sessionStore = {
  get(): Session | null {
    return current;
  },
  set(session: Session | null): void {
    current = session;
    for (const listener of listeners) listener(current);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function hasService(service: ServiceName): boolean {
  return Boolean(current?.endpoints[service]);
}

/** The session's cloud profile; NHN Cloud's while nobody is signed in (nothing is loaded then anyway). */
export function currentProfile(): CloudProfile {
  return current?.profile ?? 'nhn';
}
