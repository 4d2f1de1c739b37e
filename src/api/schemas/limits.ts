import { z } from '../../lib/zod';
import { lenientOptional } from './lenient';

/** A limit or a usage: -1 is unlimited; anything but a number (a cloud that leaves it out, or sends null) is unknown. */
const count = lenientOptional(z.number());

/**
 * GET /limits `absolute`: the project's quota limits (`max*`) and, for some of them, what it uses now (`total*Used`).
 * Key pairs have a limit but no usage (they belong to the user). 2.36 drops the network ones (floating IPs, security
 * groups and their rules), 2.57 the personality ones; a cloud may send more keys, which are dropped.
 */
export const absoluteLimitsSchema = z.object({
  maxTotalInstances: count,
  totalInstancesUsed: count,
  maxTotalCores: count,
  totalCoresUsed: count,
  maxTotalRAMSize: count,
  totalRAMUsed: count,
  maxTotalKeypairs: count,
  maxServerMeta: count,
  maxImageMeta: count,
  maxPersonality: count,
  maxPersonalitySize: count,
  maxSecurityGroups: count,
  maxSecurityGroupRules: count,
  totalSecurityGroupsUsed: count,
  maxTotalFloatingIps: count,
  totalFloatingIpsUsed: count,
  maxServerGroups: count,
  totalServerGroupsUsed: count,
  maxServerGroupMembers: count,
});

/** `rate` is always [] since Nova dropped its rate limiting; it is not read. */
export const limitsResponseSchema = z.object({
  limits: z.object({ absolute: z.catch(absoluteLimitsSchema, {}) }),
});

export type AbsoluteLimits = z.infer<typeof absoluteLimitsSchema>;
