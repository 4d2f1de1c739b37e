import { z } from '../../lib/zod';
import { booleanishSchema, idSchema, linkSchema, linksSchema } from './common';
import { lenientArray, listOf, nameText, nullableText, optionalBoolean, optionalNumber, optionalText, stringRecord } from './lenient';
import { serverStatusSchema } from './server-status';

/** An item of GET /servers. `name` is missing on down-cell records; it comes out as "". Only the id is required. */
export const serverSummarySchema = z.object({
  id: idSchema,
  name: nameText,
  links: linksSchema,
});

export const serverAddressSchema = z.object({
  addr: z.string(),
  version: optionalNumber,
  'OS-EXT-IPS:type': optionalText,
  'OS-EXT-IPS-MAC:mac_addr': optionalText,
});

/** `{id, links}` below 2.47; from 2.47 the embedded flavor without id; `{}` when the record is gone. */
export const serverFlavorSchema = z.object({
  id: idSchema.optional().catch(undefined),
  links: linksSchema,
  original_name: optionalText,
  vcpus: optionalNumber,
  ram: optionalNumber,
  disk: optionalNumber,
  ephemeral: optionalNumber,
  swap: optionalNumber,
  extra_specs: stringRecord.optional(),
});

/**
 * "" for a server booted from a volume (Nova and NHN alike); null, a missing key and an image without a readable id
 * are read the same way.
 */
export const serverImageSchema = z
  .union([z.literal(''), z.null(), z.object({ id: idSchema, links: linksSchema })])
  .optional()
  .catch(undefined)
  .transform((image) => image ?? '');

export const serverFaultSchema = z.object({
  code: optionalNumber,
  message: nameText,
  created: optionalText,
  details: optionalText,
});

/** GET /servers/detail items, GET /servers/{id} and the PUT answer (a reduced record below 2.75). */
/**
 * GET /servers/detail items, GET /servers/{id} and the PUT answer (a reduced record below 2.75). Only the id is
 * required: every other field shows as unknown when null, missing or of another type (lenient.ts), and a status
 * that cannot be read is UNKNOWN, the spec's own word for it.
 */
export const serverSchema = serverSummarySchema.extend({
  status: serverStatusSchema.catch('UNKNOWN'),
  tenant_id: optionalText,
  user_id: optionalText,
  /** `YYYY-MM-DDThh:mm:ssZ`. */
  created: optionalText,
  updated: optionalText,
  /** "" while the server has no host. */
  hostId: optionalText,
  /** Keyed by network name; {} while BUILD. */
  addresses: z.record(z.string(), lenientArray(serverAddressSchema)).catch({}),
  image: serverImageSchema,
  flavor: serverFlavorSchema.optional().catch(undefined),
  key_name: nullableText,
  metadata: stringRecord,
  /** Nova omits the key when the server has no groups. */
  security_groups: lenientArray(z.object({ name: z.string() })),
  'os-extended-volumes:volumes_attached': lenientArray(
    z.object({ id: z.string(), delete_on_termination: booleanishSchema.optional().catch(undefined) }),
  ),
  accessIPv4: optionalText,
  accessIPv6: optionalText,
  /** Only for ACTIVE, BUILD, REBUILD, RESIZE, VERIFY_RESIZE and MIGRATING. */
  progress: z.number().nullable().optional().catch(undefined),
  /** Only for ERROR and DELETED, when a fault was recorded. */
  fault: serverFaultSchema.optional().catch(undefined),
  /** "", "True" or null. */
  config_drive: z.union([z.string(), z.boolean()]).nullable().optional().catch(undefined),
  description: z.string().nullable().optional().catch(undefined),
  locked: optionalBoolean,
  tags: lenientArray(z.string()).optional(),
  /** null, or a task name mixing hyphens and underscores (`powering-off`, `image_uploading`). */
  'OS-EXT-STS:task_state': nullableText,
  'OS-EXT-STS:vm_state': optionalText,
  /** 1 running, 4 shut down, ... */
  'OS-EXT-STS:power_state': z.number().nullable().optional().catch(undefined),
  'OS-EXT-AZ:availability_zone': optionalText,
  /** Zone-less `YYYY-MM-DDThh:mm:ss.ffffff` (UTC). */
  'OS-SRV-USG:launched_at': nullableText,
  'OS-SRV-USG:terminated_at': nullableText,
  'NHN-EXT-ATTR:ephemeral_disk_size': z.number().nullable().optional().catch(undefined),
  /** Unknown (undefined) when the cloud sends null or nothing: NHN's delete protection, absent elsewhere. */
  'NHN-EXT-ATTR:protect': booleanishSchema.optional().catch(undefined),
});

const pageLinksSchema = lenientArray(linkSchema).optional();

export const serverListResponseSchema = z.object({
  servers: listOf(serverSummarySchema),
  servers_links: pageLinksSchema,
});
export const serverDetailListResponseSchema = z.object({
  servers: listOf(serverSchema),
  servers_links: pageLinksSchema,
});
export const serverGetResponseSchema = z.object({ server: serverSchema });

/** PUT /servers/{id} body: the spec lets the console change only the name. */
export const serverUpdateBodySchema = z.object({ server: z.object({ name: z.string().min(1).max(255) }) });

export type ServerSummary = z.infer<typeof serverSummarySchema>;
export type Server = z.infer<typeof serverSchema>;
export type ServerUpdateBody = z.infer<typeof serverUpdateBodySchema>;
