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

/**
 * Rows Nova may hide from one page: it slices the server's block devices by limit/offset before it drops those without
 * a volume (the local root disk, ephemeral and swap disks), and by default a server has at most 3 local ones
 * (`max_local_block_devices`). A page shorter than `limit` by more than this is the last.
 */
export const HIDDEN_ATTACHMENT_ROWS = 3;

/**
 * The offset of the next page after `pages` (each read with `limit`), or undefined when they are all there: after
 * an empty page, a short one (by more than the hidden rows), or one that held only volumes already seen (a cloud that
 * ignores `offset` would otherwise be asked forever).
 */
export function nextAttachmentOffset(pages: readonly (readonly VolumeAttachment[])[], limit: number): number | undefined {
  const last = pages.at(-1);
  if (last === undefined) return 0;
  if (last.length === 0 || last.length < limit - HIDDEN_ATTACHMENT_ROWS) return undefined;
  const earlier = new Set(pages.slice(0, -1).flatMap((page) => page.map((attachment) => attachment.volumeId)));
  if (pages.length > 1 && last.every((attachment) => earlier.has(attachment.volumeId))) return undefined;
  return pages.length * limit;
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
