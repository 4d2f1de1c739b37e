import { z } from '../../lib/zod';
import { booleanishSchema, linkSchema } from './common';
import { lenientArray, lenientNullish, lenientOptional, listOf, optionalBoolean, optionalText, stringRecord } from './lenient';

/** GET /types answers `volume_types`. Instances and volumes name their type by `name`, not id. */
export const volumeTypeSchema = z.object({
  id: z.string(),
  /** What instances and volumes name the type by: required. */
  name: z.string(),
  description: lenientNullish(z.string()),
  'os-volume-type-access:is_public': optionalBoolean,
  extra_specs: stringRecord,
});

export const volumeAttachmentInfoSchema = z.object({
  server_id: z.string(),
  attachment_id: optionalText,
  volume_id: optionalText,
  device: lenientNullish(z.string()),
  id: optionalText,
});

export const nhnEncryptionInfoSchema = z.object({
  skm_appkey: optionalText,
  skm_key_id: optionalText,
  skm_key_version: lenientOptional(z.union([z.string(), z.number()])),
});

/**
 * GET /volumes/detail item. Size and status stay required: the attach dialog and the wizard decide by them (a volume
 * without them is left out of the list, and the page says so).
 */
export const volumeSchema = z.object({
  id: z.string(),
  name: z.catch(z.nullable(z.string()), null),
  description: lenientNullish(z.string()),
  /** GB. */
  size: z.number(),
  /** available, in-use, creating, reserved, error, ... */
  status: z.string(),
  /** The type *name*. */
  volume_type: lenientNullish(z.string()),
  availability_zone: optionalText,
  /** Cinder sends the string "true" / "false"; out as a boolean. */
  bootable: z.catch(booleanishSchema, false),
  encrypted: optionalBoolean,
  multiattach: optionalBoolean,
  attachments: lenientArray(volumeAttachmentInfoSchema),
  snapshot_id: lenientNullish(z.string()),
  source_volid: lenientNullish(z.string()),
  metadata: stringRecord,
  volume_image_metadata: z.optional(stringRecord),
  /** Zone-less `YYYY-MM-DDThh:mm:ss.ffffff`. */
  created_at: optionalText,
  nhn_encryption: lenientNullish(nhnEncryptionInfoSchema),
});

export const volumeTypeListResponseSchema = z.object({ volume_types: listOf(volumeTypeSchema) });
export const volumeDetailListResponseSchema = z.object({
  volumes: listOf(volumeSchema),
  volumes_links: z.optional(lenientArray(linkSchema)),
});

export type VolumeType = z.infer<typeof volumeTypeSchema>;
export type Volume = z.infer<typeof volumeSchema>;
