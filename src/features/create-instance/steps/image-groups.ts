import type { Image } from '../../../api/schemas/image';
import { type CloudProfile, ruleApplies } from '../../../domain/cloud-profile';
import { imageOsType, isGpuImage } from '../../../domain/create-rules';

export type ImageSource = 'public' | 'private' | 'shared';

/**
 * Glance's visibility: the project's own (private) images, images shared with it, and public ones. NHN's console
 * lists only the public images tagged `_AVAILABLE_` (an untagged public image is hidden there too); on plain
 * OpenStack every public image is offered.
 */
export function imageSource(image: Image, profile: CloudProfile): ImageSource | null {
  if (image.visibility === 'private') return 'private';
  if (image.visibility === 'shared' || image.visibility === 'community') return 'shared';
  if (image.visibility !== 'public' && image.visibility !== undefined) return null;
  return !ruleApplies('availableImageTag', profile) || image.tags.includes('_AVAILABLE_') ? 'public' : null;
}

export interface ImageGroup {
  /** `windows`, `gpu`, or a Linux distro's name as the image gives it. */
  key: string;
  kind: 'linux' | 'windows' | 'gpu';
  images: Image[];
}

/** How the distributions spell themselves; `os_distro` is often lower case ("centos", "rocky"). */
const DISTRO_NAMES: Record<string, string> = {
  ubuntu: 'Ubuntu',
  centos: 'CentOS',
  rocky: 'Rocky Linux',
  debian: 'Debian',
  rhel: 'Red Hat Enterprise Linux',
  almalinux: 'AlmaLinux',
  oraclelinux: 'Oracle Linux',
};

function distroOf(image: Image): string {
  const distro = image.os_distro?.trim() ?? '';
  const known = DISTRO_NAMES[distro.toLowerCase()];
  if (known) return known;
  if (distro) return distro.charAt(0).toUpperCase() + distro.slice(1);
  return image.name.split(/\s+/)[0] ?? '';
}

const newestFirst = (a: Image, b: Image) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || a.name.localeCompare(b.name);

/** Grouped by OS (each Linux distro, then Windows, then GPU images), newest first inside each group. */
export function groupImages(images: Image[]): ImageGroup[] {
  const groups = new Map<string, ImageGroup>();
  for (const image of images) {
    const kind = isGpuImage(image) ? 'gpu' : imageOsType(image);
    const key = kind === 'linux' ? distroOf(image) : kind;
    const group = groups.get(key) ?? { key, kind, images: [] };
    group.images.push(image);
    groups.set(key, group);
  }
  const order = { linux: 0, windows: 1, gpu: 2 } as const;
  return [...groups.values()]
    .map((group) => ({ ...group, images: [...group.images].sort(newestFirst) }))
    .sort((a, b) => order[a.kind] - order[b.kind] || a.key.localeCompare(b.key));
}
