/** Cinder volumes as the compute side sees them: root and data disks, attachments and device names. */
import { uuid } from '../random';
import type { SimState, SimVolume, SimVolumeAttachment } from '../state';

export interface NewVolume {
  name: string;
  size: number;
  volumeType: string;
  availabilityZone: string;
  tenantId: string;
  userId: string;
  status: string;
  now: number;
  imageMetadata?: Record<string, string> | null;
  encryption?: { skmAppkey: string; skmKeyId: string } | null;
  attachment?: Omit<SimVolumeAttachment, 'attachmentId'> | null;
  description?: string | null;
}

export function addVolume(state: SimState, spec: NewVolume): SimVolume {
  const id = uuid(state);
  const volume: SimVolume = {
    id,
    name: spec.name,
    description: spec.description ?? null,
    size: spec.size,
    status: spec.status,
    volumeType: spec.volumeType,
    availabilityZone: spec.availabilityZone,
    bootable: Boolean(spec.imageMetadata),
    encryption: spec.encryption ?? null,
    attachment: spec.attachment ? { ...spec.attachment, attachmentId: uuid(state) } : null,
    imageMetadata: spec.imageMetadata ?? null,
    tenantId: spec.tenantId,
    userId: spec.userId,
    createdAt: spec.now,
    updatedAt: spec.now,
  };
  state.volumes.push(volume);
  return volume;
}

export function attachedVolumes(state: SimState, serverId: string): SimVolume[] {
  return state.volumes
    .filter((volume) => volume.attachment?.serverId === serverId)
    .sort((a, b) => (a.attachment?.device ?? '').localeCompare(b.attachment?.device ?? ''));
}

/** The next free `/dev/vdX` name; the root disk is `/dev/vda` whether local or a volume. */
export function nextDeviceName(state: SimState, serverId: string): string {
  const used = new Set(attachedVolumes(state, serverId).map((volume) => volume.attachment?.device));
  used.add('/dev/vda');
  for (let code = 'b'.charCodeAt(0); code <= 'z'.charCodeAt(0); code += 1) {
    const device = `/dev/vd${String.fromCharCode(code)}`;
    if (!used.has(device)) return device;
  }
  throw new Error('no free device name');
}
