/** The seed: a deterministic demo project. Same config and same start time → the same state, byte for byte. */
import type { SimConfig } from '../controls';
import { quotaUsage } from '../engine/quota';
import { STATE_SCHEMA_VERSION, type SimState } from '../state';
import { seedFlavors, seedImages, seedVolumeTypes } from './catalog';
import { DEMO_PASSWORD, DEMO_TENANT_ID, DEMO_TENANT_NAME, DEMO_USER_ID, DEMO_USER_NAME, SANDBOX_TENANT_ID, SEED, ZONES } from './constants';
import { seedExtras } from './extras';
import { seedFleet } from './fleet';
import { seedKeypairs } from './keypairs';
import { seedLookups } from './lookups';
import { seedNetwork } from './network';
import { seedStatusServers } from './servers';

export function createSeedState(config: SimConfig, now: number): SimState {
  const state: SimState = {
    schemaVersion: STATE_SCHEMA_VERSION,
    seedExtraServers: config.extraServers,
    fleetAllowance: { instances: 0, cores: 0, ram: 0 },
    rng: SEED,
    requestCount: 0,
    nextKeypairId: 3,
    nextStepSeq: 1,
    users: [{ id: DEMO_USER_ID, name: DEMO_USER_NAME, password: DEMO_PASSWORD, tenantIds: [DEMO_TENANT_ID, SANDBOX_TENANT_ID] }],
    tenants: [
      { id: DEMO_TENANT_ID, name: DEMO_TENANT_NAME },
      { id: SANDBOX_TENANT_ID, name: 'sandbox' },
    ],
    tokens: [],
    flavors: [],
    zones: [...ZONES],
    images: [],
    keypairs: seedKeypairs(now),
    vpcs: [],
    subnets: [],
    ports: [],
    floatingIps: [],
    securityGroups: [],
    volumeTypes: [],
    volumes: [],
    servers: [],
    schedule: [],
    instanceActions: [],
  };
  state.flavors = seedFlavors(state);
  state.images = seedImages(state, now);
  state.volumeTypes = seedVolumeTypes(state);
  const network = seedNetwork(state, now);
  state.vpcs = network.vpcs;
  state.subnets = network.subnets;
  state.securityGroups = network.securityGroups;
  const lookups = seedLookups(state);
  seedStatusServers(state, config, lookups, now);
  seedExtras(state, lookups, now);
  const before = quotaUsage(state, DEMO_TENANT_ID);
  seedFleet(state, lookups, config.extraServers, now);
  const after = quotaUsage(state, DEMO_TENANT_ID);
  state.fleetAllowance = { instances: after.instances - before.instances, cores: after.cores - before.cores, ram: after.ram - before.ram };
  return state;
}
