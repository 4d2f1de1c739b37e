import { z } from '../../lib/zod';

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
        /** Absent: unknown (not "none"). */
        roles: z.array(z.object({ name: z.string() })).optional(),
      })
      .optional(),
  }),
});

export type TokenRequestBody = z.infer<typeof tokenRequestBodySchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** Keystone v2.0 `POST /tokens` with an existing token instead of a password: a new token with the catalog. */
export const tokenAuthRequestBodySchema = z.object({
  auth: z.object({
    tenantId: z.string().min(1),
    token: z.object({ id: z.string().min(1) }),
  }),
});

const v3Named = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  domain: z.object({ id: z.string().optional(), name: z.string().optional() }).optional(),
});

/** Keystone v3 `POST /auth/tokens` response body; the token itself is the `X-Subject-Token` header. */
export const tokenV3ResponseSchema = z.object({
  token: z.object({
    /** e.g. `2026-07-01T21:00:00.000000Z`. */
    expires_at: z.string(),
    issued_at: z.string().optional(),
    project: v3Named.extend({ id: z.string() }).optional(),
    user: v3Named.optional(),
    /** The roles the token carries in its project. */
    roles: z.array(z.object({ id: z.string().optional(), name: z.string() })).optional(),
    catalog: z
      .array(
        z.object({
          type: z.string(),
          name: z.string().optional(),
          endpoints: z
            .array(
              z.object({
                interface: z.string(),
                region: z.string().nullable().optional(),
                region_id: z.string().nullable().optional(),
                url: z.string(),
              }),
            )
            .default([]),
        }),
      )
      .default([]),
  }),
});

export type TokenAuthRequestBody = z.infer<typeof tokenAuthRequestBodySchema>;
export type TokenV3Response = z.infer<typeof tokenV3ResponseSchema>;
