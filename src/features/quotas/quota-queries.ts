import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { getLimits } from '../../api/limits';
import { type QuotaExcess, quotaExcesses, type QuotaUse, quotaUses } from '../../domain/quota';

/** Usage moves with every create and delete; a minute of staleness would mislead the wizard's check. */
const LIMITS_STALE_MS = 10_000;

export const quotaKeys = {
  all: ['quotas'] as const,
  limits: () => [...quotaKeys.all, 'limits'] as const,
};

/** A cloud that does not serve GET /limits (404) or not to this user (403): quotas are not shown, nothing failed. */
export function isQuotaUnavailable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 403);
}

export const quotaQueries = {
  /** GET /limits `absolute`. */
  limits: () =>
    queryOptions({
      queryKey: quotaKeys.limits(),
      queryFn: ({ signal }) => getLimits(signal),
      staleTime: LIMITS_STALE_MS,
      retry: (failures, error) => !isQuotaUnavailable(error) && failures < 2,
    }),
};

/** The resources a new or changed server takes: instances, vCPUs and RAM (MB). */
export type QuotaAdds = Partial<Record<'instances' | 'cores' | 'ram', number>>;

export interface QuotaLine {
  use: QuotaUse;
  adds: number;
  excess: QuotaExcess | undefined;
}

export type QuotaCheck =
  | { kind: 'loading' }
  /** The cloud does not serve GET /limits (404) or not to this user (403): nothing to check, nothing failed. */
  | { kind: 'unavailable' }
  | { kind: 'failed'; error: unknown; retry: () => void }
  | { kind: 'ready'; lines: QuotaLine[]; excesses: QuotaExcess[] };

/**
 * What a request would add against what the project has left. Only a warning: usage changes under the user
 * (others create and delete), and the cloud has the last word when it receives the request.
 */
export function useQuotaCheck(adds: QuotaAdds): QuotaCheck {
  const query = useQuery(quotaQueries.limits());
  if (query.isError) {
    return isQuotaUnavailable(query.error) ? { kind: 'unavailable' } : { kind: 'failed', error: query.error, retry: () => void query.refetch() };
  }
  if (!query.data) return { kind: 'loading' };
  // Key pairs are not counted here: a server does not add one.
  const uses = quotaUses(query.data, null);
  const excesses = quotaExcesses(uses, adds);
  const lines = uses.flatMap((use): QuotaLine[] => {
    const added = use.resource === 'keypairs' ? 0 : (adds[use.resource] ?? 0);
    return added > 0 ? [{ use, adds: added, excess: excesses.find((excess) => excess.resource === use.resource) }] : [];
  });
  return { kind: 'ready', lines, excesses };
}
