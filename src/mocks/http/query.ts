/** Query-string helpers with Nova's and WebOb's conventions (the last value of a repeated key wins). */
import { badRequest } from './faults';
import { invalidQuery, messages } from './validate';

export function lastValue(url: URL, key: string): string | undefined {
  const values = url.searchParams.getAll(key);
  return values[values.length - 1];
}

export const MAX_LIMIT = 1000;

/** Nova's `limit`: digits only (a negative or non-integer value is 400), capped at `max_limit`. */
export function parseLimit(url: URL, defaultLimit = MAX_LIMIT, maxLimit = MAX_LIMIT): number {
  const raw = lastValue(url, 'limit');
  if (raw === undefined) return defaultLimit;
  if (raw === '') throw invalidQuery('limit', raw, messages.tooShort(raw));
  if (!/^[0-9]+$/.test(raw)) throw invalidQuery('limit', raw, messages.pattern(raw, '^[0-9]*$'));
  return Math.min(Number(raw), maxLimit);
}

/** `offset` as Nova's `common.limited` reads it. */
export function parseOffset(url: URL): number {
  const raw = lastValue(url, 'offset');
  if (raw === undefined) return 0;
  if (!/^-?[0-9]+$/.test(raw)) throw badRequest('offset param must be an integer');
  const offset = Number(raw);
  if (offset < 0) throw badRequest('offset param must be positive');
  return offset;
}

/**
 * The `next` link of a full page: the request URL with its query sorted by key and `marker` set to the last
 * id (nova/api/openstack/common.py `_get_next_link`).
 */
export function nextLink(url: URL, markerId: string): string {
  const entries = [...url.searchParams.entries()].filter(([key]) => key !== 'marker');
  entries.push(['marker', markerId]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(entries).toString();
  return `${url.origin}${url.pathname}?${query}`;
}
