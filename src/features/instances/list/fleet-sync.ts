import { type QueryClient, type QueryKey, replaceEqualDeep } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import type { Server } from '../../../api/schemas/server';
import { pendingActions } from '../actions/pending-actions';
import { adoptUnchanged, laterTime, mergeChanges, newestUpdated } from './fleet-merge';
import { eachPage, fleetPages, NEXT_PAGE_SIZE, type PageFilters } from './fleet-pages';
import { type FleetApiFilters, hasNarrowingFilters } from './list-params';

/** The loaded fleet, as kept in the query cache under `serverKeys.fleet(filters)`. */
export interface Fleet {
  /** In the API's order (newest first). */
  servers: Server[];
  /** False while the first load still pages (the rows shown are a part). */
  complete: boolean;
  /** The last server loaded, to resume an interrupted first load. */
  resumeMarker: string | null;
  /** `changes-since` for the next poll: a server time, so no clock sync is needed; null until one is known. */
  cursor: string | null;
  /**
   * With narrowing filters: the unfiltered changes last seen (those at the cursor's second come back every time,
   * `changes-since` being >=). The same answer again means nothing changed, and the filtered request is skipped.
   */
  lastChanges: Server[];
  /** Date.now() when the last full load ended. */
  fullSyncAt: number;
  /** Set by Refresh: the next sync reloads every page. */
  fullSyncDue: boolean;
  /** While a full reload runs behind the rows shown: how many servers it has so far. */
  resyncLoaded: number | null;
  /**
   * The last full load stopped at a page that held only servers already loaded: the cloud ignores `marker`, so the
   * servers after those may be missing. Said on the page instead of asking for the same page forever.
   */
  pageRepeated: boolean;
}

/** Besides polling changes, reload everything this often: a safety net for whatever a delta could miss. */
export const FULL_RESYNC_MS = 5 * 60_000;

const DELTA_SIZES = { first: NEXT_PAGE_SIZE, next: NEXT_PAGE_SIZE };

interface SyncContext {
  client: QueryClient;
  queryKey: QueryKey;
  signal: AbortSignal;
}

function needsFullLoad(previous: Fleet | undefined, now: number): boolean {
  return !previous || !previous.complete || previous.cursor === null || previous.fullSyncDue || now - previous.fullSyncAt >= FULL_RESYNC_MS;
}

/** Writes progress into the cache while the query function still runs, keeping the "updated" time of a resync. */
function publish({ client, queryKey }: SyncContext, fleet: Fleet, keepUpdatedAt: boolean): void {
  const updatedAt = keepUpdatedAt ? client.getQueryState(queryKey)?.dataUpdatedAt : undefined;
  client.setQueryData(queryKey, fleet, updatedAt === undefined ? undefined : { updatedAt });
}

/**
 * Loads every page. The first load (or one resuming an interrupted first load) shows each page as it arrives; a
 * resync keeps the complete list on screen and swaps at the end. The cursor is the newest `updated` of the first page:
 * that page was read before any later change, so `changes-since=<cursor>` (>=) sees every change made while the rest
 * paged in; the newest of all pages could skip a server that changed after its page was read.
 */
async function loadFull(context: SyncContext, filters: FleetApiFilters, previous: Fleet | undefined): Promise<Fleet> {
  const resuming = previous && !previous.complete && previous.resumeMarker !== null ? previous : undefined;
  const progressive = !previous || !previous.complete;
  const servers: Server[] = resuming ? [...resuming.servers] : [];
  let cursor = resuming ? resuming.cursor : null;
  let first = !resuming;
  const base: Fleet = {
    servers: [],
    complete: false,
    resumeMarker: null,
    cursor,
    lastChanges: [],
    fullSyncAt: 0,
    fullSyncDue: false,
    resyncLoaded: null,
    pageRepeated: false,
  };
  const pages = fleetPages(filters, context.signal, undefined, resuming?.resumeMarker ?? undefined);
  const end = await eachPage(pages, (page) => {
    if (first) cursor = newestUpdated(page);
    first = false;
    servers.push(...page);
    if (progressive) publish(context, { ...base, servers: [...servers], cursor, resumeMarker: page.at(-1)?.id ?? null }, false);
    else if (previous) publish(context, { ...previous, resyncLoaded: servers.length }, true);
  });
  pendingActions.observe(servers);
  if (previous && !hasNarrowingFilters(filters)) {
    const ids = new Set(servers.map((server) => server.id));
    for (const server of previous.servers) if (!ids.has(server.id)) pendingActions.observeGone(server.id);
  }
  const pageRepeated = end === 'repeated-page';
  return { ...base, servers: adoptUnchanged(previous?.servers, servers), complete: true, cursor, fullSyncAt: Date.now(), pageRepeated };
}

async function collect(filters: PageFilters, signal: AbortSignal): Promise<{ servers: Server[]; firstNewest: string | null }> {
  const servers: Server[] = [];
  let firstNewest: string | null = null;
  // A repeated page ends the changes too; the next full load says so on the page.
  await eachPage(fleetPages(filters, signal, DELTA_SIZES), (page) => {
    if (servers.length === 0) firstNewest = newestUpdated(page);
    servers.push(...page);
  });
  return { servers, firstNewest };
}

/** Every server of `next` was in `previous`, unchanged (order aside). */
function sameAnswer(previous: readonly Server[], next: readonly Server[]): boolean {
  if (next.length > previous.length) return false;
  const before = new Map(previous.map((server) => [server.id, server]));
  return next.every((server) => {
    const old = before.get(server.id);
    return old !== undefined && replaceEqualDeep(old, server) === old;
  });
}

/**
 * Asks only for what changed since the cursor. With filters that a change can stop matching (status=ACTIVE and the
 * server stops), it first asks without them: nothing changed means no second request; otherwise the servers that
 * changed but are missing from the filtered answer leave the list. Asking the unfiltered one first also makes it the
 * cursor's source, so a change between the two requests is seen again next time.
 */
async function applyDelta({ signal }: SyncContext, filters: FleetApiFilters, previous: Fleet & { cursor: string }): Promise<Fleet> {
  const since = laterTime(previous.cursor, filters['changes-since']) ?? previous.cursor;
  let cursor: string = previous.cursor;
  let everyChange: Server[] | null = null;
  if (hasNarrowingFilters(filters)) {
    const unfiltered = await collect({ 'changes-since': since }, signal);
    cursor = laterTime(cursor, unfiltered.firstNewest) ?? cursor;
    if (sameAnswer(previous.lastChanges, unfiltered.servers)) return { ...previous, cursor };
    everyChange = unfiltered.servers;
  }
  const filtered = await collect({ ...filters, 'changes-since': since }, signal);
  if (!everyChange) cursor = laterTime(cursor, filtered.firstNewest) ?? cursor;
  pendingActions.observe(everyChange ?? filtered.servers);
  const { servers, deleted } = mergeChanges(previous.servers, {
    matching: filtered.servers,
    everyChange,
    keepDeleted: filters['changes-since'] !== undefined,
  });
  for (const id of deleted) pendingActions.observeGone(id);
  return { ...previous, servers, cursor, lastChanges: everyChange ?? [] };
}

/** The fleet query's function: a full (re)load when due, otherwise the changes since the last poll. */
export async function syncFleet(context: SyncContext, filters: FleetApiFilters, now = Date.now()): Promise<Fleet> {
  const previous = context.client.getQueryData<Fleet>(context.queryKey);
  if (!needsFullLoad(previous, now) && previous?.cursor) return applyDelta(context, filters, { ...previous, cursor: previous.cursor });
  try {
    return await loadFull(context, filters, previous);
  } catch (error) {
    // A resumed load whose marker Nova no longer knows (400) starts over instead of failing the same way forever.
    if (previous && !previous.complete && previous.resumeMarker !== null && isApiError(error) && error.status === 400) {
      return loadFull(context, filters, undefined);
    }
    throw error;
  }
}

/** Refresh: reload every page on the next sync (the rows stay on screen meanwhile). */
export function markFullSyncDue(client: QueryClient, queryKey: QueryKey): void {
  const state = client.getQueryState<Fleet>(queryKey);
  if (!state?.data) return;
  client.setQueryData<Fleet>(queryKey, { ...state.data, fullSyncDue: true }, { updatedAt: state.dataUpdatedAt });
}
