import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api/api-error';

const maxRetries = 2;

/** Retries only what may succeed unchanged (network, timeout, 5xx, 429), at most twice; never a 4xx. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && isRetryable(error);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Lists of a cloud change under us, but not every second: pages that watch transitions poll on their own.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetryQuery,
        // Coming back to the tab must not refetch every cached list at once; polling and Refresh do that job.
        refetchOnWindowFocus: false,
      },
      // A retried POST can create a second server: mutations are never retried by the cache.
      mutations: { retry: false },
    },
  });
}
