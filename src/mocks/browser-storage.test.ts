// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from './clock';
import { createSimulatedCloud } from './cloud';
import { CONFIG_KEY, loadSaved, NEVER_FITS_SERVERS, persistCloud, STATE_KEY } from './browser-storage';
import { TEST_SIM_CONFIG } from './node';

const make = (storage: Storage) => {
  const saved = loadSaved(storage);
  return createSimulatedCloud({ baseUrl: 'http://demo.test/sim', clock: createManualClock(), config: saved.config, state: saved.state });
};

/** A sessionStorage that holds at most `limit` characters, like a browser's quota. */
function smallStorage(limit: number): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem(key, value) {
      if (value.length > limit) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
  };
}

afterEach(() => sessionStorage.clear());

describe('browser storage', () => {
  it('a reload restores the state and the configuration', () => {
    const first = make(sessionStorage);
    const controls = persistCloud(first, sessionStorage);
    controls.setConfig({ transitionMs: 500, chaosRate: 0.1 });
    first.state().servers[0]!.name = 'renamed-before-reload';
    first.tick(); // nothing due: no save
    first.controls.expireTokens(); // a change: saved
    const second = make(sessionStorage);
    expect(second.state().servers[0]?.name).toBe('renamed-before-reload');
    expect(second.controls.getConfig()).toMatchObject({ transitionMs: 500, chaosRate: 0.1 });
  });

  it('reads a configuration a test stored before the page loaded', () => {
    sessionStorage.setItem(CONFIG_KEY, JSON.stringify({ ...TEST_SIM_CONFIG, extraServers: 7, chaosKinds: ['drop', 'bogus'] }));
    const cloud = make(sessionStorage);
    expect(cloud.controls.getConfig()).toMatchObject({ extraServers: 7, chaosKinds: ['drop'] });
    expect(cloud.state().servers.length).toBeGreaterThan(20);
  });

  it('ignores a stored state that is not JSON', () => {
    sessionStorage.setItem(STATE_KEY, '{broken');
    expect(make(sessionStorage).state().servers.length).toBeGreaterThan(0);
  });

  it('a state too big for the storage stays in memory, and the stale copy is dropped', () => {
    const storage = smallStorage(60_000);
    const cloud = make(storage);
    storage.setItem(STATE_KEY, '{"stale":true}');
    const controls = persistCloud(cloud, storage);
    expect(storage.getItem(STATE_KEY)).toBeNull();
    controls.expireTokens();
    expect(storage.getItem(STATE_KEY)).toBeNull();
    expect(cloud.state().servers.length).toBeGreaterThan(0);
  });

  it('a fleet too big for any browser is not even written (no 12-million-character JSON to learn it does not fit)', () => {
    const writes: string[] = [];
    const storage = smallStorage(Number.MAX_SAFE_INTEGER);
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes.push(key);
      setItem(key, value);
    };
    storage.setItem(STATE_KEY, '{"stale":true}');
    writes.length = 0;
    const cloud = make(storage);
    cloud.controls.setConfig({ extraServers: NEVER_FITS_SERVERS });
    const controls = persistCloud(cloud, storage);
    expect(cloud.state().servers.length).toBeGreaterThan(NEVER_FITS_SERVERS);
    expect(writes).not.toContain(STATE_KEY);
    expect(storage.getItem(STATE_KEY)).toBeNull();
    controls.expireTokens();
    expect(writes).not.toContain(STATE_KEY);
  });

  it('reset goes back to the seed and saves it', () => {
    const cloud = make(sessionStorage);
    const controls = persistCloud(cloud, sessionStorage);
    cloud.state().servers.length = 0;
    controls.reset();
    const saved = JSON.parse(sessionStorage.getItem(STATE_KEY) ?? '{}') as { servers: unknown[] };
    expect(saved.servers.length).toBeGreaterThan(0);
  });
});
