import { ApiError } from '../../../api/api-error';
import type { Server } from '../../../api/schemas/server';
import { listServersDetail, type ServerListFilters } from '../../../api/servers';

/** Small enough to come back fast whatever the fleet's size: the first rows must not wait for the rest. */
export const FIRST_PAGE_SIZE = 100;
/** Nova's default `max_limit`; a server with a lower cap answers short pages with a next link, which is handled. */
export const NEXT_PAGE_SIZE = 1000;

export type PageFilters = Omit<ServerListFilters, 'limit' | 'marker'>;

/**
 * Every server matching `filters`, one page at a time (limit/marker, as novaclient pages): a small first page, then
 * large ones; `startMarker` resumes after a server already loaded. Stops on an empty page, or a short page without a next link (Nova links every full page, even the last);
 * a marker that comes back is an error, never a loop.
 */
export async function* fleetPages(
  filters: PageFilters,
  signal?: AbortSignal,
  sizes: { first: number; next: number } = { first: FIRST_PAGE_SIZE, next: NEXT_PAGE_SIZE },
  startMarker?: string,
): AsyncGenerator<Server[], void, undefined> {
  const seen = new Set<string>();
  let marker = startMarker;
  for (let index = 0; ; index += 1) {
    const limit = index === 0 && startMarker === undefined ? sizes.first : sizes.next;
    const page = await listServersDetail({ ...filters, limit, marker }, signal);
    if (page.items.length > 0) yield page.items;
    const last = page.items.at(-1);
    if (last === undefined || (page.items.length < limit && page.next === null)) return;
    if (seen.has(last.id)) {
      throw new ApiError({
        kind: 'invalid-response',
        message: `Paging does not advance: the page after marker ${marker ?? '(none)'} ends with ${last.id} again.`,
        service: 'compute',
        method: 'GET',
        path: '/servers/detail',
      });
    }
    seen.add(last.id);
    marker = last.id;
  }
}

