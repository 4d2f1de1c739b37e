import { z } from 'zod';

/** NHN Keystone v2.0 `POST /tokens` body. */
export const tokenRequestBodySchema = z.object({
  auth: z.object({
    tenantId: z.string().min(1),
    passwordCredentials: z.object({ username: z.string().min(1), password: z.string().min(1) }),
  }),
});

export const catalogEndpointSchema = z.object({
  region: z.string(),
  publicURL: z.string(),
});

export const catalogEntrySchema = z.object({
  /** compute, image, network, volumev2, identity, key-manager, ... */
  type: z.string(),
  name: z.string().optional(),
  endpoints: z.array(catalogEndpointSchema).default([]),
});

/** NHN Keystone v2.0 token response; `access.token.id` is the X-Auth-Token. */
export const tokenResponseSchema = z.object({
  access: z.object({
    token: z.object({
      id: z.string().min(1),
      /** UTC, `YYYY-MM-DDThh:mm:ssZ`. */
      expires: z.string(),
      /** Zone-less `YYYY-MM-DDThh:mm:ss.ffffff`. */
      issued_at: z.string().optional(),
      tenant: z.object({
        id: z.string(),
        name: z.string().optional(),
        description: z.string().nullable().optional(),
        enabled: z.boolean().optional(),
      }),
    }),
    serviceCatalog: z.array(catalogEntrySchema).default([]),
    user: z
      .object({
        id: z.string().optional(),
        username: z.string().optional(),
        name: z.string().optional(),
        roles: z.array(z.object({ name: z.string() })).default([]),
      })
      .optional(),
  }),
});

export type TokenRequestBody = z.infer<typeof tokenRequestBodySchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type TokenResponse = z.infer<typeof tokenResponseSchema>;
