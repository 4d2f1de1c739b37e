import { z } from 'zod';
import { booleanishSchema, linkSchema } from './common';

/** GET /types answers `volume_types`. Instances and volumes name their type by `name`, not id. */
export const volumeTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  'os-volume-type-access:is_public': z.boolean().optional(),
  extra_specs: z.record(z.string(), z.string()).default({}),
});

export const volumeAttachmentInfoSchema = z.object({
  server_id: z.string(),
  attachment_id: z.string().optional(),
  volume_id: z.string().optional(),
  device: z.string().nullable().optional(),
  id: z.string().optional(),
});

export const nhnEncryptionInfoSchema = z.object({
  skm_appkey: z.string().optional(),
  skm_key_id: z.string().optional(),
  skm_key_version: z.union([z.string(), z.number()]).optional(),
});

/** GET /volumes/detail item. */
export const volumeSchema = z.object({
  id: z.string(),
  name: z.string().nullable().default(null),
  description: z.string().nullable().optional(),
  /** GB. */
  size: z.number(),
  /** available, in-use, creating, reserved, error, ... */
  status: z.string(),
  /** The type *name*. */
  volume_type: z.string().nullable().optional(),
  availability_zone: z.string().optional(),
  /** Cinder sends the string "true" / "false"; out as a boolean. */
  bootable: booleanishSchema.default(false),
  encrypted: z.boolean().optional(),
  multiattach: z.boolean().optional(),
  attachments: z.array(volumeAttachmentInfoSchema).default([]),
  snapshot_id: z.string().nullable().optional(),
  source_volid: z.string().nullable().optional(),
  metadata: z.record(z.string(), z.string()).default({}),
  volume_image_metadata: z.record(z.string(), z.string()).optional(),
  /** Zone-less `YYYY-MM-DDThh:mm:ss.ffffff`. */
  created_at: z.string().optional(),
  nhn_encryption: nhnEncryptionInfoSchema.nullable().optional(),
});

export const volumeTypeListResponseSchema = z.object({ volume_types: z.array(volumeTypeSchema) });
export const volumeDetailListResponseSchema = z.object({
  volumes: z.array(volumeSchema),
  volumes_links: z.array(linkSchema).optional(),
});

export type VolumeType = z.infer<typeof volumeTypeSchema>;
export type Volume = z.infer<typeof volumeSchema>;
