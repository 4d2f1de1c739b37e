/** Facts about flavors, images and volume types that the server-side rules depend on. */
import type { SimFlavor, SimImage, SimVolumeType } from '../state';

/** The family is the name's prefix (`m2.c2m4` → `m2`; `g2.t4.c4m32` → `g2`): NHN marks it nowhere else. */
export function flavorFamily(flavor: Pick<SimFlavor, 'name'>): string {
  return flavor.name.split('.')[0] ?? '';
}

export const isU2 = (flavor: Pick<SimFlavor, 'name'>) => flavorFamily(flavor) === 'u2';
export const isGpu = (flavor: Pick<SimFlavor, 'name'>) => /^g\d/.test(flavorFamily(flavor));
/**
 * U2 and GPU flavors boot from the hypervisor's local disk (`destination_type: local`), which is the flavor's
 * `disk`: a GPU flavor without one boots from a volume like the others (Nova refuses a local root on zero disk).
 */
export const hasLocalRoot = (flavor: Pick<SimFlavor, 'name' | 'disk'>) => isU2(flavor) || (isGpu(flavor) && flavor.disk > 0);

/** NHN documents `os_type` as `windows|linux` but shows `Windows` too: compare without case. */
export function isWindowsImage(properties: Record<string, string> | null | undefined): boolean {
  return (properties?.os_type ?? '').toLowerCase() === 'windows';
}

export function isEncryptedType(type: SimVolumeType): boolean {
  return type.extraSpecs.encrypted === 'true';
}

/**
 * The families a resize may move between (NHN console guide, "Modify Flavor": t2, m2, c2, r2 and x1 among themselves,
 * none to u2, u2 not at all; GPU flavors only among themselves). A prefix the guide does not name is a general,
 * volume-backed flavor, as the console takes it.
 */
function resizeGroup(flavor: Pick<SimFlavor, 'name'>): 'u2' | 'gpu' | 'general' {
  if (isU2(flavor)) return 'u2';
  return isGpu(flavor) ? 'gpu' : 'general';
}

export function canResizeBetween(from: SimFlavor, to: SimFlavor): boolean {
  const group = resizeGroup(from);
  return group !== 'u2' && group === resizeGroup(to);
}

const METADATA_FROM_IMAGE = [
  'os_distro',
  'description',
  'os_version',
  'project_domain',
  'hypervisor_type',
  'monitoring_agent',
  'os_architecture',
  'login_username',
  'os_type',
  'tc_env',
];

/** NHN copies the image's properties into the server's metadata; the user's own keys win. */
export function serverMetadata(
  image: Pick<SimImage, 'name' | 'properties'> | null,
  rootSizeGb: number,
  userMetadata: Record<string, string>,
): Record<string, string> {
  const fromImage: Record<string, string> = {};
  if (image) {
    for (const key of METADATA_FROM_IMAGE) {
      const value = image.properties[key];
      if (value !== undefined) fromImage[key] = value;
    }
    fromImage.image_name = image.name;
  }
  fromImage.volume_size = String(rootSizeGb);
  return { ...fromImage, ...userMetadata };
}
