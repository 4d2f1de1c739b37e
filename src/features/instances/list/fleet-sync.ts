import { replaceEqualDeep } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import type { Server } from '../../../api/schemas/server';
import type { PagingEnd } from '../../../api/servers';
import { type ListSync, planListSync } from '../../../domain/polling';
import { pendingActions } from '../actions/pending-actions';
import type { Fleet, FleetStep } from './fleet';
import { type ChangeSet, deletedIds, laterTime, newestUpdated } from './fleet-merge';
import { eachPage, fleetPages, NEXT_PAGE_SIZE, type PageFilters } from './fleet-pages';
import { type FleetApiFilters, hasNarrowingFilters } from './list-params';

const DELTA_SIZES = { first: NEXT_PAGE_SIZE, next: NEXT_PAGE_SIZE };

/**
 * Loads every page. A first load (or one resuming an interrupted first load) shows each page as it arrives; a
 * reload keeps the complete list on screen and swaps at the end. The cursor is the newest `updated` of the first page:
 * that page was read before any later change, so `changes-since=<cursor>` (>=) sees every change made while the rest
 * paged in; the newest of all pages could skip a server that changed after its page was read.
 */
async function* loadFull(filters: FleetApiFilters, previous: Fleet | undefined, plan: ListSync, signal: AbortSignal): AsyncGenerator<FleetStep> {
  const resuming = plan === 'resume' ? previous : undefined;
  const servers: Server[] = resuming ? [...resuming.servers] : [];
  let cursor = resuming ? resuming.cursor : null;
  let first = !resuming;
  const pages = fleetPages(filters, signal, undefined, resuming?.resumeMarker ?? undefined);
  let end: PagingEnd;
  for (;;) {
    const next = await pages.next();
    if (next.done) {
      end = next.value;
      break;
    }
    const page = next.value;
    if (first) cursor = newestUpdated(page);
    first = false;
    servers.push(...page);
    if (plan === 'reload') yield { type: 'reloading', loaded: servers.length };
    else yield { type: 'page', servers: [...servers], cursor, resumeMarker: page.at(-1)?.id ?? null };
  }
  pendingActions.observe(servers);
  if (previous && !hasNarrowingFilters(filters)) {
    const ids = new Set(servers.map((server) => server.id));
    for (const server of previous.servers) if (!ids.has(server.id)) pendingActions.observeGone(server.id);
  }
  yield { type: 'loaded', servers, cursor, pageRepeated: end === 'repeated-page', at: Date.now() };
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
async function loadChanges(filters: FleetApiFilters, previous: Fleet & { cursor: string }, signal: AbortSignal): Promise<FleetStep> {
  const since = laterTime(previous.cursor, filters['changes-since']) ?? previous.cursor;
  let cursor: string = previous.cursor;
  let everyChange: Server[] | null = null;
  if (hasNarrowingFilters(filters)) {
    const unfiltered = await collect({ 'changes-since': since }, signal);
    cursor = laterTime(cursor, unfiltered.firstNewest) ?? cursor;
    if (sameAnswer(previous.lastChanges, unfiltered.servers)) {
      return { type: 'changes', changes: null, cursor, lastChanges: previous.lastChanges, at: Date.now() };
    }
    everyChange = unfiltered.servers;
  }
  const filtered = await collect({ ...filters, 'changes-since': since }, signal);
  if (!everyChange) cursor = laterTime(cursor, filtered.firstNewest) ?? cursor;
  const changes: ChangeSet = { matching: filtered.servers, everyChange, keepDeleted: filters['changes-since'] !== undefined };
  pendingActions.observe(everyChange ?? filtered.servers);
  for (const id of deletedIds(changes)) pendingActions.observeGone(id);
  return { type: 'changes', changes, cursor, lastChanges: everyChange ?? [], at: Date.now() };
}

/**
 * One sync of the fleet, as the steps the rows go through: what it asks is `planListSync`'s answer for `previous`
 * (the fleet as the last sync left it). It sends every server it sees to the pending-action tracker.
 */
export async function* syncFleet(filters: FleetApiFilters, previous: Fleet | undefined, signal: AbortSignal, now = Date.now()): AsyncGenerator<FleetStep> {
  const plan = planListSync(previous, now);
  if (plan === 'changes' && previous?.cursor) {
    yield await loadChanges(filters, { ...previous, cursor: previous.cursor }, signal);
    return;
  }
  try {
    yield* loadFull(filters, previous, plan, signal);
  } catch (error) {
    // A resumed load whose marker Nova no longer knows (400) starts over instead of failing the same way forever.
    if (plan !== 'resume' || !isApiError(error) || error.status !== 400) throw error;
    yield* loadFull(filters, undefined, 'first', signal);
  }
}
