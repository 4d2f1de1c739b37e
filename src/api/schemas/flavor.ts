import { z } from 'zod';
import { idSchema, linkSchema, linksSchema, swapSchema } from './common';

/** An item of GET /flavors: only id, name and links. */
export const flavorSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  links: linksSchema,
});

/** An item of GET /flavors/detail, and GET /flavors/{id}. */
export const flavorSchema = flavorSummarySchema.extend({
  vcpus: z.number(),
  ram: z.number(),
  /** Root disk GB; 0 for volume-backed flavors. */
  disk: z.number(),
  swap: swapSchema,
  'OS-FLV-EXT-DATA:ephemeral': z.number().optional(),
  'OS-FLV-DISABLED:disabled': z.boolean().optional(),
  'os-flavor-access:is_public': z.boolean().optional(),
  /** Nova writes "" for 0 or null; gone from 2.102. */
  rxtx_factor: z
    .union([z.number(), z.literal(''), z.null()])
    .optional()
    .transform((factor) => (typeof factor === 'number' ? factor : undefined)),
  /** May be hidden by policy; NHN's x1 flavors carry `flavor_type`. */
  extra_specs: z.record(z.string(), z.string()).default({}),
  description: z.string().nullable().optional(),
});

export const flavorListResponseSchema = z.object({
  flavors: z.array(flavorSummarySchema),
  flavors_links: z.array(linkSchema).optional(),
});
export const flavorDetailListResponseSchema = z.object({
  flavors: z.array(flavorSchema),
  flavors_links: z.array(linkSchema).optional(),
});
export const flavorGetResponseSchema = z.object({ flavor: flavorSchema });

export type FlavorSummary = z.infer<typeof flavorSummarySchema>;
export type Flavor = z.infer<typeof flavorSchema>;
