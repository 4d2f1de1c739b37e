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
  uuid: z.string().optional(),
  subnet: z.string().optional(),
  port: z.string().optional(),
  fixed_ip: z.string().optional(),
});

export const nhnEncryptionSchema = z.object({ skm_appkey: z.string(), skm_key_id: z.string() });

export const blockDeviceMappingSchema = z.object({
  source_type: z.enum(['image', 'blank', 'volume', 'snapshot']),
  /** The source image (or volume / snapshot) id. */
  uuid: z.string().optional(),
  /** 0 is the root disk. */
  boot_index: integerishSchema,
  /** `local` for GPU and U2 flavors, `volume` for all others. */
  destination_type: z.enum(['local', 'volume']),
  /** A volume type *name* ("General HDD"), not its id. */
  volume_type: z.string().optional(),
  delete_on_termination: booleanishSchema.optional(),
  /** GB; ignored for U2 root disks. */
  volume_size: integerishSchema.pipe(z.int().min(1)).optional(),
  nhn_encryption: nhnEncryptionSchema.optional(),
});

const countSchema = integerishSchema.pipe(z.int().min(1));

export const serverCreateBodySchema = z.object({
  server: z.object({
    name: z.string().min(1).max(255),
    /** May be omitted when block_device_mapping_v2 has the boot disk. */
    imageRef: z.string().optional(),
    flavorRef: z.string().min(1),
    /** "auto" / "none" exist only from 2.37; NHN's /v2 takes the list. */
    networks: z.union([z.array(serverNetworkSchema), z.enum(['auto', 'none'])]).optional(),
    availability_zone: z.string().optional(),
    key_name: z.string().optional(),
    min_count: countSchema.optional(),
    max_count: countSchema.optional(),
    return_reservation_id: booleanishSchema.optional(),
    /** Base64, at most 65535 bytes. */
    user_data: z.string().optional(),
    metadata: z.record(z.string(), z.string()).optional(),
    security_groups: z.array(z.object({ name: z.string().min(1) })).optional(),
    block_device_mapping_v2: z.array(blockDeviceMappingSchema).optional(),
  }),
});

export const createdServerSchema = z.object({
  id: z.string(),
  links: linksSchema,
  security_groups: z.array(z.object({ name: z.string() })).optional(),
  /** Only when the deployment enables instance passwords. */
  adminPass: z.string().optional(),
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
