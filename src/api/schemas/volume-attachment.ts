import { z } from 'zod';
import { booleanishSchema } from './common';

/** Base: `id` equals `volumeId`; 2.79 adds `tag` and `delete_on_termination`; 2.89 drops `id`. */
export const volumeAttachmentSchema = z.object({
  id: z.string().optional(),
  serverId: z.string(),
  volumeId: z.string(),
  /** e.g. /dev/vdb; null for a shelved-offloaded server. */
  device: z.string().nullable().optional(),
  tag: z.string().nullable().optional(),
  delete_on_termination: booleanishSchema.optional(),
});

export const volumeAttachmentListResponseSchema = z.object({ volumeAttachments: z.array(volumeAttachmentSchema) });
export const volumeAttachmentResponseSchema = z.object({ volumeAttachment: volumeAttachmentSchema });

/** POST /servers/{id}/os-volume_attachments body (the volume-swap PUT has the same shape). */
export const volumeAttachBodySchema = z.object({
  volumeAttachment: z.object({ volumeId: z.string().min(1), device: z.string().optional() }),
});

export type VolumeAttachment = z.infer<typeof volumeAttachmentSchema>;
export type VolumeAttachBody = z.infer<typeof volumeAttachBodySchema>;
