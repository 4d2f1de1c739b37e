/**
 * POST /servers, second pass: everything the body names must exist, and NHN's rules for flavors, Windows
 * images and root disks hold. The result is a plan the handler materialises once per instance.
 */
import type { SimQuota } from '../controls';
import { badRequest, forbidden } from '../http/faults';
import { invalidField, messages } from '../http/validate';
import type { SimFlavor, SimImage, SimState } from '../state';
import { hasLocalRoot, isU2, isWindowsImage } from './catalog';
import type { CreateRequest } from './create-parse';
import { resolveNics } from './create-network';
import { allowedInstances, quotaUsage } from './quota';
import { checkBootSequence, checkLocalRoot, existingVolume, extraVolume, invalidBootSequence, rootVolumeFromImage, zoneMismatch, type VolumeContext } from './create-volumes';
import type { NicRequest, VolumeRequest } from './server-factory';

export interface CreatePlan {
  count: number;
  flavor: SimFlavor;
  image: SimImage | null;
  imageId: string;
  rootKind: 'local' | 'volume';
  availabilityZone: string | null;
  securityGroupIds: string[];
  nics: NicRequest[];
  volumes: VolumeRequest[];
}

export interface ResolveContext {
  state: SimState;
  tenantId: string;
  userId: string;
  unavailableZones: readonly string[];
  quota: SimQuota;
}

function visibleImage(state: SimState, tenantId: string, id: string): SimImage {
  const image = state.images.find((i) => i.id === id && (i.visibility !== 'private' || i.owner === tenantId));
  if (!image) throw badRequest('Can not find requested image');
  if (image.status !== 'active') throw badRequest(`Image ${id} is not active.`);
  return image;
}

export function resolveCreate(ctx: ResolveContext, request: CreateRequest): CreatePlan {
  const { state, tenantId } = ctx;
  if (request.minCount > request.maxCount) throw badRequest('min_count must be <= max_count');
  const flavor = state.flavors.find((f) => f.id === request.flavorRef);
  if (!flavor) throw badRequest(`Flavor ${request.flavorRef} could not be found.`);
  const findImage = (id: string) => visibleImage(state, tenantId, id);
  const devices = request.blockDevices ?? [];
  checkBootSequence(devices, request.imageRef !== '');
  const rootDevice = devices.find((d) => d.bootIndex === 0);
  if (!request.imageRef && !rootDevice) throw badRequest('Missing imageRef attribute');
  // The NHN guide: block_device_mapping_v2 is required for every flavor but U2.
  if (!isU2(flavor) && !rootDevice) throw badRequest('Missing Block Device Mapping attribute');

  let availabilityZone = request.availabilityZone;
  if (availabilityZone && (!state.zones.includes(availabilityZone) || ctx.unavailableZones.includes(availabilityZone))) {
    throw badRequest('The requested availability zone is not available');
  }
  if (!state.keypairs.some((k) => k.userId === ctx.userId && k.name === request.keyName)) throw badRequest('Invalid key_name provided.');
  const securityGroupIds = request.securityGroups.map((nameOrId) => {
    const group = state.securityGroups.find((g) => g.tenantId === tenantId && (g.name === nameOrId || g.id === nameOrId));
    if (!group) throw badRequest(`Security group ${nameOrId} not found.`);
    return group.id;
  });

  const volumeContext: VolumeContext = { state, tenantId, count: request.maxCount, findImage };
  const imageFromRef = request.imageRef ? findImage(request.imageRef) : null;
  const volumes: VolumeRequest[] = [];
  let rootImage: SimImage | null = imageFromRef;
  let rootProperties = imageFromRef?.properties ?? null;
  const local = hasLocalRoot(flavor);
  const expected = local ? 'local' : 'volume';
  // Nova's policy os_compute_api:servers:create:zero_disk_flavor, which only admins pass.
  if (rootDevice?.destinationType === 'local' && flavor.disk === 0) throw forbidden('Only volume-backed servers are allowed for flavors with zero disk.');
  if (rootDevice && rootDevice.destinationType !== expected) {
    throw badRequest(`Block Device Mapping is Invalid: the root device of flavor ${flavor.name} must have destination_type '${expected}'.`);
  }
  if (rootDevice?.sourceType === 'blank' || (local && rootDevice && rootDevice.sourceType !== 'image')) throw invalidBootSequence();
  if (rootDevice?.sourceType === 'snapshot') throw badRequest(`Block Device Mapping is Invalid: failed to get snapshot ${rootDevice.uuid ?? 'None'}.`);
  if (rootDevice?.sourceType === 'image') rootImage = findImage(rootDevice.uuid ?? '');
  if (rootDevice?.sourceType === 'volume') {
    const volume = existingVolume(volumeContext, rootDevice);
    if (!volume.bootable) throw badRequest(`Block Device Mapping is Invalid: Volume ${volume.id} is not bootable.`);
    if (availabilityZone && availabilityZone !== volume.availabilityZone) throw zoneMismatch();
    availabilityZone = volume.availabilityZone;
    rootProperties = volume.imageMetadata;
    volumes.push({ bootIndex: 0, size: volume.size, volumeType: volume.volumeType, deleteOnTermination: rootDevice.deleteOnTermination, encryption: volume.encryption, image: null, existing: volume });
  }

  const windows = isWindowsImage(rootImage?.properties ?? rootProperties);
  checkWindowsAndMemory(request, flavor, rootImage, windows);
  if (local && rootImage) checkLocalRoot(flavor, rootImage);
  if (!local && rootDevice?.sourceType === 'image' && rootImage) volumes.push(rootVolumeFromImage(volumeContext, rootDevice, rootImage, windows));
  for (const device of devices) if (device !== rootDevice) volumes.push(extraVolume(volumeContext, device, availabilityZone));

  const nics = resolveNics(state, tenantId, request.networks, request.maxCount);
  return {
    count: allowedInstances(ctx.quota, quotaUsage(state, tenantId), flavor, request.minCount, request.maxCount),
    flavor,
    image: rootImage,
    imageId: request.imageRef,
    rootKind: local ? 'local' : 'volume',
    availabilityZone,
    securityGroupIds,
    nics,
    volumes,
  };
}

/** The spec's Windows rules (name, U2, RAM) and Nova's own min_ram check. */
function checkWindowsAndMemory(request: CreateRequest, flavor: SimFlavor, image: SimImage | null, windows: boolean): void {
  if (windows && request.name.length > 15) {
    throw invalidField('name', request.name, `${messages.tooLong(request.name)} (at most 15 characters for Windows images)`);
  }
  if (windows && isU2(flavor)) throw badRequest('Windows images cannot be used with U2 flavors.');
  const minRam = Math.max(image?.minRam ?? 0, windows ? 2048 : 0);
  if (flavor.ram < minRam) throw badRequest("Flavor's memory is too small for requested image.");
}
