/** Marker paging as Nova does it for servers and flavors: the page starts after the marker in sort order. */
import { badRequest } from '../http/faults';
import { lastValue, nextLink, parseLimit } from '../http/query';

export interface Page<T> {
  items: T[];
  /** Nova's `*_links` next link: present whenever the page is exactly `limit` long, even at the end. */
  links: Array<{ href: string; rel: 'next' }>;
}

/**
 * `sorted` is the filtered list in order; `allSorted` every item the marker may name (deleted servers are
 * valid markers). `compare` orders two items like the list does, so a marker that the filter hides still
 * positions the page.
 */
export function markerPage<T extends { id: string }>(
  url: URL,
  sorted: T[],
  findMarker: (id: string) => T | undefined,
  compare: (a: T, b: T) => number,
): Page<T> {
  const limit = parseLimit(url);
  const markerId = lastValue(url, 'marker');
  let start = 0;
  if (markerId !== undefined) {
    const marker = findMarker(markerId);
    if (!marker) throw badRequest(`marker [${markerId}] not found`);
    start = sorted.findIndex((item) => compare(item, marker) > 0);
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + limit);
  const last = items[items.length - 1];
  const links = limit > 0 && items.length === limit && last ? [{ href: nextLink(url, last.id), rel: 'next' as const }] : [];
  return { items, links };
}
