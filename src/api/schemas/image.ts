import { z } from 'zod';

/** "2" or 2 to a number; anything unreadable to undefined (these properties are free-form strings in Glance). */
const numericPropertySchema = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value) => {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
  });

/**
 * Image API v2 image. NHN's custom properties are flattened to top-level keys, as Glance v2 does;
 * only the ones the console reads are declared.
 */
export const imageSchema = z.object({
  id: z.string(),
  name: z
    .string()
    .nullish()
    .transform((name) => name ?? ''),
  /** queued, saving, active, killed, deleted, pending_delete. */
  status: z.string(),
  /** public, private, shared (community in newer Glance). */
  visibility: z.string().optional(),
  owner: z.string().nullable().optional(),
  /** GB. */
  min_disk: z.number().default(0),
  /** MB. */
  min_ram: z.number().default(0),
  size: z.number().nullable().optional(),
  virtual_size: z.number().nullable().optional(),
  disk_format: z.string().nullable().optional(),
  container_format: z.string().nullable().optional(),
  protected: z.boolean().optional(),
  /** The console lists public images tagged `_AVAILABLE_`. */
  tags: z.array(z.string()).default([]),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  /** "linux" / "windows", but "Windows" is seen too: compare case-insensitively. */
  os_type: z.string().optional(),
  os_distro: z.string().optional(),
  os_version: z.string().optional(),
  os_architecture: z.string().optional(),
  login_username: z.string().optional(),
  description: z.string().optional(),
  hypervisor_type: z.string().optional(),
  /** compute, gpu or container. */
  nhncloud_product: z.string().optional(),
  /** NHN usage limits, sent as strings ("2"); read as numbers. */
  min_cpu: numericPropertySchema,
  max_cpu: numericPropertySchema,
});

/** GET /v2/images: `next` is a path with the marker ("/v2/images?marker=..."), absent on the last page. */
export const imageListResponseSchema = z.object({
  images: z.array(imageSchema),
  first: z.string().optional(),
  next: z.string().optional(),
});

export type Image = z.infer<typeof imageSchema>;
