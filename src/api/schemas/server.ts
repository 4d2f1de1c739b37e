import { z } from 'zod';
import { booleanishSchema, idSchema, linkSchema, linksSchema } from './common';
import { serverStatusSchema } from './server-status';

/** An item of GET /servers. `name` is missing on down-cell records; it comes out as "". */
export const serverSummarySchema = z.object({
  id: z.string(),
  name: z
    .string()
    .nullish()
    .transform((name) => name ?? ''),
  links: linksSchema,
});

export const serverAddressSchema = z.object({
  addr: z.string(),
  version: z.number().optional(),
  'OS-EXT-IPS:type': z.string().optional(),
  'OS-EXT-IPS-MAC:mac_addr': z.string().optional(),
});

/** `{id, links}` below 2.47; from 2.47 the embedded flavor without id; `{}` when the record is gone. */
export const serverFlavorSchema = z.object({
  id: idSchema.optional(),
  links: linksSchema,
  original_name: z.string().optional(),
  vcpus: z.number().optional(),
  ram: z.number().optional(),
  disk: z.number().optional(),
  ephemeral: z.number().optional(),
  swap: z.number().optional(),
  extra_specs: z.record(z.string(), z.string()).optional(),
});

/** "" for a server booted from a volume (Nova and NHN alike); null and a missing key are read the same way. */
export const serverImageSchema = z
  .union([z.literal(''), z.null(), z.object({ id: z.string(), links: linksSchema })])
  .optional()
  .transform((image) => image ?? '');

export const serverFaultSchema = z.object({
  code: z.number().optional(),
  message: z.string(),
  created: z.string().optional(),
  details: z.string().optional(),
});

/** GET /servers/detail items, GET /servers/{id} and the PUT answer (a reduced record below 2.75). */
export const serverSchema = serverSummarySchema.extend({
  status: serverStatusSchema,
  tenant_id: z.string().optional(),
  user_id: z.string().optional(),
  /** `YYYY-MM-DDThh:mm:ssZ`. */
  created: z.string().optional(),
  updated: z.string().optional(),
  /** "" while the server has no host. */
  hostId: z.string().optional(),
  /** Keyed by network name; {} while BUILD. */
  addresses: z.record(z.string(), z.array(serverAddressSchema)).default({}),
  image: serverImageSchema,
  flavor: serverFlavorSchema.optional(),
  key_name: z.string().nullable().default(null),
  metadata: z.record(z.string(), z.string()).default({}),
  /** Nova omits the key when the server has no groups. */
  security_groups: z.array(z.object({ name: z.string() })).default([]),
  'os-extended-volumes:volumes_attached': z
    .array(z.object({ id: z.string(), delete_on_termination: booleanishSchema.optional() }))
    .default([]),
  accessIPv4: z.string().optional(),
  accessIPv6: z.string().optional(),
  /** Only for ACTIVE, BUILD, REBUILD, RESIZE, VERIFY_RESIZE and MIGRATING. */
  progress: z.number().nullable().optional(),
  /** Only for ERROR and DELETED, when a fault was recorded. */
  fault: serverFaultSchema.optional(),
  /** "", "True" or null. */
  config_drive: z.union([z.string(), z.boolean()]).nullable().optional(),
  description: z.string().nullable().optional(),
  locked: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  /** null, or a task name mixing hyphens and underscores (`powering-off`, `image_uploading`). */
  'OS-EXT-STS:task_state': z.string().nullable().default(null),
  'OS-EXT-STS:vm_state': z.string().optional(),
  /** 1 running, 4 shut down, ... */
  'OS-EXT-STS:power_state': z.number().nullable().optional(),
  'OS-EXT-AZ:availability_zone': z.string().optional(),
  /** Zone-less `YYYY-MM-DDThh:mm:ss.ffffff` (UTC). */
  'OS-SRV-USG:launched_at': z.string().nullable().default(null),
  'OS-SRV-USG:terminated_at': z.string().nullable().default(null),
  'NHN-EXT-ATTR:ephemeral_disk_size': z.number().nullable().optional(),
  'NHN-EXT-ATTR:protect': booleanishSchema.optional(),
});

export const serverListResponseSchema = z.object({
  servers: z.array(serverSummarySchema),
  servers_links: z.array(linkSchema).optional(),
});
export const serverDetailListResponseSchema = z.object({
  servers: z.array(serverSchema),
  servers_links: z.array(linkSchema).optional(),
});
export const serverGetResponseSchema = z.object({ server: serverSchema });

/** PUT /servers/{id} body: the spec lets the console change only the name. */
export const serverUpdateBodySchema = z.object({ server: z.object({ name: z.string().min(1).max(255) }) });

export type ServerSummary = z.infer<typeof serverSummarySchema>;
export type Server = z.infer<typeof serverSchema>;
export type ServerAddress = z.infer<typeof serverAddressSchema>;
export type ServerFlavor = z.infer<typeof serverFlavorSchema>;
export type ServerFault = z.infer<typeof serverFaultSchema>;
export type ServerUpdateBody = z.infer<typeof serverUpdateBodySchema>;
