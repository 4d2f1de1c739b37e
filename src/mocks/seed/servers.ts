/**
 * One server in each status a server can reach, named after it. Those seeded mid-transition stay there until
 * acted on, like a stuck task on a real cloud; only `build` finishes like a real build.
 */
import type { SimConfig } from '../controls';
import { hostFor } from '../engine/server-effects';
import { materializeServer, type VolumeRequest } from '../engine/server-factory';
import { startTask } from '../engine/steps';
import { buildRecipe } from '../engine/transitions';
import { reservationId } from '../random';
import type { SimServer, SimState } from '../state';
import { DEMO_TENANT_ID, DEMO_USER_ID } from './constants';
import type { SeedLookups } from './lookups';

interface StatusServer {
  name: string;
  vm: string;
  task?: string | null;
  power: number;
  flavor?: string;
  image?: string;
  zone?: 'kr-pub-a' | 'kr-pub-b';
  subnet?: string;
  groups?: string[];
  rootGb?: number;
  noHost?: boolean;
  resizeTo?: string;
  fault?: string;
  key?: string | null;
}

const HOUR = 60 * 60 * 1000;

const STATUS_SERVERS: StatusServer[] = [
  { name: 'active', vm: 'active', power: 1, groups: ['default', 'web'] },
  { name: 'shutoff', vm: 'stopped', power: 4, image: 'Rocky', zone: 'kr-pub-b' },
  { name: 'error', vm: 'error', power: 4, fault: 'Connection to the hypervisor is broken on host', zone: 'kr-pub-b' },
  { name: 'reboot', vm: 'active', task: 'rebooting', power: 1 },
  { name: 'hard-reboot', vm: 'active', task: 'rebooting_hard', power: 1, zone: 'kr-pub-b' },
  { name: 'resize', vm: 'active', task: 'resize_migrating', power: 4, resizeTo: 'm2.c4m8' },
  { name: 'verify-resize', vm: 'resized', power: 1, flavor: 'm2.c4m8', resizeTo: 'm2.c4m8', zone: 'kr-pub-b' },
  { name: 'revert-resize', vm: 'resized', task: 'resize_reverting', power: 1, flavor: 'm2.c4m8', resizeTo: 'm2.c4m8' },
  { name: 'migrating', vm: 'active', task: 'migrating', power: 1, zone: 'kr-pub-b' },
  { name: 'password', vm: 'active', task: 'updating_password', power: 1 },
  { name: 'rebuild', vm: 'active', task: 'rebuilding', power: 1, image: 'Debian', zone: 'kr-pub-b' },
  { name: 'paused', vm: 'paused', power: 3 },
  { name: 'suspended', vm: 'suspended', power: 7, zone: 'kr-pub-b' },
  { name: 'rescue', vm: 'rescued', power: 1 },
  { name: 'shelved-offloaded', vm: 'shelved_offloaded', power: 4, noHost: true, zone: 'kr-pub-b' },
  // Nova shows UNKNOWN for a vm_state it has no mapping for; this one stands in for a lost record.
  { name: 'unknown', vm: 'unknown', power: 0 },
  { name: 'win-active', vm: 'active', power: 1, image: 'Windows 2019', flavor: 'm2.c4m8', rootGb: 50, zone: 'kr-pub-b' },
  { name: 'u2-active', vm: 'active', power: 1, flavor: 'u2.c2m4' },
  { name: 'gpu-active', vm: 'active', power: 1, flavor: 'g2.t4.c4m32', image: 'Ubuntu Server 22.04 LTS - GPU', zone: 'kr-pub-a' },
  { name: 'private-db', vm: 'active', power: 1, flavor: 'r2.c2m8', image: 'Rocky', subnet: 'private-subnet', zone: 'kr-pub-b' },
];

export function seedStatusServers(state: SimState, config: SimConfig, lookups: SeedLookups, now: number): void {
  STATUS_SERVERS.forEach((spec, index) => {
    const created = now - (STATUS_SERVERS.length - index + 2) * 26 * HOUR;
    const server = seedServer(state, lookups, spec, created);
    server.vmState = spec.vm;
    server.taskState = spec.task ?? null;
    server.powerState = spec.power;
    server.host = spec.noHost ? null : hostFor(server);
    server.networkReady = true;
    server.launchedAt = created + 90_000;
    server.updatedAt = created + 2 * HOUR;
    if (spec.resizeTo) {
      server.resize = { oldFlavorId: lookups.flavor('m2.c2m4').id, newFlavorId: lookups.flavor(spec.resizeTo).id, returnTo: 'active' };
    }
    if (spec.fault) server.fault = { code: 500, message: `${spec.fault}: ${server.host ?? ''}`, createdAt: server.updatedAt };
    if (spec.vm === 'shelved_offloaded') setVolumeStatus(state, server, 'reserved');
  });
  // The one BUILD server finishes like any new server.
  const build = seedServer(state, lookups, { name: 'build', vm: 'building', power: 0 }, now - 1000);
  setVolumeStatus(state, build, 'creating');
  startTask({ state, config, now }, build, buildRecipe.immediate, buildRecipe.later);
}

export function seedServer(state: SimState, lookups: SeedLookups, spec: StatusServer, created: number): SimServer {
  const flavor = lookups.flavor(spec.flavor ?? 'm2.c2m4');
  const image = lookups.image(spec.image ?? 'Ubuntu Server 22.04 LTS (');
  const local = flavor.name.startsWith('u2') || flavor.name.startsWith('g2');
  const volumes: VolumeRequest[] = local
    ? []
    : [{ bootIndex: 0, size: spec.rootGb ?? 50, volumeType: 'General SSD', deleteOnTermination: true, encryption: null, image }];
  return materializeServer(state, {
    name: spec.name,
    tenantId: DEMO_TENANT_ID,
    userId: DEMO_USER_ID,
    flavor,
    image,
    imageId: image.id,
    rootKind: local ? 'local' : 'volume',
    keyName: spec.key === undefined ? 'demo-key' : spec.key,
    availabilityZone: spec.zone ?? 'kr-pub-a',
    reservationId: reservationId(state),
    userMetadata: {},
    securityGroupIds: (spec.groups ?? ['default']).map((name) => lookups.group(name).id),
    nics: [{ subnet: lookups.subnet(spec.subnet ?? 'Default Network') }],
    volumes,
    volumeStatus: 'in-use',
    now: created,
  });
}

function setVolumeStatus(state: SimState, server: SimServer, status: string): void {
  for (const volume of state.volumes) if (volume.attachment?.serverId === server.id) volume.status = status;
}
