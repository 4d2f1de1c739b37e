import { z } from '../../lib/zod';
import { booleanishSchema, integerishSchema, linksSchema } from './common';

/*
 * POST /servers, the whole body of the NHN guide. This is what the console sends, so its output is canonical
 * JSON: Nova also accepts counts and sizes as digit strings ("2") and flags as words ("True"), and its own
 * samples use them; the schema accepts those spellings but always outputs JSON integers and booleans
 * (Nova tests the raw flag for truthiness, so a string "False" would still return a reservation id).
 * Unknown keys (personality, accessIPv4, scheduler hints, tags) are dropped.
 */

/** One NIC: by network id, subnet id, port id, or a fixed IP. */
export const serverNetworkSchema = z.object({
  uuid: z.optional(z.string()),
  subnet: z.optional(z.string()),
  port: z.optional(z.string()),
  fixed_ip: z.optional(z.string()),
});

export const nhnEncryptionSchema = z.object({ skm_appkey: z.string(), skm_key_id: z.string() });

export const blockDeviceMappingSchema = z.object({
  source_type: z.enum(['image', 'blank', 'volume', 'snapshot']),
  /** The source image (or volume / snapshot) id. */
  uuid: z.optional(z.string()),
  /** 0 is the root disk. */
  boot_index: integerishSchema,
  /** `local` for GPU and U2 flavors, `volume` for all others. */
  destination_type: z.enum(['local', 'volume']),
  /** A volume type *name* ("General HDD"), not its id. */
  volume_type: z.optional(z.string()),
  delete_on_termination: z.optional(booleanishSchema),
  /** GB; ignored for U2 root disks. */
  volume_size: z.optional(z.pipe(integerishSchema, z.int().check(z.gte(1)))),
  nhn_encryption: z.optional(nhnEncryptionSchema),
});

const countSchema = z.pipe(integerishSchema, z.int().check(z.gte(1)));

export const serverCreateBodySchema = z.object({
  server: z.object({
    name: z.string().check(z.minLength(1), z.maxLength(255)),
    /** May be omitted when block_device_mapping_v2 has the boot disk. */
    imageRef: z.optional(z.string()),
    flavorRef: z.string().check(z.minLength(1)),
    /** "auto" / "none" exist only from 2.37; NHN's /v2 takes the list. */
    networks: z.optional(z.union([z.array(serverNetworkSchema), z.enum(['auto', 'none'])])),
    availability_zone: z.optional(z.string()),
    key_name: z.optional(z.string()),
    min_count: z.optional(countSchema),
    max_count: z.optional(countSchema),
    return_reservation_id: z.optional(booleanishSchema),
    /** Base64, at most 65535 bytes. */
    user_data: z.optional(z.string()),
    metadata: z.optional(z.record(z.string(), z.string())),
    security_groups: z.optional(z.array(z.object({ name: z.string().check(z.minLength(1)) }))),
    block_device_mapping_v2: z.optional(z.array(blockDeviceMappingSchema)),
  }),
});

export const createdServerSchema = z.object({
  id: z.string(),
  links: linksSchema,
  security_groups: z.optional(z.array(z.object({ name: z.string() }))),
  /** Only when the deployment enables instance passwords. */
  adminPass: z.optional(z.string()),
});

export const serverReservationSchema = z.object({ reservation_id: z.string() });

/** The first server created, or only the reservation id when `return_reservation_id` was set. */
export const serverCreateResponseSchema = z.union([z.object({ server: createdServerSchema }), serverReservationSchema]);

export type ServerNetwork = z.infer<typeof serverNetworkSchema>;
export type BlockDeviceMapping = z.infer<typeof blockDeviceMappingSchema>;
export type ServerCreateBody = z.infer<typeof serverCreateBodySchema>;
/** What a form may hand to `serverCreateBodySchema.parse` (digit strings and flag words allowed). */
export type CreatedServer = z.infer<typeof createdServerSchema>;
export type ServerReservation = z.infer<typeof serverReservationSchema>;
export type ServerCreateResult = CreatedServer | ServerReservation;
