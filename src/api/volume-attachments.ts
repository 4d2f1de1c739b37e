import { request } from './client';
import {
  type VolumeAttachBody,
  type VolumeAttachment,
  volumeAttachmentListResponseSchema,
  volumeAttachmentResponseSchema,
} from './schemas/volume-attachment';
import { segment } from './url';

export interface VolumeAttachmentListParams {
  /** Never 0. A page may come back short, or empty, although more follow (hidden root-disk rows). */
  limit?: number;
  offset?: number;
}

function attachmentsPath(serverId: string): string {
  return `/servers/${segment(serverId)}/os-volume_attachments`;
}

/** Includes the boot volume of a server booted from a volume. */
export async function listVolumeAttachments(
  serverId: string,
  params: VolumeAttachmentListParams = {},
  signal?: AbortSignal,
): Promise<VolumeAttachment[]> {
  const body = await request({
    service: 'compute',
    path: attachmentsPath(serverId),
    query: { limit: params.limit, offset: params.offset },
    schema: volumeAttachmentListResponseSchema,
    signal,
  });
  return body.volumeAttachments;
}

export async function getVolumeAttachment(serverId: string, volumeId: string, signal?: AbortSignal): Promise<VolumeAttachment> {
  const path = `${attachmentsPath(serverId)}/${segment(volumeId)}`;
  const body = await request({ service: 'compute', path, schema: volumeAttachmentResponseSchema, signal });
  return body.volumeAttachment;
}

/** 200 with the attachment; the volume itself then goes attaching → in-use. */
export async function attachVolume(serverId: string, volumeId: string, signal?: AbortSignal): Promise<VolumeAttachment> {
  const payload: VolumeAttachBody = { volumeAttachment: { volumeId } };
  const body = await request({
    service: 'compute',
    method: 'POST',
    path: attachmentsPath(serverId),
    body: payload,
    schema: volumeAttachmentResponseSchema,
    signal,
  });
  return body.volumeAttachment;
}

/** 202; the volume goes detaching → available. */
export async function detachVolume(serverId: string, volumeId: string, signal?: AbortSignal): Promise<void> {
  await request({ service: 'compute', method: 'DELETE', path: `${attachmentsPath(serverId)}/${segment(volumeId)}`, signal });
}
