import { z } from '../../lib/zod';
import { lenientArray, lenientNullish, lenientOptional, listOf, nameText, optionalBoolean, optionalText } from './lenient';

/** "2" or 2 to a number; anything unreadable to undefined (these properties are free-form strings in Glance). */
const numericPropertySchema = z.pipe(
  lenientOptional(z.union([z.string(), z.number()])),
  z.transform((value: string | number | undefined) => {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
  }),
);

/**
 * Image API v2 image. NHN's custom properties are flattened to top-level keys, as Glance v2 does;
 * only the ones the console reads are declared.
 */
export const imageSchema = z.object({
  id: z.string(),
  name: nameText,
  /** queued, saving, active, killed, deleted, pending_delete; "" when unreadable (then not offered as active). */
  status: nameText,
  /** public, private, shared (community in newer Glance). */
  visibility: optionalText,
  owner: lenientNullish(z.string()),
  /** GB; an unreadable minimum is none (Nova still checks it at create). */
  min_disk: z.catch(z.number(), 0),
  /** MB. */
  min_ram: z.catch(z.number(), 0),
  size: lenientNullish(z.number()),
  virtual_size: lenientNullish(z.number()),
  disk_format: lenientNullish(z.string()),
  container_format: lenientNullish(z.string()),
  protected: optionalBoolean,
  /** The console lists public images tagged `_AVAILABLE_`. */
  tags: lenientArray(z.string()),
  created_at: optionalText,
  updated_at: optionalText,
  /** "linux" / "windows", but "Windows" is seen too: compare case-insensitively. */
  os_type: optionalText,
  os_distro: optionalText,
  os_version: optionalText,
  os_architecture: optionalText,
  /** NHN's property naming the user to log in as (`centos`, `ubuntu`, `Administrator`). */
  login_username: optionalText,
  description: optionalText,
  hypervisor_type: optionalText,
  /** compute, gpu or container. */
  nhncloud_product: optionalText,
  /** NHN usage limits, sent as strings ("2"); read as numbers. */
  min_cpu: numericPropertySchema,
  max_cpu: numericPropertySchema,
});

/** GET /v2/images: `next` is a path with the marker ("/v2/images?marker=..."), absent on the last page. */
export const imageListResponseSchema = z.object({
  images: listOf(imageSchema),
  first: optionalText,
  next: optionalText,
});

export type Image = z.infer<typeof imageSchema>;
