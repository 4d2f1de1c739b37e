import type { CloudProfile } from '../api/session';
import { ruleApplies } from './cloud-profile';
import { isGpu, rootDevice, type FlavorFamily } from './flavor-family';

export type OsType = 'linux' | 'windows';

/**
 * Windows or Linux, from the image's `os_type` (documented as `windows | linux`, but server metadata shows
 * "Windows", so compare case-insensitively), falling back to `os_distro` and the name
 * (docs/nhn-cloud.md, "Windows or Linux images").
 */
export function imageOsType(image: { os_type?: string | null; os_distro?: string | null; name?: string | null }): OsType {
  const osType = image.os_type?.trim().toLowerCase();
  if (osType === 'windows' || osType === 'linux') return osType;
  const hint = `${image.os_distro ?? ''} ${image.name ?? ''}`.toLowerCase();
  return hint.includes('windows') ? 'windows' : 'linux';
}

/** Spec: "Use an instance flavor with at least 2GB RAM capacity." (Windows) */
export const WINDOWS_MIN_RAM_MB = 2048;

/**
 * The `minRam` that asks for flavors of at least `minRamMb`. The spec: minRam "Returns only flavors with RAM sizes
 * greater than specified value"; Nova returns `ram >= minRam` (checked). One MB below the need returns a flavor of
 * exactly the need under either reading; the one-MB-short flavor only ">=" adds is refused by flavorProblems.
 */
export function minRamQuery(minRamMb: number): number {
  return Math.max(0, minRamMb - 1);
}
/** Spec: "The root block storage size that can be specified is 10GB for Linux and 50GB for Windows." */
export const MIN_ROOT_GB: Record<OsType, number> = { linux: 10, windows: 50 };
/**
 * Console guide "Block Storage Size": t2, m2, c2, r2, x1 take 20–2000 GB (docs/nhn-cloud.md, "Root block storage size").
 */
export const MAX_ROOT_GB = 2000;
/** Spec, instance name: "Up to 255 alphabetical characters allowed, max 15 characters for Windows images". */
export const MAX_NAME_LENGTH: Record<OsType, number> = { linux: 255, windows: 15 };
/** Spec, max_count: "max value is 10." */
export const MAX_INSTANCE_COUNT = 10;
/** Spec, user_data: "Allows up to 65535 bytes of base 64-encoded character strings". */
export const MAX_USER_DATA_BYTES = 65_535;
/** Spec, metadata: "Key-value pairs of max 255 characters". */
export const MAX_METADATA_LENGTH = 255;

export interface FlavorFacts {
  name: string;
  ram: number;
  disk: number;
  family: FlavorFamily;
  vcpus?: number;
  disabled?: boolean;
}

export interface ImageFacts {
  osType: OsType;
  minDisk: number;
  minRam: number;
  /** A GPU image (`nhncloud_product: gpu`): its drivers need a GPU flavor. */
  gpu?: boolean;
  /** NHN's per-image vCPU limits (`min_cpu`, `max_cpu`), when the image sets them. */
  minCpu?: number;
  maxCpu?: number;
}

/**
 * The image is a GPU image: NHN tags them `nhncloud_product: gpu` (docs/nhn-cloud.md, "Image tags and usage limits").
 */
export function isGpuImage(image: { nhncloud_product?: string | null }): boolean {
  return image.nhncloud_product?.trim().toLowerCase() === 'gpu';
}

/**
 * The root disk is the hypervisor's local disk, sized by the flavor: U2 always ("root block storage is created
 * with the size specified in the U2 instance type"), GPU when the flavor has a disk (destination_type `local`:
 * "For GPU and U2 instance flavors"; a local disk is the flavor's, as in Nova). A GPU flavor without a disk boots
 * from a volume. On plain OpenStack any flavor with a disk boots from it (rootDevice).
 */
export function hasFixedRootDisk(family: FlavorFamily, flavorDiskGb: number, profile: CloudProfile): boolean {
  return rootDevice({ family, disk: flavorDiskGb }, profile) !== 'volume';
}

export type FlavorProblem =
  | { code: 'windows-ram'; minRamMb: number }
  | { code: 'windows-u2' }
  | { code: 'image-min-ram'; minRamMb: number }
  | { code: 'image-min-disk'; minDiskGb: number }
  | { code: 'image-min-cpu'; minCpu: number }
  | { code: 'image-max-cpu'; maxCpu: number }
  | { code: 'gpu-image' }
  | { code: 'disabled' };

/** Why a flavor cannot run an image; empty when it can. The Windows and GPU rules are NHN Cloud's (cloud-profile.ts). */
export function flavorProblems(flavor: FlavorFacts, image: ImageFacts | null, profile: CloudProfile): FlavorProblem[] {
  const problems: FlavorProblem[] = [];
  if (flavor.disabled) problems.push({ code: 'disabled' });
  if (!image) return problems;
  if (image.osType === 'windows' && ruleApplies('windowsLimits', profile)) {
    // Spec: "U2 flavor instances cannot use Windows images."
    if (flavor.family === 'u2') problems.push({ code: 'windows-u2' });
    if (flavor.ram < WINDOWS_MIN_RAM_MB) problems.push({ code: 'windows-ram', minRamMb: WINDOWS_MIN_RAM_MB });
  }
  // The image's own min_ram, unless the Windows rule above already said the same thing.
  const saidByWindowsRule = problems.some((p) => p.code === 'windows-ram') && image.minRam <= WINDOWS_MIN_RAM_MB;
  if (flavor.ram < image.minRam && !saidByWindowsRule) problems.push({ code: 'image-min-ram', minRamMb: image.minRam });
  // A local root disk is the flavor's own: Nova refuses one smaller than the image's min_disk.
  if (hasFixedRootDisk(flavor.family, flavor.disk, profile) && flavor.disk < image.minDisk) problems.push({ code: 'image-min-disk', minDiskGb: image.minDisk });
  // NHN's image limits "Max CPU / Min CPU: core limits when creating an instance from the image"
  // (docs/nhn-cloud.md, "Image tags and usage limits").
  if (flavor.vcpus !== undefined && image.minCpu !== undefined && flavor.vcpus < image.minCpu) problems.push({ code: 'image-min-cpu', minCpu: image.minCpu });
  if (flavor.vcpus !== undefined && image.maxCpu !== undefined && flavor.vcpus > image.maxCpu) problems.push({ code: 'image-max-cpu', maxCpu: image.maxCpu });
  // GPU images carry GPU drivers and are listed for GPU instances only
  // (docs/nhn-cloud.md, "Image tags and usage limits").
  if (image.gpu && !isGpu(flavor.family) && ruleApplies('flavorFamilies', profile)) problems.push({ code: 'gpu-image' });
  return problems;
}

/** `maxGb` null: no limit the console knows of (plain OpenStack: the volume quota decides). */
export type RootSize = { kind: 'fixed'; sizeGb: number } | { kind: 'range'; minGb: number; maxGb: number | null };

/**
 * The root disk size the user may choose. U2: "root block storage is created with the size specified in the U2
 * instance type and this value will be ignored" (spec, volume_size); GPU flavors with a disk boot from it too
 * (hasFixedRootDisk). Otherwise, on NHN Cloud, at least the OS minimum and the image's min_disk, at most the
 * console's 2000 GB; on plain OpenStack at least the image's min_disk (and 1 GB, Cinder's smallest volume).
 */
export function rootSizeRange(family: FlavorFamily, flavorDiskGb: number, image: ImageFacts | null, profile: CloudProfile): RootSize {
  if (hasFixedRootDisk(family, flavorDiskGb, profile)) return { kind: 'fixed', sizeGb: flavorDiskGb };
  if (!ruleApplies('rootDiskSizes', profile)) return { kind: 'range', minGb: Math.max(1, image?.minDisk ?? 0), maxGb: null };
  const osMin = MIN_ROOT_GB[image?.osType ?? 'linux'];
  return { kind: 'range', minGb: Math.max(osMin, image?.minDisk ?? 0), maxGb: MAX_ROOT_GB };
}

export type RootSizeProblem = { code: 'too-small'; minGb: number } | { code: 'too-large'; maxGb: number } | { code: 'not-integer' };

export function rootSizeProblem(sizeGb: number, range: RootSize): RootSizeProblem | null {
  if (range.kind === 'fixed') return null;
  if (!Number.isInteger(sizeGb)) return { code: 'not-integer' };
  if (sizeGb < range.minGb) return { code: 'too-small', minGb: range.minGb };
  if (range.maxGb !== null && sizeGb > range.maxGb) return { code: 'too-large', maxGb: range.maxGb };
  return null;
}

/** Letters, digits, hyphen, underscore and period: the characters NHN's console allows in instance names. */
const NAME_CHARACTERS = /^[A-Za-z0-9._-]+$/;

export type NameProblem =
  | { code: 'empty' }
  | { code: 'too-long'; max: number }
  | { code: 'characters'; invalid: string };

/**
 * Several instances are named `<name>-1 .. <name>-N`, or without the hyphen on NHN Cloud (MultiNameStyle), so with a
 * count above 1 the longer suffix must still fit within the limit.
 */
export function maxNameLength(osType: OsType, count: number, profile: CloudProfile): number {
  const suffix = count > 1 ? `-${count}`.length : 0;
  return nameLimit(osType, profile) - suffix;
}

/** The 15 characters of Windows names are one of NHN Cloud's Windows limits; Nova takes 255 for any image. */
export function nameLimit(osType: OsType, profile: CloudProfile): number {
  return MAX_NAME_LENGTH[ruleApplies('windowsLimits', profile) ? osType : 'linux'];
}

export function nameProblem(name: string, osType: OsType, count: number, profile: CloudProfile): NameProblem | null {
  if (name.length === 0) return { code: 'empty' };
  const max = maxNameLength(osType, count, profile);
  if (name.length > max) return { code: 'too-long', max };
  if (!NAME_CHARACTERS.test(name)) {
    const invalid = [...new Set([...name].filter((ch) => !/[A-Za-z0-9._-]/.test(ch)))].join('');
    return { code: 'characters', invalid };
  }
  return null;
}

export type CountProblem = { code: 'range'; max: number } | { code: 'min-above-max' };

/** Spec: min_count "Default value is 1"; max_count "Default value is min_count, max value is 10". */
export function countProblem(minCount: number, maxCount: number): CountProblem | null {
  if (!Number.isInteger(minCount) || !Number.isInteger(maxCount) || minCount < 1 || maxCount > MAX_INSTANCE_COUNT) {
    return { code: 'range', max: MAX_INSTANCE_COUNT };
  }
  if (minCount > maxCount) return { code: 'min-above-max' };
  return null;
}

/** `user_data` is base64 of the UTF-8 text; the limit counts the encoded bytes. */
export function encodeUserData(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function userDataEncodedBytes(text: string): number {
  const raw = new TextEncoder().encode(text).length;
  return 4 * Math.ceil(raw / 3);
}

/** Nova's metadata key pattern (docs/nova-behaviour.md, "Metadata in a create body"). */
const METADATA_KEY = /^[a-zA-Z0-9-_:. ]{1,255}$/;

/**
 * Nova's default `metadata_items` quota: more items are 403 "Maximum number of metadata items exceeds 128" (server
 * create) or "Image metadata limit exceeded" (createImage). The spec is silent on a count.
 */
export const MAX_METADATA_ITEMS = 128;

export type MetadataProblem =
  | { code: 'key-empty'; index: number }
  | { code: 'key-characters'; index: number }
  | { code: 'key-too-long'; index: number; max: number }
  | { code: 'value-too-long'; index: number; max: number }
  | { code: 'duplicate-key'; index: number }
  /** On the first entry past the limit. */
  | { code: 'too-many'; index: number; max: number };

export function metadataProblems(entries: ReadonlyArray<{ key: string; value: string }>): MetadataProblem[] {
  const problems: MetadataProblem[] = [];
  const seen = new Set<string>();
  entries.forEach(({ key, value }, index) => {
    if (key.length === 0) problems.push({ code: 'key-empty', index });
    else if (key.length > MAX_METADATA_LENGTH) problems.push({ code: 'key-too-long', index, max: MAX_METADATA_LENGTH });
    else if (!METADATA_KEY.test(key)) problems.push({ code: 'key-characters', index });
    else if (seen.has(key)) problems.push({ code: 'duplicate-key', index });
    if (value.length > MAX_METADATA_LENGTH) problems.push({ code: 'value-too-long', index, max: MAX_METADATA_LENGTH });
    seen.add(key);
  });
  if (entries.length > MAX_METADATA_ITEMS) problems.push({ code: 'too-many', index: MAX_METADATA_ITEMS, max: MAX_METADATA_ITEMS });
  return problems;
}

/** Block storage sizes Cinder and the simulated cloud take for extra volumes: whole GB up to the console's 2000 GB. */
export const MAX_VOLUME_GB = 2000;

export type VolumeSizeProblem = { code: 'not-integer' } | { code: 'too-small'; minGb: number } | { code: 'too-large'; maxGb: number };

/** An extra blank volume: "Blank volumes need to have non-zero size" (Nova), at most 2000 GB like the root. */
export function extraVolumeSizeProblem(sizeGb: number): VolumeSizeProblem | null {
  if (!Number.isInteger(sizeGb)) return { code: 'not-integer' };
  if (sizeGb < 1) return { code: 'too-small', minGb: 1 };
  if (sizeGb > MAX_VOLUME_GB) return { code: 'too-large', maxGb: MAX_VOLUME_GB };
  return null;
}

/**
 * Spec, nhn_encryption: "skm_appkey: AppKeys for Secure Key Manager products; skm_key_id: Symmetric key ID of Secure
 * Key Manager to be used to create encrypted block storage". An encrypted type needs both.
 */
export function encryptionProblems(encrypted: boolean, keys: { skmAppKey: string; skmKeyId: string }): Array<'skmAppKey' | 'skmKeyId'> {
  if (!encrypted) return [];
  return (['skmAppKey', 'skmKeyId'] as const).filter((field) => keys[field].trim() === '');
}

/**
 * How a cloud numbers the servers of one request: upstream Nova names them `<name>-1 .. <name>-N`
 * (docs/nova-behaviour.md, "Several servers of one request"); NHN Cloud's release notes of 2022-05-24 say the hyphen
 * was removed ("instance-1" became "instance1"; docs/nhn-cloud.md, "Release notes").
 */
export type MultiNameStyle = 'hyphen' | 'plain';

export function multiNameStyle(profile: CloudProfile): MultiNameStyle {
  return profile === 'nhn' ? 'plain' : 'hyphen';
}

/** The names the cloud gives the servers of one request. */
export function instanceNames(name: string, count: number, style: MultiNameStyle): string[] {
  if (count <= 1) return [name];
  const separator = style === 'hyphen' ? '-' : '';
  return Array.from({ length: count }, (_, index) => `${name}${separator}${index + 1}`);
}

/**
 * Whether a server's name is one that a request for `count` servers named `name` gives, in either style: a console
 * that looked for one style only would miss servers the other style made, and offer to create them again.
 */
export function isNameOfRequest(serverName: string | null | undefined, name: string, count: number): boolean {
  if (serverName === null || serverName === undefined) return false;
  return instanceNames(name, count, 'hyphen').includes(serverName) || instanceNames(name, count, 'plain').includes(serverName);
}

/** Escapes a literal for Nova's regular-expression `name` filter ("regex is supported", spec List Instances). */
export function escapeNameRegex(name: string): string {
  return name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * The `name` filter that finds the servers one create request names: `^web$`, or `^web-?[0-9]+$` for several, with
 * and without the hyphen (isNameOfRequest then keeps exactly the request's names). Nova's filter is unanchored ("`web`
 * matches `my-web-01`"), so both ends are anchored; no `|`, which MySQL's REGEXP filter escapes.
 */
export function createdNamesFilter(name: string, count: number): string {
  const literal = escapeNameRegex(name);
  return count > 1 ? `^${literal}-?[0-9]+$` : `^${literal}$`;
}
