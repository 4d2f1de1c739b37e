import type { AvailabilityZone } from '../../api/schemas/availability-zone';
import type { VolumeType } from '../../api/schemas/block-storage';
import type { Flavor } from '../../api/schemas/flavor';
import type { Image } from '../../api/schemas/image';
import type { KeyPairSummary } from '../../api/schemas/keypair';
import type { Network, Port, SecurityGroup, VpcSubnet } from '../../api/schemas/network';
import type { CloudProfile } from '../../api/session';
import { isEncryptedVolumeType } from '../../domain/create-request';
import { type FlavorFacts, type ImageFacts, imageOsType, isGpuImage, type OsType, rootSizeRange, type RootSize } from '../../domain/create-rules';
import { flavorFamily } from '../../domain/flavor-family';
import type { WizardValues } from './wizard-values';

/** What a list is right now: its items, not loaded yet (or failed), or not offered by this token's catalog. */
export type CatalogList<T> = T[] | null | 'unavailable';

/** Everything the rules need from the cloud besides the form's own values. */
export interface WizardCatalog {
  /** Whose rules apply (src/domain/cloud-profile.ts). */
  profile: CloudProfile;
  images: CatalogList<Image>;
  flavors: CatalogList<Flavor>;
  volumeTypes: CatalogList<VolumeType>;
  /** NHN's VPC subnets; listed under the `nhn` profile only. */
  subnets: CatalogList<VpcSubnet>;
  /** Neutron's networks; listed under the `openstack` profile only. */
  networks: CatalogList<Network>;
  /** Ports of the project no server uses: a new server may take one as its NIC. */
  freePorts: CatalogList<Port>;
  securityGroups: CatalogList<SecurityGroup>;
  keyPairs: CatalogList<KeyPairSummary>;
  zones: CatalogList<AvailabilityZone>;
}

export const EMPTY_CATALOG: WizardCatalog = {
  profile: 'nhn',
  images: null,
  flavors: null,
  volumeTypes: null,
  subnets: null,
  networks: null,
  freePorts: null,
  securityGroups: null,
  keyPairs: null,
  zones: null,
};

export interface ChosenImage extends ImageFacts {
  id: string;
  name: string;
}

export interface ChosenFlavor extends FlavorFacts {
  id: string;
  vcpus: number;
}

export type Lookup = 'none' | 'loading' | 'found' | 'missing' | 'manual';

export interface WizardFacts {
  /** The catalog's: whose rules apply. */
  profile: CloudProfile;
  image: ChosenImage | null;
  imageLookup: Lookup;
  flavor: ChosenFlavor | null;
  flavorLookup: Lookup;
  osType: OsType;
  /** Null until a flavor is chosen: the flavor decides whether the size is asked at all. */
  rootSize: RootSize | null;
}

export function imageFacts(image: Image): ChosenImage {
  return {
    id: image.id,
    name: image.name || image.id,
    osType: imageOsType(image),
    minDisk: image.min_disk,
    minRam: image.min_ram,
    gpu: isGpuImage(image),
    minCpu: image.min_cpu,
    maxCpu: image.max_cpu,
  };
}

export function flavorFacts(flavor: Flavor): ChosenFlavor {
  return {
    id: flavor.id,
    name: flavor.name,
    ram: flavor.ram,
    disk: flavor.disk,
    vcpus: flavor.vcpus,
    family: flavorFamily(flavor.name),
    disabled: flavor['OS-FLV-DISABLED:disabled'] === true,
  };
}

function lookup<T>(id: string, list: CatalogList<T>, find: (items: T[]) => T | undefined): { item: T | null; lookup: Lookup } {
  if (id === '') return { item: null, lookup: 'none' };
  if (list === 'unavailable') return { item: null, lookup: 'manual' };
  if (list === null) return { item: null, lookup: 'loading' };
  const item = find(list);
  return item === undefined ? { item: null, lookup: 'missing' } : { item, lookup: 'found' };
}

export function wizardFacts(values: Pick<WizardValues, 'imageId' | 'manualOsType' | 'flavorId'>, catalog: WizardCatalog): WizardFacts {
  const image = lookup(values.imageId, catalog.images, (items) => items.find((i) => i.id === values.imageId));
  const flavor = lookup(values.flavorId, catalog.flavors, (items) => items.find((f) => f.id === values.flavorId));
  // Without an image service the user says which OS the typed image runs.
  const chosenImage: ChosenImage | null =
    image.lookup === 'manual' ? { id: values.imageId, name: values.imageId, osType: values.manualOsType, minDisk: 0, minRam: 0 } : image.item && imageFacts(image.item);
  const chosenFlavor = flavor.item && flavorFacts(flavor.item);
  return {
    profile: catalog.profile,
    image: chosenImage,
    imageLookup: image.lookup,
    flavor: chosenFlavor,
    flavorLookup: flavor.lookup,
    osType: chosenImage?.osType ?? 'linux',
    rootSize: chosenFlavor ? rootSizeRange(chosenFlavor.family, chosenFlavor.disk, chosenImage, catalog.profile) : null,
  };
}

/** Encrypted or not; null while the types are unknown. Without a volume service a typed name is judged by itself. */
export function isEncryptedTypeName(name: string, types: CatalogList<VolumeType>): boolean | null {
  if (name === '') return false;
  if (types === null) return null;
  if (types === 'unavailable') return isEncryptedVolumeType({ name });
  const type = types.find((t) => t.name === name);
  return type ? isEncryptedVolumeType(type) : null;
}

export function itemsOf<T>(list: CatalogList<T>): T[] {
  return Array.isArray(list) ? list : [];
}
