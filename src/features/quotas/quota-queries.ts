import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { getLimits } from '../../api/limits';

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
