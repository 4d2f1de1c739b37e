/** The mutable heart of one simulated cloud, shared by its handlers and its controls. */
import type { Clock } from './clock';
import type { SimConfig, SimFailure, SimQuota } from './controls';
import type { SimState } from './state';

export interface SimCore {
  /** `B` of docs/architecture.md, without a trailing slash. */
  readonly baseUrl: string;
  readonly clock: Clock;
  /** Replaced as a whole on reset and restore; always read it through the core. */
  state: SimState;
  config: SimConfig;
  failures: SimFailure[];
  /** Randomness for chaos only; the model's own randomness is the seeded PRNG in the state. */
  random: () => number;
  listeners: Set<(state: SimState) => void>;
}

export const DEFAULT_CONFIG: SimConfig = {
  transitionMs: 3000,
  chaosRate: 0,
  chaosKinds: ['server-error', 'slow', 'drop'],
  extraServers: 0,
  unavailableZones: [],
  autoConfirmResize: true,
  quota: { instances: 50, cores: 100, ram: 262_144, keypairs: 100 },
};

/** Merges a patch into a configuration; the patch may come from sessionStorage, so nothing in it is trusted. */
export function normalizeConfig(patch: Partial<SimConfig>, base: SimConfig = DEFAULT_CONFIG): SimConfig {
  const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
  const kinds = Array.isArray(patch.chaosKinds) ? patch.chaosKinds : base.chaosKinds;
  return {
    transitionMs: Math.max(0, number(patch.transitionMs, base.transitionMs)),
    chaosRate: Math.min(1, Math.max(0, number(patch.chaosRate, base.chaosRate))),
    chaosKinds: DEFAULT_CONFIG.chaosKinds.filter((kind) => kinds.includes(kind)),
    extraServers: Math.max(0, Math.floor(number(patch.extraServers, base.extraServers))),
    unavailableZones: Array.isArray(patch.unavailableZones)
      ? patch.unavailableZones.filter((zone): zone is string => typeof zone === 'string')
      : base.unavailableZones,
    autoConfirmResize: typeof patch.autoConfirmResize === 'boolean' ? patch.autoConfirmResize : base.autoConfirmResize,
    quota: normalizeQuota(patch.quota, base.quota),
  };
}

/** Each limit a whole number of at least -1 (unlimited); anything else keeps the base's value. */
function normalizeQuota(patch: unknown, base: SimQuota): SimQuota {
  const given = typeof patch === 'object' && patch !== null ? (patch as Partial<Record<keyof SimQuota, unknown>>) : {};
  const limit = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isInteger(value) && value >= -1 ? value : fallback);
  return {
    instances: limit(given.instances, base.instances),
    cores: limit(given.cores, base.cores),
    ram: limit(given.ram, base.ram),
    keypairs: limit(given.keypairs, base.keypairs),
  };
}
