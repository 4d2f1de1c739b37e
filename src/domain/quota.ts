/**
 * The project's quota as the console reasons about it: what each resource uses, its limit, what is left, and whether
 * something the user is about to ask for fits. Nova's GET /limits says -1 for unlimited; a cloud may leave a value out.
 * Key pairs have a limit but no usage in the answer (they belong to the user): the caller counts them.
 */
import type { AbsoluteLimits } from '../api/schemas/limits';

export type QuotaResource = 'instances' | 'cores' | 'ram' | 'keypairs';

export interface QuotaUse {
  resource: QuotaResource;
  /** null: the cloud did not say. */
  used: number | null;
  /** null: unlimited (-1) or not said. */
  limit: number | null;
  /** limit − used, never below 0; null when either is unknown or the limit is unlimited. */
  left: number | null;
}

const FIELDS: Record<Exclude<QuotaResource, 'keypairs'>, { max: keyof AbsoluteLimits; used: keyof AbsoluteLimits }> = {
  instances: { max: 'maxTotalInstances', used: 'totalInstancesUsed' },
  cores: { max: 'maxTotalCores', used: 'totalCoresUsed' },
  ram: { max: 'maxTotalRAMSize', used: 'totalRAMUsed' },
};

function limitOf(value: number | undefined): number | null {
  return value === undefined || value < 0 ? null : value;
}

function quotaUse(resource: QuotaResource, used: number | null, limit: number | null): QuotaUse {
  return { resource, used, limit, left: used === null || limit === null ? null : Math.max(0, limit - used) };
}

/** Instances, vCPUs and RAM (MB) from the answer; key pairs with the count the caller has (null: not counted). */
export function quotaUses(limits: AbsoluteLimits, keypairsUsed: number | null): QuotaUse[] {
  const counted = (Object.keys(FIELDS) as Array<keyof typeof FIELDS>).map((resource) =>
    quotaUse(resource, limits[FIELDS[resource].used] ?? null, limitOf(limits[FIELDS[resource].max])),
  );
  return [...counted, quotaUse('keypairs', keypairsUsed, limitOf(limits.maxTotalKeypairs))];
}

export interface QuotaExcess {
  resource: QuotaResource;
  /** What the request would add. */
  requested: number;
  left: number;
  /** requested − left: by how much the request is over. */
  over: number;
}

/**
 * What a request would add (e.g. count × the flavor's vCPUs and RAM) against what is left: every resource it would
 * take past its limit. Unknown usage or an unlimited limit never blocks. Exactly at the limit fits.
 */
export function quotaExcesses(uses: readonly QuotaUse[], adds: Partial<Record<QuotaResource, number>>): QuotaExcess[] {
  const excesses: QuotaExcess[] = [];
  for (const { resource, left } of uses) {
    const requested = adds[resource] ?? 0;
    if (left === null || requested <= 0 || requested <= left) continue;
    excesses.push({ resource, requested, left, over: requested - left });
  }
  return excesses;
}
