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
}

export interface SimControls {
  getConfig(): SimConfig;
  /** Changes the configuration; it is kept for this tab (sessionStorage) like the demo state. */
  setConfig(patch: Partial<SimConfig>): void;
  /** Throws away every change and goes back to the seed (with the current configuration). */
  reset(): void;
}
