import { queryOptions } from '@tanstack/react-query';
import { listFlavorsDetail, type FlavorListParams } from '../../api/flavors';

/** Flavors change rarely: minutes of staleness are fine. */
const FLAVOR_STALE_MS = 5 * 60_000;

export const flavorKeys = {
  all: ['flavors'] as const,
  details: () => [...flavorKeys.all, 'detail'] as const,
  detail: (params: FlavorListParams) => [...flavorKeys.details(), params] as const,
};

export const flavorQueries = {
  /** GET /flavors/detail with the spec's `minDisk` / `minRam`. */
  detail: (params: FlavorListParams = {}) =>
    queryOptions({
      queryKey: flavorKeys.detail(params),
      queryFn: ({ signal }) => listFlavorsDetail(params, signal),
      staleTime: FLAVOR_STALE_MS,
    }),
};
