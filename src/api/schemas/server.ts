import { z } from '../../lib/zod';
import { booleanishSchema, idSchema, type Link, linkSchema, linksSchema } from './common';
import { lenientArray, lenientNullish, lenientOptional, listOf, nameText, nullableText, optionalBoolean, optionalNumber, optionalText, stringRecord } from './lenient';
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
  id: lenientOptional(idSchema),
  links: linksSchema,
  original_name: optionalText,
  vcpus: optionalNumber,
  ram: optionalNumber,
  disk: optionalNumber,
  ephemeral: optionalNumber,
  swap: optionalNumber,
  extra_specs: z.optional(stringRecord),
});

/**
 * "" for a server booted from a volume (Nova and NHN alike); null, a missing key and an image without a readable id
 * are read the same way.
 */
export const serverImageSchema = z.pipe(
  lenientOptional(z.union([z.literal(''), z.null(), z.object({ id: idSchema, links: linksSchema })])),
  z.transform((image: '' | null | { id: string; links: Link[] } | undefined) => image ?? ''),
);

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
export const serverSchema = z.extend(serverSummarySchema, {
  status: z.catch(serverStatusSchema, 'UNKNOWN'),
  tenant_id: optionalText,
  user_id: optionalText,
  /** `YYYY-MM-DDThh:mm:ssZ`. */
  created: optionalText,
  updated: optionalText,
  /** "" while the server has no host. */
  hostId: optionalText,
  /** Keyed by network name; {} while BUILD. */
  addresses: z.catch(z.record(z.string(), lenientArray(serverAddressSchema)), {}),
  image: serverImageSchema,
  flavor: lenientOptional(serverFlavorSchema),
  key_name: nullableText,
  metadata: stringRecord,
  /** Nova omits the key when the server has no groups. */
  security_groups: lenientArray(z.object({ name: z.string() })),
  'os-extended-volumes:volumes_attached': lenientArray(
    z.object({ id: z.string(), delete_on_termination: lenientOptional(booleanishSchema) }),
  ),
  accessIPv4: optionalText,
  accessIPv6: optionalText,
  /** Only for ACTIVE, BUILD, REBUILD, RESIZE, VERIFY_RESIZE and MIGRATING. */
  progress: lenientNullish(z.number()),
  /** Only for ERROR and DELETED, when a fault was recorded. */
  fault: lenientOptional(serverFaultSchema),
  /** "", "True" or null. */
  config_drive: lenientNullish(z.union([z.string(), z.boolean()])),
  description: lenientNullish(z.string()),
  locked: optionalBoolean,
  tags: z.optional(lenientArray(z.string())),
  /** null, or a task name mixing hyphens and underscores (`powering-off`, `image_uploading`). */
  'OS-EXT-STS:task_state': nullableText,
  'OS-EXT-STS:vm_state': optionalText,
  /** 1 running, 4 shut down, ... */
  'OS-EXT-STS:power_state': lenientNullish(z.number()),
  'OS-EXT-AZ:availability_zone': optionalText,
  /** Zone-less `YYYY-MM-DDThh:mm:ss.ffffff` (UTC). */
  'OS-SRV-USG:launched_at': nullableText,
  'OS-SRV-USG:terminated_at': nullableText,
  'NHN-EXT-ATTR:ephemeral_disk_size': lenientNullish(z.number()),
  /** Unknown (undefined) when the cloud sends null or nothing: NHN's delete protection, absent elsewhere. */
  'NHN-EXT-ATTR:protect': lenientOptional(booleanishSchema),
});

const pageLinksSchema = z.optional(lenientArray(linkSchema));

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
export const serverUpdateBodySchema = z.object({ server: z.object({ name: z.string().check(z.minLength(1), z.maxLength(255)) }) });

export type ServerSummary = z.infer<typeof serverSummarySchema>;
export type Server = z.infer<typeof serverSchema>;
export type ServerUpdateBody = z.infer<typeof serverUpdateBodySchema>;
