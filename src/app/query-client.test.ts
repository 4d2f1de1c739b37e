import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorInit } from '../api/api-error';
import { createQueryClient, shouldRetryQuery } from './query-client';

const apiError = (init: Partial<ApiErrorInit>) =>
  new ApiError({ kind: 'http', message: 'x', service: 'compute', method: 'GET', path: '/servers', ...init });

describe('shouldRetryQuery', () => {
  it.each([
    ['network error', apiError({ kind: 'network' }), true],
    ['timeout', apiError({ kind: 'timeout' }), true],
    ['500', apiError({ status: 500 }), true],
    ['503', apiError({ status: 503 }), true],
    ['429', apiError({ status: 429 }), true],
    ['400', apiError({ status: 400 }), false],
    ['401', apiError({ status: 401 }), false],
    ['404', apiError({ status: 404 }), false],
    ['409', apiError({ status: 409 }), false],
    ['invalid response', apiError({ kind: 'invalid-response' }), false],
    ['aborted', apiError({ kind: 'aborted' }), false],
    ['a plain Error (a bug, not the network)', new Error('boom'), false],
  ])('%s → retry first time: %s', (_label, error, expected) => {
    expect(shouldRetryQuery(0, error)).toBe(expected);
  });

  it('stops after two retries', () => {
    const error = apiError({ kind: 'network' });
    expect([0, 1, 2, 3].map((count) => shouldRetryQuery(count, error))).toEqual([true, true, false, false]);
  });
});

describe('createQueryClient', () => {
  async function callsUntilSettled(error: ApiError): Promise<number> {
    const client = createQueryClient();
    let calls = 0;
    await client
      .fetchQuery({
        queryKey: ['probe'],
        queryFn: () => {
          calls += 1;
          return Promise.reject(error);
        },
        retryDelay: 0,
      })
      .catch(() => undefined);
    client.clear();
    return calls;
  }

  it('tries a 503 three times in all', async () => {
    expect(await callsUntilSettled(apiError({ status: 503 }))).toBe(3);
  });

  it('never retries a 404', async () => {
    expect(await callsUntilSettled(apiError({ status: 404 }))).toBe(1);
  });

  it('does not refetch on window focus and never retries mutations', () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.queries?.refetchOnWindowFocus).toBe(false);
    expect(defaults.mutations?.retry).toBe(false);
    expect(defaults.queries?.staleTime).toBeGreaterThan(0);
  });
});
