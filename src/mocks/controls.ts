/**
 * What the console may ask of the simulated cloud in demo mode (the Demo menu, e2e tests, the benchmark).
 * The simulated cloud implements it; the console only imports this type and the browser entry.
 */
export interface SimConfig {
  /** Milliseconds each step of a transition takes (BUILD → ACTIVE has several steps). Demo default: 3000. */
  transitionMs: number;
  /** Share of requests (0..1) that fail on purpose. */
  chaosRate: number;
  /** Which failures chaos may inject. */
  chaosKinds: Array<'server-error' | 'slow' | 'drop'>;
  /** Extra synthetic servers added to the seed (for 1,000 or 5,000-server fleets). */
  extraServers: number;
  /** Zones the compute service reports as not available (an outage); creating a server there is refused. */
  unavailableZones: string[];
  /**
   * NHN Cloud confirms a resize by itself after one VERIFY_RESIZE step (demo default: true). Off, a resized server
   * waits in VERIFY_RESIZE for confirmResize or revertResize, as upstream Nova does.
   */
  autoConfirmResize: boolean;
  /**
   * The project's quota, as GET /limits reports it and create, resize and unshelve enforce it: instances, vCPUs,
   * RAM in MB, and key pairs per user. -1 is unlimited, as in Nova.
   */
  quota: SimQuota;
}

export interface SimQuota {
  instances: number;
  cores: number;
  ram: number;
  keypairs: number;
}

export interface SimControls {
  getConfig(): SimConfig;
  /** Changes the configuration; it is kept for this tab (sessionStorage) like the demo state. */
  setConfig(patch: Partial<SimConfig>): void;
  /** Throws away every change and goes back to the seed (with the current configuration). */
  reset(): void;
}

/**
 * A failure forced on the next matching request, so e2e and unit tests need no randomness.
 * - `server-error`: 500 in the service's fault shape (or `status` 502: a gateway's HTML page; 503: serviceUnavailable)
 * - `slow`: the answer comes after `delayMs` (default 3000)
 * - `drop`: a network error, and the request is NOT applied
 * - `drop-after-apply`: the request IS applied, then the answer is lost (a retry then creates a duplicate)
 */
export interface SimFailure {
  kind: 'server-error' | 'slow' | 'drop' | 'drop-after-apply';
  /** Which requests it hits: a method and a path below the base URL (substring or RegExp). Default: any. */
  match?: { method?: string; path?: string | RegExp };
  status?: 500 | 502 | 503;
  delayMs?: number;
  /** How many matching requests fail. Default 1. */
  times?: number;
}

/** The controls e2e tests and the benchmark reach through `window.__instanceConsoleSim`. */
export interface SimTestControls extends SimControls {
  failNext(failure: SimFailure): void;
  clearFailures(): void;
  /** Every token issued so far expires now (the next request gets Keystone's 401). */
  expireTokens(): void;
  revokeToken(tokenId: string): void;
}
