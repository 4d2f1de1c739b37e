/**
 * NHN Cloud's regions for the sign-in form. Only names: each region's endpoints always come from the token's
 * service catalog. The US (California) region closed on 2026-03-31 and is not offered.
 */
export const NHN_REGIONS = ['KR1', 'KR2', 'KR3', 'JP1'] as const;

export type NhnRegion = (typeof NHN_REGIONS)[number];

export const DEFAULT_REGION: NhnRegion = 'KR1';

/** NHN tenant (project) ids are 32 hexadecimal characters. */
export const TENANT_ID_PATTERN = /^[0-9a-f]{32}$/i;
