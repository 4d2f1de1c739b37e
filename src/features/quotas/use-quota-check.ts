import { useQuery } from '@tanstack/react-query';
import { type QuotaExcess, quotaExcesses, type QuotaUse, quotaUses } from '../../domain/quota';
import { isQuotaUnavailable, quotaQueries } from './quota-queries';

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
