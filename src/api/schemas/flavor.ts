import { z } from '../../lib/zod';
import { idSchema, linkSchema, linksSchema, swapSchema } from './common';
import { lenientArray, lenientNullish, listOf, nameText, optionalBoolean, optionalNumber, stringRecord } from './lenient';

/** An item of GET /flavors: only id, name and links. */
export const flavorSummarySchema = z.object({
  id: idSchema,
  name: nameText,
  links: linksSchema,
});

/**
 * An item of GET /flavors/detail, and GET /flavors/{id}. vCPUs, RAM and disk stay required: the wizard's and the
 * resize dialog's rules decide by them (a flavor without them is left out of the list, and the page says so).
 */
export const flavorSchema = z.extend(flavorSummarySchema, {
  vcpus: z.number(),
  ram: z.number(),
  /** Root disk GB; 0 for volume-backed flavors. */
  disk: z.number(),
  swap: swapSchema,
  'OS-FLV-EXT-DATA:ephemeral': optionalNumber,
  'OS-FLV-DISABLED:disabled': optionalBoolean,
  'os-flavor-access:is_public': optionalBoolean,
  /** Nova writes "" for 0 or null; gone from 2.102. */
  rxtx_factor: optionalNumber,
  /** May be hidden by policy; NHN's x1 flavors carry `flavor_type`. */
  extra_specs: stringRecord,
  description: lenientNullish(z.string()),
});

export const flavorListResponseSchema = z.object({
  flavors: listOf(flavorSummarySchema),
  flavors_links: z.optional(lenientArray(linkSchema)),
});
export const flavorDetailListResponseSchema = z.object({
  flavors: listOf(flavorSchema),
  flavors_links: z.optional(lenientArray(linkSchema)),
});
export const flavorGetResponseSchema = z.object({ flavor: flavorSchema });

export type FlavorSummary = z.infer<typeof flavorSummarySchema>;
export type Flavor = z.infer<typeof flavorSchema>;
