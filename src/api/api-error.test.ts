import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind, isApiError, isConflict, isNotFound, isRetryable, isUnauthorized } from './api-error';

function apiError(kind: ApiErrorKind, status?: number): ApiError {
  return new ApiError({ kind, status, message: 'm', service: 'compute', method: 'GET', path: '/servers' });
}

describe('ApiError helpers', () => {
  it('recognise ApiError only', () => {
    expect(isApiError(apiError('network'))).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError({ kind: 'http', status: 404 })).toBe(false);
  });

  it.each([
    [isConflict, 409],
    [isNotFound, 404],
    [isUnauthorized, 401],
  ] as const)('%o matches its HTTP status only', (predicate, status) => {
    expect(predicate(apiError('http', status))).toBe(true);
    expect(predicate(apiError('http', 400))).toBe(false);
    expect(predicate(apiError('invalid-response', status))).toBe(false);
    expect(predicate(undefined)).toBe(false);
  });

  it.each([
    [apiError('network'), true],
    [apiError('timeout'), true],
    [apiError('http', 500), true],
    [apiError('http', 503), true],
    [apiError('http', 429), true],
    [apiError('http', 400), false],
    [apiError('http', 403), false],
    [apiError('http', 409), false],
    [apiError('aborted'), false],
    [apiError('invalid-response', 200), false],
    [apiError('no-session'), false],
    [new Error('boom'), false],
  ])('isRetryable(%o) is %s', (error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});
