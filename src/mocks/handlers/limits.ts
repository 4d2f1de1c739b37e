/**
 * GET /limits as Nova answers at 2.1: the quota of `config.quota` and what the project uses now. The network quotas
 * read -1 (Neutron keeps them), the others are Nova's defaults. Key pairs have a limit but no usage here.
 */
import { projectQuota, quotaUsage } from '../engine/quota';
import { json } from '../http/respond';
import type { SimRoute } from '../http/router';

export const limitRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/compute/v2/:tenantId/limits',
    service: 'compute',
    handle(ctx) {
      const quota = projectQuota(ctx.config.quota, ctx.state);
      const used = quotaUsage(ctx.state, ctx.tenantId);
      const absolute = {
        maxImageMeta: 128,
        maxPersonality: 5,
        maxPersonalitySize: 10240,
        maxSecurityGroupRules: -1,
        maxSecurityGroups: -1,
        maxServerMeta: 128,
        maxTotalCores: quota.cores,
        maxTotalFloatingIps: -1,
        maxTotalInstances: quota.instances,
        maxTotalKeypairs: quota.keypairs,
        maxTotalRAMSize: quota.ram,
        maxServerGroups: 10,
        maxServerGroupMembers: 10,
        totalCoresUsed: used.cores,
        totalInstancesUsed: used.instances,
        totalRAMUsed: used.ram,
        totalSecurityGroupsUsed: 0,
        totalFloatingIpsUsed: 0,
        totalServerGroupsUsed: 0,
      };
      return json({ limits: { rate: [], absolute } });
    },
  },
];
