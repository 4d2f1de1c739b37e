import { z } from '../../lib/zod';

/** NHN Keystone v2.0 `POST /tokens` body. */
export const tokenRequestBodySchema = z.object({
  auth: z.object({
    tenantId: z.string().check(z.minLength(1)),
    passwordCredentials: z.object({ username: z.string().check(z.minLength(1)), password: z.string().check(z.minLength(1)) }),
  }),
});

export const catalogEndpointSchema = z.object({
  region: z.string(),
  publicURL: z.string(),
});

export const catalogEntrySchema = z.object({
  /** compute, image, network, volumev2, identity, key-manager, ... */
  type: z.string(),
  name: z.optional(z.string()),
  endpoints: z._default(z.array(catalogEndpointSchema), []),
});

/** NHN Keystone v2.0 token response; `access.token.id` is the X-Auth-Token. */
export const tokenResponseSchema = z.object({
  access: z.object({
    token: z.object({
      id: z.string().check(z.minLength(1)),
      /** UTC, `YYYY-MM-DDThh:mm:ssZ`. */
      expires: z.string(),
      /** Zone-less `YYYY-MM-DDThh:mm:ss.ffffff`. */
      issued_at: z.optional(z.string()),
      tenant: z.object({
        id: z.string(),
        name: z.optional(z.string()),
        description: z.optional(z.nullable(z.string())),
        enabled: z.optional(z.boolean()),
      }),
    }),
    serviceCatalog: z._default(z.array(catalogEntrySchema), []),
    user: z.optional(
      z.object({
        id: z.optional(z.string()),
        username: z.optional(z.string()),
        name: z.optional(z.string()),
        /** Absent: unknown (not "none"). */
        roles: z.optional(z.array(z.object({ name: z.string() }))),
      }),
    ),
  }),
});

export type TokenRequestBody = z.infer<typeof tokenRequestBodySchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** Keystone v2.0 `POST /tokens` with an existing token instead of a password: a new token with the catalog. */
export const tokenAuthRequestBodySchema = z.object({
  auth: z.object({
    tenantId: z.string().check(z.minLength(1)),
    token: z.object({ id: z.string().check(z.minLength(1)) }),
  }),
});

const v3Named = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  domain: z.optional(z.object({ id: z.optional(z.string()), name: z.optional(z.string()) })),
});

/** Keystone v3 `POST /auth/tokens` response body; the token itself is the `X-Subject-Token` header. */
export const tokenV3ResponseSchema = z.object({
  token: z.object({
    /** e.g. `2026-07-01T21:00:00.000000Z`. */
    expires_at: z.string(),
    issued_at: z.optional(z.string()),
    project: z.optional(z.extend(v3Named, { id: z.string() })),
    user: z.optional(v3Named),
    /** The roles the token carries in its project. */
    roles: z.optional(z.array(z.object({ id: z.optional(z.string()), name: z.string() }))),
    catalog: z._default(
      z.array(
        z.object({
          type: z.string(),
          name: z.optional(z.string()),
          endpoints: z._default(
            z.array(
              z.object({
                interface: z.string(),
                region: z.optional(z.nullable(z.string())),
                region_id: z.optional(z.nullable(z.string())),
                url: z.string(),
              }),
            ),
            [],
          ),
        }),
      ),
      [],
    ),
  }),
});

export type TokenAuthRequestBody = z.infer<typeof tokenAuthRequestBodySchema>;
export type TokenV3Response = z.infer<typeof tokenV3ResponseSchema>;
