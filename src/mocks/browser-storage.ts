/** Keeps the demo's state and configuration in sessionStorage (per tab), and survives a storage that is full. */
import type { SimulatedCloud } from './cloud';
import type { SimConfig, SimTestControls } from './controls';
import type { SimState } from './state';

export const STORAGE_PREFIX = 'instance-console.sim.';
export const STATE_KEY = `${STORAGE_PREFIX}state`;
/** A test may put a `Partial<SimConfig>` here (JSON) before the page loads. */
export const CONFIG_KEY = `${STORAGE_PREFIX}config`;

function read<T>(storage: Storage, key: string): T | null {
  try {
    const text = storage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function forget(storage: Storage, key: string): false {
  try {
    storage.removeItem(key);
  } catch {
    /* storage unavailable */
  }
  return false;
}

function write(storage: Storage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    // QuotaExceeded: drop the stale copy, keep the state in memory only.
    return forget(storage, key);
  }
}

/**
 * Browsers keep about 5 million characters of sessionStorage per origin, and a server takes ~2,400 of them in the
 * state: a fleet of more than 2,000 never fits. Such a state is not even written (5,000 servers are 12 million
 * characters, 75-100 ms of JSON.stringify on the main thread while the list is loading, only for the write to fail);
 * the stale copy still goes.
 */
export const NEVER_FITS_SERVERS = 2_000;

function neverFits(state: SimState): boolean {
  return state.servers.length > NEVER_FITS_SERVERS;
}

export function loadSaved(storage: Storage): { config: Partial<SimConfig>; state: SimState | null } {
  return { config: read<Partial<SimConfig>>(storage, CONFIG_KEY) ?? {}, state: read<SimState>(storage, STATE_KEY) };
}

/**
 * Saves the state after every change and the configuration after every `setConfig`. Once the state no longer
 * fits, saving stops until a reset or a new fleet size, so a huge fleet costs one failed write, not one per request.
 */
export function persistCloud(cloud: SimulatedCloud, storage: Storage): SimTestControls {
  const save = (state: SimState) => (neverFits(state) ? forget(storage, STATE_KEY) : write(storage, STATE_KEY, state));
  let persist = save(cloud.state());
  cloud.onChange((state) => {
    if (persist) persist = save(state);
  });
  cloud.onConfigChange((config) => {
    write(storage, CONFIG_KEY, config);
    persist = true;
  });
  return {
    ...cloud.controls,
    reset() {
      persist = true;
      cloud.controls.reset();
    },
  };
}
