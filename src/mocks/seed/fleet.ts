/** `config.extraServers` synthetic servers: mostly ACTIVE/SHUTOFF, spread over zones, flavors and images. */
import { hostFor } from '../engine/server-effects';
import { ipPool } from '../engine/network';
import { materializeServer } from '../engine/server-factory';
import { nextFloat, pick, reservationId } from '../random';
import type { SimState } from '../state';
import { DAY_MS, DEMO_TENANT_ID, DEMO_USER_ID, ZONES } from './constants';
import type { SeedLookups } from './lookups';

const ROLES = ['web', 'api', 'db', 'cache', 'batch', 'worker', 'queue', 'search', 'ml', 'gateway', 'ci-runner', 'log'];
const FLAVORS = ['m2.c2m4', 'm2.c2m4', 'm2.c4m8', 'c2.c4m4', 'r2.c2m8', 't2.c1m1', 'm2.c1m2', 'x1.c16m64'];
const LINUX = ['Ubuntu Server 22.04 LTS (', 'Rocky', 'Debian', 'CentOS'];

export function seedFleet(state: SimState, lookups: SeedLookups, count: number, now: number): void {
  const subnet = lookups.subnet('batch-subnet');
  const ipPools = new Map([[subnet.id, ipPool(state, subnet)]]);
  const groupId = lookups.group('default').id;
  for (let i = 1; i <= count; i += 1) {
    const windows = nextFloat(state) < 0.05;
    const image = lookups.image(windows ? pick(state, ['Windows 2019', 'Windows 2022']) : pick(state, LINUX));
    const flavor = lookups.flavor(windows ? 'm2.c4m8' : pick(state, FLAVORS));
    const zone = ZONES[i % ZONES.length] ?? 'kr-pub-a';
    const created = now - Math.floor(nextFloat(state) * 400 * DAY_MS) - 3 * DAY_MS;
    const role = pick(state, ROLES);
    const server = materializeServer(state, {
      name: `${role}-${String(i).padStart(4, '0')}`,
      tenantId: DEMO_TENANT_ID,
      userId: DEMO_USER_ID,
      flavor,
      image,
      imageId: image.id,
      rootKind: 'volume',
      keyName: 'demo-key',
      availabilityZone: zone,
      reservationId: reservationId(state),
      userMetadata: { role },
      securityGroupIds: [groupId],
      nics: [{ subnet }],
      volumes: [{ bootIndex: 0, size: windows ? 50 : 20 + 10 * Math.floor(nextFloat(state) * 8), volumeType: 'General HDD', deleteOnTermination: true, encryption: null, image }],
      volumeStatus: 'in-use',
      now: created,
      ipPools,
    });
    const roll = nextFloat(state);
    server.vmState = roll < 0.72 ? 'active' : roll < 0.94 ? 'stopped' : roll < 0.97 ? 'error' : 'shelved_offloaded';
    server.powerState = server.vmState === 'active' ? 1 : 4;
    server.host = server.vmState === 'shelved_offloaded' ? null : hostFor(server);
    server.taskState = null;
    server.networkReady = true;
    server.launchedAt = created + 90_000;
    server.updatedAt = created + Math.floor(nextFloat(state) * (now - created));
    if (server.vmState === 'error') server.fault = { code: 500, message: `Connection to the hypervisor is broken on host: ${server.host ?? ''}`, createdAt: server.updatedAt };
  }
}
