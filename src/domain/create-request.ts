import type { BlockDeviceMapping, ServerCreateBody } from '../api/schemas/server-create';
import { encodeUserData } from './create-rules';
import { networkEntry, type NicChoice } from './nic-rules';
import type { CloudProfile } from './cloud-profile';
import { rootDevice, type FlavorFamily } from './flavor-family';

export interface VolumeChoice {
  /** A volume type *name* ("General SSD"): the spec's `volume_type` takes the name, not the id. */
  volumeType: string;
  sizeGb: number;
  deleteOnTermination: boolean;
  encryption?: { skmAppKey: string; skmKeyId: string } | undefined;
}

/** What of the flavor decides the root device: its family and its own disk (GB; 0 when it has none). */
export interface RootFlavor {
  family: FlavorFamily;
  disk: number;
}

/** Everything the wizard collects, in the user's terms. */
export interface CreateDraft {
  name: string;
  imageId: string;
  flavorId: string;
  root: VolumeChoice;
  extraVolumes: VolumeChoice[];
  /** In NIC order: the first carries the default gateway. */
  nics: NicChoice[];
  /** Names; empty means the API adds `default`. */
  securityGroups: string[];
  keyName: string;
  count: number;
  /** null lets the API pick a zone. */
  availabilityZone: string | null;
  metadata: Array<{ key: string; value: string }>;
  /** Plain text; sent base64-encoded. */
  userData: string;
}

function encryptionOf(choice: VolumeChoice): Pick<BlockDeviceMapping, 'nhn_encryption'> {
  if (!choice.encryption) return {};
  return { nhn_encryption: { skm_appkey: choice.encryption.skmAppKey, skm_key_id: choice.encryption.skmKeyId } };
}

/**
 * A root on the flavor's own disk (U2; any flavor with a disk on plain OpenStack) named in block_device_mapping_v2. Nova refuses a list with no
 * `boot_index: 0` entry (400 "Boot sequence for the instance and image/block device mapping combination is not
 * valid.", checked against real Nova), so once extra volumes are sent the root must be too; a local disk is
 * always deleted with the instance.
 */
function localImageRoot(imageId: string): BlockDeviceMapping {
  return { source_type: 'image', uuid: imageId, boot_index: 0, destination_type: 'local', delete_on_termination: true };
}

/**
 * The block devices of a new instance. Spec, block_device_mapping_v2: "Must be specified for any instance flavors
 * other than U2 flavor which uses local block storage"; destination_type "local: For GPU and U2 instance flavors,
 * volume: For other instance flavors"; boot_index "If 0, root block storage; If not, additional block storage".
 * On plain OpenStack the flavor's disk decides instead (rootDevice).
 */
export function blockDeviceMappings(draft: CreateDraft, flavor: RootFlavor, profile: CloudProfile): BlockDeviceMapping[] {
  const devices: BlockDeviceMapping[] = [];
  const root = rootDevice(flavor, profile);
  if (root === 'flavor-disk' && draft.extraVolumes.length > 0) devices.push(localImageRoot(draft.imageId));
  if (root !== 'flavor-disk') {
    devices.push({
      source_type: 'image',
      uuid: draft.imageId,
      boot_index: 0,
      destination_type: root === 'local-mapping' ? 'local' : 'volume',
      // A local root (GPU) is the flavor's disk: no volume type is asked, so none is sent. On plain OpenStack an
      // empty type leaves the choice to Cinder's default.
      ...(draft.root.volumeType === '' ? {} : { volume_type: draft.root.volumeType }),
      volume_size: draft.root.sizeGb,
      delete_on_termination: draft.root.deleteOnTermination,
      ...encryptionOf(draft.root),
    });
  }
  draft.extraVolumes.forEach((volume, index) => {
    devices.push({
      source_type: 'blank',
      boot_index: index + 1,
      destination_type: 'volume',
      ...(volume.volumeType === '' ? {} : { volume_type: volume.volumeType }),
      volume_size: volume.sizeGb,
      delete_on_termination: volume.deleteOnTermination,
      ...encryptionOf(volume),
    });
  });
  return devices;
}

/** The exact body of POST /servers for a draft; the review step shows this object and the submit sends it. */
export function buildCreateServerBody(draft: CreateDraft, flavor: RootFlavor, profile: CloudProfile): ServerCreateBody {
  const devices = blockDeviceMappings(draft, flavor, profile);
  const metadata = draft.metadata.filter((entry) => entry.key !== '');
  const server: ServerCreateBody['server'] = {
    name: draft.name,
    imageRef: draft.imageId,
    flavorRef: draft.flavorId,
    networks: draft.nics.map(networkEntry),
    key_name: draft.keyName,
    // The same min and max: the user asked for exactly this many, not "as many as quota allows".
    min_count: draft.count,
    max_count: draft.count,
  };
  // Several servers: ask for the reservation id (spec: "If set to True, reservation ID is returned instead of
  // instance creation information"). It is the one filter that finds exactly this request's servers
  // (GET /servers?reservation_id=); the first server's record alone would not lead to the others.
  if (draft.count > 1) server.return_reservation_id = true;
  if (draft.availabilityZone) server.availability_zone = draft.availabilityZone;
  // Spec, security_groups: "If left blank, the default group is added."
  if (draft.securityGroups.length > 0) server.security_groups = draft.securityGroups.map((name) => ({ name }));
  if (metadata.length > 0) server.metadata = Object.fromEntries(metadata.map(({ key, value }) => [key, value]));
  if (draft.userData !== '') server.user_data = encodeUserData(draft.userData);
  if (devices.length > 0) server.block_device_mapping_v2 = devices;
  return { server };
}

/** NHN marks encrypted volume types in the name ("Encrypted HDD"); an `encrypted` extra spec says the same. */
export function isEncryptedVolumeType(type: { name: string; extra_specs?: Record<string, string> | undefined }): boolean {
  if (/encrypt/i.test(type.name)) return true;
  return Object.entries(type.extra_specs ?? {}).some(([key, value]) => /encrypt/i.test(key) && /^(true|1|yes)$/i.test(value));
}
