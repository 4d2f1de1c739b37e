import { z } from '../../lib/zod';

/** The statuses the NHN Instance API v2 guide lists. */
export const SPEC_SERVER_STATUSES = [
  'ACTIVE', 'BUILD', 'DELETED', 'ERROR', 'HARD_REBOOT', 'MIGRATING', 'PASSWORD', 'PAUSED', 'REBOOT', 'REBUILD',
  'RESCUE', 'RESIZE', 'REVERT_RESIZE', 'VERIFY_RESIZE', 'SHELVED_OFFLOADED', 'SHUTOFF', 'SUSPENDED', 'UNKNOWN',
] as const;

/**
 * Every status Nova's _STATE_MAP can produce: the spec's, plus SHELVED (when shelved_offload_time > 0)
 * and SOFT_DELETED (when reclaim_instance_interval > 0), which the guide does not list.
 */
export const SERVER_STATUSES = [...SPEC_SERVER_STATUSES, 'SHELVED', 'SOFT_DELETED'] as const;

export type ServerStatus = (typeof SERVER_STATUSES)[number];

/** Any other string becomes UNKNOWN (the spec's "contact the administrator" status) instead of failing the page. */
export const serverStatusSchema = z.pipe(
  z.pipe(z.string(), z.transform((status: string) => status.toUpperCase())),
  z.catch(z.enum(SERVER_STATUSES), 'UNKNOWN'),
);
