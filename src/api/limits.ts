import { request } from './client';
import { type AbsoluteLimits, limitsResponseSchema } from './schemas/limits';

/**
 * The project's quota limits and usage (Nova's GET /limits). NHN's guide does not list it; a cloud without it answers
 * 404 (or 403 by policy), which the caller shows as "not available", not as a failure.
 */
export async function getLimits(signal?: AbortSignal): Promise<AbsoluteLimits> {
  const body = await request({ service: 'compute', path: '/limits', schema: limitsResponseSchema, signal });
  return body.limits.absolute;
}
