/**
 * The simulated cloud of the Vitest run, on a manual clock: time moves only when a test calls
 * `simClock.advance(ms)`. src/test/msw-server.ts serves its handlers; src/test/setup.ts resets it after each test.
 */
import { createManualClock, MANUAL_CLOCK_START } from './clock';
import { createSimulatedCloud } from './cloud';
import type { SimConfig } from './controls';
import { DEFAULT_CONFIG } from './core';
import { DEMO_TENANT_ID } from './seed/constants';

export const SIM_BASE_URL = 'http://localhost/sim';
export const SIM_TENANT_ID = DEMO_TENANT_ID;

/** One step of a transition takes exactly one second in tests. */
export const TEST_SIM_CONFIG: SimConfig = { transitionMs: 1000, chaosRate: 0, chaosKinds: ['server-error', 'slow', 'drop'], extraServers: 0, unavailableZones: [], autoConfirmResize: true, quota: DEFAULT_CONFIG.quota };

export const simClock = createManualClock(MANUAL_CLOCK_START);

export const sim = createSimulatedCloud({ baseUrl: SIM_BASE_URL, clock: simClock, config: TEST_SIM_CONFIG });

/** Back to the seed, the start time and the test configuration, with no tokens and no forced failures. */
export function resetSim(): void {
  simClock.set(MANUAL_CLOCK_START);
  sim.controls.setConfig(TEST_SIM_CONFIG);
  sim.reset({ keepTokens: false });
}

/** Everything a test needs to call the simulated cloud as the demo user: a fresh token and the catalog's URLs. */
export function simSession() {
  return {
    token: sim.issueToken(),
    tenantId: SIM_TENANT_ID,
    endpoints: {
      compute: `${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}`,
      image: `${SIM_BASE_URL}/image`,
      network: `${SIM_BASE_URL}/network`,
      volume: `${SIM_BASE_URL}/volume/v2/${SIM_TENANT_ID}`,
    },
    identity: `${SIM_BASE_URL}/identity/v2.0`,
  };
}
