import { z } from '../../lib/zod';
import { idSchema, linkSchema } from './common';
import { lenientArray, lenientNullish, lenientOptional, listOf, nameText, optionalBoolean, optionalText } from './lenient';

/** A list item (inside its `keypair` wrapper). `type` only from 2.2. The name is the key pair's id. */
export const keyPairSummarySchema = z.object({
  name: z.string(),
  public_key: nameText,
  fingerprint: nameText,
  type: optionalText,
});

/** GET /os-keypairs/{name}: adds the owner and (zone-less) timestamps; `id` is a DB integer, not the name. */
export const keyPairSchema = z.extend(keyPairSummarySchema, {
  user_id: optionalText,
  created_at: optionalText,
  updated_at: lenientNullish(z.string()),
  deleted: optionalBoolean,
  deleted_at: lenientNullish(z.string()),
  id: lenientOptional(idSchema),
});

/** POST /os-keypairs answer for an import: no private key. */
export const createdKeyPairSchema = z.extend(keyPairSummarySchema, {
  user_id: z.optional(z.string()),
  private_key: z.optional(z.string()),
});

/** POST /os-keypairs answer for a generated key: the private key is the whole point, so it is required. */
export const generatedKeyPairSchema = z.extend(createdKeyPairSchema, { private_key: z.string() });

export const keyPairListResponseSchema = z.object({
  keypairs: listOf(z.object({ keypair: keyPairSummarySchema })),
  keypairs_links: z.optional(lenientArray(linkSchema)),
});
export const keyPairGetResponseSchema = z.object({ keypair: keyPairSchema });
export const keyPairCreateResponseSchema = z.object({ keypair: createdKeyPairSchema });
export const keyPairGenerateResponseSchema = z.object({ keypair: generatedKeyPairSchema });

/** POST /os-keypairs body: without `public_key` Nova generates the key. */
export const keyPairCreateBodySchema = z.object({
  keypair: z.object({
    name: z.string().check(z.minLength(1), z.maxLength(255)),
    public_key: z.optional(z.string().check(z.minLength(1))),
  }),
});

export type KeyPairSummary = z.infer<typeof keyPairSummarySchema>;
export type KeyPair = z.infer<typeof keyPairSchema>;
export type CreatedKeyPair = z.infer<typeof createdKeyPairSchema>;
export type GeneratedKeyPair = z.infer<typeof generatedKeyPairSchema>;
export type KeyPairCreateBody = z.infer<typeof keyPairCreateBodySchema>;
