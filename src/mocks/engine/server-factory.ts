/** Builds a server with its ports and volumes: used by the seed and by `POST /servers` alike. */
import { uuid } from '../random';
import type { SimFlavor, SimImage, SimPort, SimServer, SimState, SimSubnet, SimVolume } from '../state';
import { serverMetadata } from './catalog';
import { addPort, ipPool, nextFreeIp, type IpPool } from './network';
import { addVolume } from './volumes';

export interface NicRequest {
  subnet: SimSubnet;
  ip?: string;
  /** An existing port: it keeps its own security groups (spec: "not applied to existing specified ports"). */
  port?: SimPort;
}

export interface VolumeRequest {
  bootIndex: number | null;
  size: number;
  volumeType: string;
  deleteOnTermination: boolean;
  encryption: { skmAppkey: string; skmKeyId: string } | null;
  /** The image a new root volume is made from. */
  image: SimImage | null;
  /** An existing volume to boot from. */
  existing?: SimVolume;
}

export interface ServerBlueprint {
  name: string;
  tenantId: string;
  userId: string;
  flavor: SimFlavor;
  image: SimImage | null;
  imageId: string;
  rootKind: 'local' | 'volume';
  keyName: string | null;
  availabilityZone: string;
  reservationId: string;
  userMetadata: Record<string, string>;
  securityGroupIds: string[];
  nics: NicRequest[];
  volumes: VolumeRequest[];
  /** Status of the volumes made for the server ('creating' while it builds). */
  volumeStatus: string;
  now: number;
  /** Shared by a caller that allocates many IPs at once (the fleet seed), to avoid rescanning ports. */
  ipPools?: Map<string, IpPool>;
}

export function materializeServer(state: SimState, blueprint: ServerBlueprint): SimServer {
  const id = uuid(state);
  const root = blueprint.volumes.find((volume) => volume.bootIndex === 0);
  const rootSize = blueprint.rootKind === 'local' ? blueprint.flavor.disk : (root?.existing?.size ?? root?.size ?? 0);
  const metadataSource = root?.existing?.imageMetadata
    ? { name: root.existing.imageMetadata.image_name ?? '', properties: root.existing.imageMetadata }
    : blueprint.image;
  const server: SimServer = {
    id,
    name: blueprint.name,
    tenantId: blueprint.tenantId,
    userId: blueprint.userId,
    flavorId: blueprint.flavor.id,
    imageId: blueprint.imageId,
    rootKind: blueprint.rootKind,
    keyName: blueprint.keyName,
    vmState: 'building',
    taskState: 'scheduling',
    powerState: 0,
    progress: 0,
    host: null,
    availabilityZone: blueprint.availabilityZone,
    createdAt: blueprint.now,
    updatedAt: blueprint.now,
    launchedAt: null,
    terminatedAt: null,
    deleted: false,
    networkReady: false,
    metadata: serverMetadata(metadataSource, rootSize, blueprint.userMetadata),
    fault: null,
    reservationId: blueprint.reservationId,
    resize: null,
  };
  state.servers.push(server);
  attachNics(state, server, blueprint);
  attachVolumes(state, server, blueprint);
  return server;
}

function attachNics(state: SimState, server: SimServer, blueprint: ServerBlueprint): void {
  const deviceOwner = `compute:${server.availabilityZone}`;
  const pools = blueprint.ipPools ?? new Map<string, IpPool>();
  for (const nic of blueprint.nics) {
    if (nic.port) {
      nic.port.deviceId = server.id;
      nic.port.deviceOwner = deviceOwner;
      continue;
    }
    let pool = pools.get(nic.subnet.id);
    if (!pool) {
      pool = ipPool(state, nic.subnet);
      pools.set(nic.subnet.id, pool);
    }
    const ip = nic.ip ?? nextFreeIp(nic.subnet, pool);
    if (!ip) throw new Error(`subnet ${nic.subnet.name} is full`);
    pool.used.add(ip);
    addPort(state, { subnet: nic.subnet, ip, deviceId: server.id, deviceOwner, securityGroupIds: blueprint.securityGroupIds, now: blueprint.now });
  }
}

function attachVolumes(state: SimState, server: SimServer, blueprint: ServerBlueprint): void {
  let nextLetter = 'b'.charCodeAt(0);
  for (const request of blueprint.volumes) {
    const device = request.bootIndex === 0 ? '/dev/vda' : `/dev/vd${String.fromCharCode(nextLetter++)}`;
    const attachment = {
      serverId: server.id,
      device,
      attachedAt: blueprint.now,
      bootIndex: request.bootIndex,
      deleteOnTermination: request.deleteOnTermination,
    };
    if (request.existing) {
      request.existing.attachment = { ...attachment, attachmentId: uuid(state) };
      request.existing.status = blueprint.volumeStatus === 'creating' ? 'attaching' : blueprint.volumeStatus;
      request.existing.updatedAt = blueprint.now;
      continue;
    }
    const image = request.image;
    addVolume(state, {
      name: request.bootIndex === 0 ? `${server.name}-root` : `${server.name}-data-${device.slice(-1)}`,
      size: request.size,
      volumeType: request.volumeType,
      availabilityZone: server.availabilityZone,
      tenantId: server.tenantId,
      userId: server.userId,
      status: blueprint.volumeStatus,
      now: blueprint.now,
      imageMetadata: image
        ? { ...image.properties, image_id: image.id, image_name: image.name, min_disk: String(image.minDisk), min_ram: String(image.minRam) }
        : null,
      encryption: request.encryption,
      attachment,
    });
  }
}
