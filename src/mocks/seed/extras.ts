/** The seed's special cases: a volume-booted server, a floating IP, a deleted server, free volumes and a free port. */
import { hostFor, applyServerEffect } from '../engine/server-effects';
import { materializeServer } from '../engine/server-factory';
import { addPort } from '../engine/network';
import { addVolume } from '../engine/volumes';
import { reservationId, uuid } from '../random';
import type { SimServer, SimState } from '../state';
import { DAY_MS, DEMO_TENANT_ID, DEMO_USER_ID } from './constants';
import type { SeedLookups } from './lookups';
import { seedServer } from './servers';

const HOUR = 60 * 60 * 1000;

function markActive(server: SimServer): void {
  server.vmState = 'active';
  server.taskState = null;
  server.powerState = 1;
  server.host = hostFor(server);
  server.networkReady = true;
  server.launchedAt = server.createdAt + 90_000;
  server.updatedAt = server.createdAt + HOUR;
}

export function seedExtras(state: SimState, lookups: SeedLookups, now: number): void {
  const owner = { tenantId: DEMO_TENANT_ID, userId: DEMO_USER_ID };
  const ubuntu = lookups.image('Ubuntu Server 22.04 LTS (');
  const ubuntuMetadata = { ...ubuntu.properties, image_id: ubuntu.id, image_name: ubuntu.name, min_disk: '20', min_ram: '0' };

  // Booted from an existing volume: Nova shows `"image": ""`.
  const bootDisk = addVolume(state, {
    ...owner, name: 'boot-disk', size: 30, volumeType: 'General HDD', availabilityZone: 'kr-pub-a', status: 'available',
    now: now - 40 * DAY_MS, imageMetadata: ubuntuMetadata,
  });
  const volumeBoot = materializeServer(state, {
    ...owner, name: 'volume-boot', flavor: lookups.flavor('m2.c1m2'), image: null, imageId: '', rootKind: 'volume',
    keyName: 'demo-key', availabilityZone: 'kr-pub-a', reservationId: reservationId(state), userMetadata: {},
    securityGroupIds: [lookups.group('default').id], nics: [{ subnet: lookups.subnet('Default Network') }],
    volumes: [{ bootIndex: 0, size: 30, volumeType: 'General HDD', deleteOnTermination: false, encryption: null, image: null, existing: bootDisk }],
    volumeStatus: 'in-use', now: now - 39 * DAY_MS,
  });
  markActive(volumeBoot);

  // A web server with a floating IP on its first port.
  const web = seedServer(state, lookups, { name: 'public-web', vm: 'active', power: 1, groups: ['default', 'web'] }, now - 12 * DAY_MS);
  markActive(web);
  const webPort = state.ports.find((port) => port.deviceId === web.id);
  state.floatingIps.push({ id: uuid(state), tenantId: DEMO_TENANT_ID, address: '133.186.151.32', portId: webPort?.id ?? null, createdAt: now - 12 * DAY_MS });

  // The `active` server has a data volume.
  const active = state.servers.find((server) => server.name === 'active');
  if (active) {
    addVolume(state, {
      ...owner, name: 'active-data', size: 100, volumeType: 'General HDD', availabilityZone: active.availabilityZone, status: 'in-use',
      now: active.createdAt,
      attachment: { serverId: active.id, device: '/dev/vdb', attachedAt: active.createdAt, bootIndex: null, deleteOnTermination: false },
    });
  }

  // Windows metadata exactly like the spec's example (os_type capitalised).
  const windows = state.servers.find((server) => server.name === 'win-active');
  if (windows) windows.metadata = { ...windows.metadata, os_type: 'Windows' };

  // Deleted yesterday: only `changes-since` shows it.
  const deleted = seedServer(state, lookups, { name: 'deleted', vm: 'active', power: 1 }, now - 20 * DAY_MS);
  markActive(deleted);
  applyServerEffect(state, deleted, 'remove', now - DAY_MS);
  deleted.updatedAt = now - DAY_MS;

  // Free volumes in each zone, one encrypted, one bootable.
  const free = (name: string, size: number, volumeType: string, zone: string, extra: Partial<Parameters<typeof addVolume>[1]> = {}) =>
    addVolume(state, { ...owner, name, size, volumeType, availabilityZone: zone, status: 'available', now: now - 10 * DAY_MS, ...extra });
  free('data-a', 100, 'General HDD', 'kr-pub-a');
  free('data-b', 200, 'General SSD', 'kr-pub-b');
  free('encrypted-data', 50, 'Encrypted HDD', 'kr-pub-a', { encryption: { skmAppkey: 'skm-demo-appkey', skmKeyId: uuid(state) } });
  free('ubuntu-spare', 30, 'General SSD', 'kr-pub-b', { imageMetadata: ubuntuMetadata });

  // A port made in advance, for `networks: [{port}]`.
  addPort(state, {
    subnet: lookups.subnet('Default Network'), ip: '192.168.0.200', deviceId: '', deviceOwner: '', preexisting: true,
    securityGroupIds: [lookups.group('default').id], name: 'reserved-port', now: now - 5 * DAY_MS,
  });
}
