/** POST /servers: `block_device_mapping_v2` entries become volume requests, with NHN's root-disk rules. */
import { badRequest } from '../http/faults';
import type { SimFlavor, SimImage, SimState, SimVolume } from '../state';
import { isEncryptedType } from './catalog';
import type { BlockDeviceRequest } from './create-parse-bdm';
import type { VolumeRequest } from './server-factory';

const GB = 1024 ** 3;
export const MAX_VOLUME_GB = 2000;
const bdmInvalid = (reason: string) => badRequest(`Block Device Mapping is Invalid: ${reason}`);
export const invalidBootSequence = () => bdmInvalid('Boot sequence for the instance and image/block device mapping combination is not valid.');

/**
 * Nova's own checks of the list as a whole (nova/block_device.py from_api, nova/compute/api.py _validate_bdm): an
 * image goes to `local` only as the root of an image boot, and the boot indexes that are set (0 or more) run 0, 1,
 * 2, ... with no gap. So a list of extra volumes with no `boot_index: 0` entry is refused, even for U2, whose root
 * is otherwise implied by imageRef.
 */
export function checkBootSequence(devices: readonly BlockDeviceRequest[], imageRefGiven: boolean): void {
  for (const device of devices) {
    if (device.sourceType === 'image' && device.destinationType === 'local' && !(imageRefGiven && device.bootIndex === 0)) {
      throw bdmInvalid('Mapping image to local is not supported.');
    }
  }
  if (devices.length === 0) return;
  const indexes = devices.flatMap((d) => (d.bootIndex !== null && d.bootIndex >= 0 ? [d.bootIndex] : [])).sort((a, b) => a - b);
  if (indexes.length === 0 || indexes.some((index, position) => index !== position)) throw invalidBootSequence();
}

export interface VolumeContext {
  state: SimState;
  tenantId: string;
  count: number;
  findImage(id: string): SimImage;
}

function volumeTypeName(state: SimState, device: BlockDeviceRequest): string {
  const name = device.volumeType ?? 'General HDD';
  const type = state.volumeTypes.find((t) => t.name === name);
  if (!type) throw badRequest(`Volume type ${name} could not be found.`);
  if (isEncryptedType(type) && (!device.encryption?.skmAppkey || !device.encryption.skmKeyId)) {
    throw bdmInvalid(`volume type '${name}' needs nhn_encryption.skm_appkey and nhn_encryption.skm_key_id.`);
  }
  return name;
}

function encryptionOf(device: BlockDeviceRequest) {
  const { skmAppkey, skmKeyId } = device.encryption ?? {};
  return skmAppkey && skmKeyId ? { skmAppkey, skmKeyId } : null;
}

/** An existing volume to boot from or attach: it must be free, and the count must be one. */
export function existingVolume(ctx: VolumeContext, device: BlockDeviceRequest): SimVolume {
  const volume = ctx.state.volumes.find((v) => v.id === device.uuid && v.tenantId === ctx.tenantId);
  if (!volume) throw bdmInvalid(`failed to get volume ${device.uuid ?? 'None'}.`);
  if (ctx.count > 1) throw badRequest('Cannot attach one or more volumes to multiple instances');
  if (volume.status !== 'available') throw badRequest(`Invalid volume: volume '${volume.id}' status must be 'available'. Currently in '${volume.status}'`);
  return volume;
}

/** The root volume of a volume-backed flavor made from an image: NHN's size range and the image's min_disk. */
export function rootVolumeFromImage(ctx: VolumeContext, device: BlockDeviceRequest, image: SimImage, windows: boolean): VolumeRequest {
  if (!device.volumeSize) throw bdmInvalid("Images with destination_type 'volume' need to have a non-zero size specified");
  const min = windows ? 50 : 10;
  if (device.volumeSize < min || device.volumeSize > MAX_VOLUME_GB) {
    throw bdmInvalid(`the root volume must be between ${min} and ${MAX_VOLUME_GB} GB for ${windows ? 'Windows' : 'Linux'} images (${device.volumeSize} GB requested).`);
  }
  if (device.volumeSize < image.minDisk) {
    throw badRequest(
      `Volume is smaller than the minimum size specified in image metadata. Volume size is ${device.volumeSize * GB} bytes, minimum size is ${image.minDisk * GB} bytes.`,
    );
  }
  return {
    bootIndex: 0,
    size: device.volumeSize,
    volumeType: volumeTypeName(ctx.state, device),
    deleteOnTermination: device.deleteOnTermination,
    encryption: encryptionOf(device),
    image,
  };
}

/** Extra block storage: new blank or image volumes, or existing free ones, always `destination_type: volume`. */
export function extraVolume(ctx: VolumeContext, device: BlockDeviceRequest, availabilityZone: string | null): VolumeRequest {
  if (device.destinationType !== 'volume') throw bdmInvalid("additional block storage needs destination_type 'volume'.");
  const base = { bootIndex: device.bootIndex, deleteOnTermination: device.deleteOnTermination };
  switch (device.sourceType) {
    case 'volume': {
      const volume = existingVolume(ctx, device);
      if (availabilityZone && volume.availabilityZone !== availabilityZone) throw zoneMismatch();
      return { ...base, size: volume.size, volumeType: volume.volumeType, encryption: volume.encryption, image: null, existing: volume };
    }
    case 'snapshot':
      throw bdmInvalid(`failed to get snapshot ${device.uuid ?? 'None'}.`);
    case 'blank':
    case 'image': {
      if (!device.volumeSize) {
        throw bdmInvalid(
          device.sourceType === 'blank'
            ? "Blank volumes (source: 'blank', dest: 'volume') need to have non-zero size"
            : "Images with destination_type 'volume' need to have a non-zero size specified",
        );
      }
      if (device.volumeSize > MAX_VOLUME_GB) throw bdmInvalid(`volume_size must be at most ${MAX_VOLUME_GB} GB.`);
      const image = device.sourceType === 'image' ? ctx.findImage(device.uuid ?? '') : null;
      return { ...base, size: device.volumeSize, volumeType: volumeTypeName(ctx.state, device), encryption: encryptionOf(device), image };
    }
  }
}

export const zoneMismatch = () =>
  badRequest('The availability zone between the server and its attached volumes do not match: Server and volumes are not in the same availability zone.');

/** Local roots (U2, GPU) use the flavor's disk; the image's min_disk still applies (Nova's own check). */
export function checkLocalRoot(flavor: SimFlavor, image: SimImage): void {
  if (flavor.disk < image.minDisk) {
    throw badRequest(
      `Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is ${flavor.disk * GB} bytes, minimum size is ${image.minDisk * GB} bytes.`,
    );
  }
}
