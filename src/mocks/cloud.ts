/**
 * One simulated NHN Cloud: its state, clock, configuration, MSW handlers and controls. The browser, Vitest
 * and (later) a node HTTP server each make one with their own base URL `B`.
 */
import type { HttpHandler } from 'msw';
import { systemClock, type Clock } from './clock';
import type { SimConfig, SimTestControls } from './controls';
import { normalizeConfig, type SimCore } from './core';
import { applyDueSteps } from './engine/steps';
import { issueToken } from './handlers/identity';
import { buildHandlers } from './http/router';
import { ROUTES } from './routes';
import { createSeedState } from './seed/create-seed';
import { DEMO_TENANT_ID, DEMO_USER_ID } from './seed/constants';
import { STATE_SCHEMA_VERSION, type SimState } from './state';

export interface SimulatedCloudOptions<C extends Clock = Clock> {
  /** `B`: e.g. `${location.origin}/sim`, `http://localhost/sim`, `http://127.0.0.1:4010`. */
  baseUrl: string;
  clock?: C;
  config?: Partial<SimConfig>;
  /** A state saved earlier (`snapshot()`); ignored when it does not fit this version or `config.extraServers`. */
  state?: SimState | null;
  /** Randomness for chaos only (tests may pin it). */
  random?: () => number;
}

export interface SimulatedCloud<C extends Clock = Clock> {
  readonly baseUrl: string;
  /** The clock given at creation (a manual one in tests: `sim.clock.advance(ms)`). */
  readonly clock: C;
  readonly handlers: HttpHandler[];
  readonly controls: SimTestControls;
  /** The live state: changes show in the next request. */
  state(): SimState;
  /** A deep, JSON-safe copy of the state (for saving). */
  snapshot(): SimState;
  restore(state: SimState): void;
  /** Goes back to the seed; tokens survive unless `keepTokens` is false (a demo reset must not sign you out). */
  reset(options?: { keepTokens?: boolean }): void;
  /** Applies the steps due at the clock's time without waiting for a request. */
  tick(): void;
  /** A valid token for the demo user (tests and scripts). */
  issueToken(options?: { tenantId?: string; ttlMs?: number }): string;
  /** Called after each request that changed the state, and after reset/restore. */
  onChange(listener: (state: SimState) => void): () => void;
  onConfigChange(listener: (config: SimConfig) => void): () => void;
}

function fits(state: SimState | null | undefined, config: SimConfig): state is SimState {
  return Boolean(state && state.schemaVersion === STATE_SCHEMA_VERSION && state.seedExtraServers === config.extraServers);
}

const copy = (state: SimState): SimState => JSON.parse(JSON.stringify(state)) as SimState;

export function createSimulatedCloud<C extends Clock = Clock>(options: SimulatedCloudOptions<C>): SimulatedCloud<C> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const clock = (options.clock ?? systemClock) as C;
  const config = normalizeConfig(options.config ?? {});
  const core: SimCore = {
    baseUrl,
    clock,
    config,
    state: fits(options.state, config) ? copy(options.state) : createSeedState(config, clock.now()),
    failures: [],
    random: options.random ?? Math.random,
    listeners: new Set(),
  };
  const configListeners = new Set<(config: SimConfig) => void>();
  const notify = () => core.listeners.forEach((listener) => listener(core.state));

  function reset({ keepTokens = true } = {}): void {
    const tokens = core.state.tokens;
    core.state = createSeedState(core.config, clock.now());
    if (keepTokens) core.state.tokens = tokens;
    core.failures = [];
    notify();
  }

  const controls: SimTestControls = {
    getConfig: () => ({ ...core.config, chaosKinds: [...core.config.chaosKinds], quota: { ...core.config.quota } }),
    setConfig(patch) {
      const before = core.config;
      core.config = normalizeConfig(patch, before);
      configListeners.forEach((listener) => listener(controls.getConfig()));
      // The fleet size is part of the seed.
      if (core.config.extraServers !== before.extraServers) reset();
    },
    reset: () => reset(),
    failNext(failure) {
      core.failures.push({ ...failure });
    },
    clearFailures() {
      core.failures = [];
    },
    expireTokens() {
      const now = clock.now();
      for (const token of core.state.tokens) token.expiresAt = Math.min(token.expiresAt, now);
      notify();
    },
    revokeToken(tokenId) {
      const token = core.state.tokens.find((t) => t.id === tokenId);
      if (token) token.revoked = true;
      notify();
    },
  };

  return {
    baseUrl,
    clock,
    handlers: buildHandlers(core, ROUTES),
    controls,
    state: () => core.state,
    snapshot: () => copy(core.state),
    restore(state) {
      core.state = fits(state, core.config) ? copy(state) : createSeedState(core.config, clock.now());
      notify();
    },
    reset,
    tick() {
      if (applyDueSteps(core.state, clock.now()) > 0) notify();
    },
    issueToken({ tenantId = DEMO_TENANT_ID, ttlMs } = {}) {
      return issueToken(core.state, DEMO_USER_ID, tenantId, clock.now(), ttlMs).id;
    },
    onChange(listener) {
      core.listeners.add(listener);
      return () => core.listeners.delete(listener);
    },
    onConfigChange(listener) {
      configListeners.add(listener);
      return () => configListeners.delete(listener);
    },
  };
}
