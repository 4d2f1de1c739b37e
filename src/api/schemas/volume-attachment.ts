import { z } from '../../lib/zod';
import { booleanishSchema } from './common';
import { listOf, nameText } from './lenient';

/** Base: `id` equals `volumeId`; 2.79 adds `tag` and `delete_on_termination`; 2.89 drops `id`. */
export const volumeAttachmentSchema = z.object({
  id: z.string().optional().catch(undefined),
  /** The console asked for the server's attachments: it knows the server without this. */
  serverId: nameText,
  volumeId: z.string(),
  /** e.g. /dev/vdb; null for a shelved-offloaded server. */
  device: z.string().nullable().optional().catch(undefined),
  tag: z.string().nullable().optional().catch(undefined),
  delete_on_termination: booleanishSchema.optional().catch(undefined),
});

export const volumeAttachmentListResponseSchema = z.object({ volumeAttachments: listOf(volumeAttachmentSchema) });
export const volumeAttachmentResponseSchema = z.object({ volumeAttachment: volumeAttachmentSchema });

/** POST /servers/{id}/os-volume_attachments body (the volume-swap PUT has the same shape). */
export const volumeAttachBodySchema = z.object({
  volumeAttachment: z.object({ volumeId: z.string().min(1), device: z.string().optional() }),
});

export type VolumeAttachment = z.infer<typeof volumeAttachmentSchema>;
export type VolumeAttachBody = z.infer<typeof volumeAttachBodySchema>;
