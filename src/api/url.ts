export type QueryValue = string | number | boolean | null | undefined;
export type Query = Readonly<Record<string, QueryValue | readonly QueryValue[]>>;

// encodeURIComponent, not URLSearchParams: URLSearchParams writes a space as "+", and Nova reads a raw "+"
// in `changes-since=...+09:00` as a space and answers 400. Here "+" is always %2B and a space %20.
function pair(key: string, value: string | number | boolean): string {
  return `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
}

/** `a=1&b=x&b=y`: undefined and null are left out, arrays repeat the key. No leading "?". */
export function toQueryString(query: Query | undefined): string {
  if (query === undefined) return '';
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(query)) {
    const values: readonly QueryValue[] = Array.isArray(raw) ? raw : [raw as QueryValue];
    for (const value of values) {
      if (value !== undefined && value !== null) parts.push(pair(key, value));
    }
  }
  return parts.join('&');
}

/** The path and query as sent, below the base URL (also what ApiError reports). */
export function pathWithQuery(path: string, query: Query | undefined): string {
  const normalized = path.startsWith('/') ? path : `/${path}`;
  const queryString = toQueryString(query);
  if (queryString === '') return normalized;
  return `${normalized}${normalized.includes('?') ? '&' : '?'}${queryString}`;
}

export function joinUrl(base: string, pathAndQuery: string): string {
  return `${base.replace(/\/+$/, '')}${pathAndQuery}`;
}

/** One URL path segment (a key pair name may hold spaces; an id is encoded too, to be safe). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
