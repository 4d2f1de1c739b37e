import { z } from '../../lib/zod';
import { booleanishSchema } from './common';
import { lenientNullish, lenientOptional, listOf, nameText } from './lenient';

/** Base: `id` equals `volumeId`; 2.79 adds `tag` and `delete_on_termination`; 2.89 drops `id`. */
export const volumeAttachmentSchema = z.object({
  id: lenientOptional(z.string()),
  /** The console asked for the server's attachments: it knows the server without this. */
  serverId: nameText,
  volumeId: z.string(),
  /** e.g. /dev/vdb; null for a shelved-offloaded server. */
  device: lenientNullish(z.string()),
  tag: lenientNullish(z.string()),
  delete_on_termination: lenientOptional(booleanishSchema),
});

export const volumeAttachmentListResponseSchema = z.object({ volumeAttachments: listOf(volumeAttachmentSchema) });
export const volumeAttachmentResponseSchema = z.object({ volumeAttachment: volumeAttachmentSchema });

/** POST /servers/{id}/os-volume_attachments body (the volume-swap PUT has the same shape). */
export const volumeAttachBodySchema = z.object({
  volumeAttachment: z.object({ volumeId: z.string().check(z.minLength(1)), device: z.optional(z.string()) }),
});

export type VolumeAttachment = z.infer<typeof volumeAttachmentSchema>;
export type VolumeAttachBody = z.infer<typeof volumeAttachBodySchema>;
