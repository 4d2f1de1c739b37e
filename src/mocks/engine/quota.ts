/**
 * Nova's quota for instances, cores and RAM, counted as Nova counts them with `[quota] count_usage_from_placement`:
 * every server that is not deleted is an instance; cores and RAM are what the placement service holds for a server,
 * which is nothing once it is shelved and offloaded, and both flavors while a resize is not yet confirmed or reverted.
 * Over a limit is 403 with Nova's TooManyInstances message (nova/compute/utils.py `check_num_instances_quota`).
 */
import type { SimQuota } from '../controls';
import { forbidden } from '../http/faults';
import type { SimFlavor, SimServer, SimState } from '../state';

type Counted = 'instances' | 'cores' | 'ram';
export type QuotaUsage = Record<Counted, number>;

export function quotaUsage(state: SimState, tenantId: string): QuotaUsage {
  const usage: QuotaUsage = { instances: 0, cores: 0, ram: 0 };
  const flavors = new Map(state.flavors.map((flavor) => [flavor.id, flavor]));
  for (const server of state.servers) {
    if (server.tenantId !== tenantId || server.deleted) continue;
    usage.instances += 1;
    for (const flavorId of heldFlavorIds(server)) {
      usage.cores += flavors.get(flavorId)?.vcpus ?? 0;
      usage.ram += flavors.get(flavorId)?.ram ?? 0;
    }
  }
  return usage;
}

function heldFlavorIds(server: SimServer): string[] {
  if (server.vmState === 'shelved_offloaded') return [];
  if (!server.resize) return [server.flavorId];
  return [server.resize.oldFlavorId, server.resize.newFlavorId];
}

const unlimited = (limit: number) => limit < 0;

/** The quota the project has: the configured one, grown by what the seed's extra fleet holds (see SimState). */
export function projectQuota(quota: SimQuota, state: SimState): SimQuota {
  const grow = (limit: number, by: number) => (unlimited(limit) ? limit : limit + by);
  const { instances, cores, ram } = state.fleetAllowance;
  return { ...quota, instances: grow(quota.instances, instances), cores: grow(quota.cores, cores), ram: grow(quota.ram, ram) };
}

/** POST /servers: as many as fit between min_count and max_count; fewer than min_count is 403. */
export function allowedInstances(quota: SimQuota, usage: QuotaUsage, flavor: SimFlavor, minCount: number, maxCount: number): number {
  const deltas: QuotaUsage = { instances: maxCount, cores: maxCount * flavor.vcpus, ram: maxCount * flavor.ram };
  const overs = oversOf(quota, usage, deltas);
  if (overs.length === 0) return maxCount;
  const headroom = (resource: Counted) => (unlimited(quota[resource]) ? Infinity : quota[resource] - usage[resource]);
  let allowed = headroom('instances');
  if (flavor.vcpus > 0) allowed = Math.min(allowed, Math.floor(headroom('cores') / flavor.vcpus));
  if (flavor.ram > 0) allowed = Math.min(allowed, Math.floor(headroom('ram') / flavor.ram));
  if (allowed > 0 && allowed >= minCount && allowed <= maxCount) return allowed;
  const requested = { ...deltas, instances: minCount === maxCount ? `${minCount}` : `${minCount}-${maxCount}` };
  throw tooMany(overs, requested, usage, quota);
}

/** resize (the growth of the new flavor over the old one) and unshelve (the whole flavor, placed again). */
export function checkQuotaDeltas(quota: SimQuota, usage: QuotaUsage, deltas: Partial<QuotaUsage>): void {
  const overs = oversOf(quota, usage, deltas);
  if (overs.length > 0) throw tooMany(overs, deltas, usage, quota);
}

export function resizeDeltas(from: SimFlavor, to: SimFlavor): Partial<QuotaUsage> {
  const deltas: Partial<QuotaUsage> = {};
  if (to.vcpus > from.vcpus) deltas.cores = to.vcpus - from.vcpus;
  if (to.ram > from.ram) deltas.ram = to.ram - from.ram;
  return deltas;
}

function oversOf(quota: SimQuota, usage: QuotaUsage, deltas: Partial<QuotaUsage>): Counted[] {
  const resources: Counted[] = ['cores', 'instances', 'ram'];
  return resources.filter((resource) => {
    const delta = deltas[resource];
    return delta !== undefined && delta > 0 && !unlimited(quota[resource]) && usage[resource] + delta > quota[resource];
  });
}

function tooMany(overs: Counted[], requested: Partial<Record<Counted, number | string>>, usage: QuotaUsage, quota: SimQuota) {
  const list = (values: Array<number | string | undefined>) => values.map(String).join(', ');
  const names = overs.join(', ');
  return forbidden(
    `Quota exceeded for ${names}: Requested ${list(overs.map((r) => requested[r]))}, but already used ${list(overs.map((r) => usage[r]))} of ${list(overs.map((r) => quota[r]))} ${names}`,
  );
}
