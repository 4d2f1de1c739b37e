import type { Server } from '../../../api/schemas/server';
import { type PagingEnd, serverDetailPages, type ServerListFilters } from '../../../api/servers';

/** Small enough to come back fast whatever the fleet's size: the first rows must not wait for the rest. */
export const FIRST_PAGE_SIZE = 100;
/** Nova's default `max_limit`; a server with a lower cap answers short pages with a next link, which is handled. */
export const NEXT_PAGE_SIZE = 1000;

export type PageFilters = Omit<ServerListFilters, 'limit' | 'marker'>;

/**
 * Every server matching `filters`, one page at a time, each server once: a small first page, then large ones;
 * `startMarker` resumes after a server already loaded. Returns how paging ended (see serverDetailPages).
 */
export function fleetPages(
  filters: PageFilters,
  signal?: AbortSignal,
  sizes: { first: number; next: number } = { first: FIRST_PAGE_SIZE, next: NEXT_PAGE_SIZE },
  startMarker?: string,
): AsyncGenerator<Server[], PagingEnd, undefined> {
  return serverDetailPages(filters, { sizes, startMarker, signal });
}

/** Hands each page to `onPage` and returns how paging ended. */
export async function eachPage(pages: AsyncGenerator<Server[], PagingEnd, undefined>, onPage: (page: Server[]) => void): Promise<PagingEnd> {
  for (;;) {
    const step = await pages.next();
    if (step.done) return step.value;
    onPage(step.value);
  }
}
