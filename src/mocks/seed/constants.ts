/** Fixed identities of the demo account (docs/architecture.md). */
export const DEMO_TENANT_ID = '6cdebe3eb0094910bc41f1d42ebe4cb7';
export const DEMO_TENANT_NAME = 'demo-project';
/** A second project of the same user, empty: shows that lists are per project. */
export const SANDBOX_TENANT_ID = 'e4f1c0a2b7d94c6f8a3b5d2e1f0c9a87';
export const DEMO_USER_ID = 'b6ab578c20c94306ac1f41ffc4415b29';
export const DEMO_USER_NAME = 'demo@example.com';
export const DEMO_PASSWORD = 'demo';
/** Owner of NHN Cloud's public images. */
export const NHN_IMAGE_OWNER = '4a5c1d0e9f3b4b8aa7c26e1f0d9b8c7a';
export const ZONES = ['kr-pub-a', 'kr-pub-b'] as const;
/** The seed's PRNG start: the same ids, IPs and MAC addresses after every reset. */
export const SEED = 0x1c0de;
export const TOKEN_TTL_MS = 12 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
