/**
 * Flavor families, told apart by the name prefix: NHN documents no extra_spec that marks U2 or GPU. Names look like
 * `<family>.c<vCPU>m<RAM GB>`, GPU flavors start `g2.` (docs/nhn-cloud.md, "Flavor families and names").
 */
import { type CloudProfile, ruleApplies } from './cloud-profile';

export const FLAVOR_FAMILIES = ['t2', 'm2', 'c2', 'r2', 'x1', 'u2', 'g2'] as const;

export type KnownFlavorFamily = (typeof FLAVOR_FAMILIES)[number];
/** `other` is any prefix NHN does not document; it is treated as a general, volume-backed flavor. */
export type FlavorFamily = KnownFlavorFamily | 'other';

export function flavorFamily(flavorName: string | null | undefined): FlavorFamily {
  const prefix = (flavorName ?? '').trim().toLowerCase().split('.')[0] ?? '';
  if ((FLAVOR_FAMILIES as readonly string[]).includes(prefix)) return prefix as KnownFlavorFamily;
  // Older or newer GPU families (g1, g3, ...) are GPU flavors all the same
  // (docs/nhn-cloud.md, "Flavor families and names").
  if (/^g\d/.test(prefix)) return 'g2';
  return 'other';
}

/** U2 has a local (ephemeral) root disk (docs/nhn-cloud.md, "Flavor families and names"). */
export function hasLocalRootDisk(family: FlavorFamily): boolean {
  return family === 'u2';
}

export function isGpu(family: FlavorFamily): boolean {
  return family === 'g2';
}

/** Spec, Create Instance: "Must be specified for any instance flavors other than U2 flavor which uses local block storage". */
export function needsBlockDeviceMapping(family: FlavorFamily): boolean {
  return family !== 'u2';
}

/**
 * Spec, block_device_mapping_v2.destination_type: "local: For GPU and U2 instance flavors; volume: For other instance
 * flavors". A local root is the flavor's own disk, so a flavor with `disk: 0` has none: Nova answers 403 "Only
 * volume-backed servers are allowed for flavors with zero disk." to a local root there, and such a GPU flavor boots
 * from a volume like the general ones (docs/simulation-differences.md). U2 is the local-disk family by definition.
 */
export function rootDestinationType(family: FlavorFamily, flavorDiskGb: number): 'local' | 'volume' {
  if (family === 'u2') return 'local';
  return family === 'g2' && flavorDiskGb > 0 ? 'local' : 'volume';
}

/**
 * How a new server's root disk is made: on the flavor's own disk with no mapping, through a `local` mapping, or on a
 * volume. NHN Cloud goes by flavor family (U2 on its disk, GPU through `local` when it has a disk, the others on a
 * volume). Plain OpenStack goes by the flavor's disk (Nova boots the image on it; with none, 403 "Only
 * volume-backed servers are allowed for flavors with zero disk.").
 */
export type RootDevice = 'flavor-disk' | 'local-mapping' | 'volume';

export function rootDevice(flavor: { family: FlavorFamily; disk: number }, profile: CloudProfile): RootDevice {
  if (!ruleApplies('flavorFamilies', profile)) return flavor.disk > 0 ? 'flavor-disk' : 'volume';
  if (!needsBlockDeviceMapping(flavor.family)) return 'flavor-disk';
  return rootDestinationType(flavor.family, flavor.disk) === 'local' ? 'local-mapping' : 'volume';
}

/** Spec, Create Instance Image: "Only U2 flavor instances can create images via this API." */
export function canCreateImageThroughInstanceApi(family: FlavorFamily): boolean {
  return family === 'u2';
}

/**
 * Console guide "Modify Flavor" (docs/nhn-cloud.md, "Changing flavors and shelving"): m2, c2, r2, t2 and x1 change
 * among themselves; none of them can change to u2; u2 cannot change at all. GPU flavors are not listed, so the console
 * only offers other GPU flavors for them, and no GPU flavor to the others.
 */
export function canResizeBetween(from: FlavorFamily, to: FlavorFamily): boolean {
  if (from === 'u2' || to === 'u2') return false;
  if (from === 'g2' || to === 'g2') return from === to;
  return true;
}

/** Whether a flavor family can be resized at all (to pick the reason a resize is disabled). */
export function canResizeFamily(family: FlavorFamily): boolean {
  return family !== 'u2';
}

/**
 * Console guide: "GPU instances cannot be terminated (shelved)" (docs/nhn-cloud.md, "Changing flavors and shelving").
 */
export function canShelveFamily(family: FlavorFamily): boolean {
  return family !== 'g2';
}
