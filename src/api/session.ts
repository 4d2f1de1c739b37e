import { createStore } from '../lib/store';

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

// The session sits in a field so that every `set` replaces it whole (and tells every subscriber, as a sign-in should).
const store = createStore<{ session: Session | null }>(() => ({ session: null }));

export const sessionStore = {
  get(): Session | null {
    return store.getState().session;
  },
  set(session: Session | null): void {
    store.setState({ session });
  },
  subscribe(listener: (session: Session | null) => void): () => void {
    return store.subscribe((state) => listener(state.session));
  },
};

export function hasService(service: ServiceName): boolean {
  return Boolean(sessionStore.get()?.endpoints[service]);
}

/** The session's cloud profile; NHN Cloud's while nobody is signed in (nothing is loaded then anyway). */
export function currentProfile(): CloudProfile {
  return sessionStore.get()?.profile ?? 'nhn';
}
