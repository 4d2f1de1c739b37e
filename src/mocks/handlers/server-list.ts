/**
 * GET /servers and /servers/detail: Nova's filters, order and marker paging
 * (docs/nova-behaviour.md, "Listing servers: filters, order, paging").
 */
import { matchesStatusFilter, statusFilter } from '../engine/status';
import { badRequest, forbidden } from '../http/faults';
import { lastValue } from '../http/query';
import type { AuthedContext } from '../http/router';
import { invalidQuery, messages } from '../http/validate';
import type { SimServer } from '../state';
import { parseIsoTimestamp } from '../time-format';
import type { ViewIndex } from '../views/view-index';
import { markerPage, type Page } from './paging';

/** MySQL's REGEXP as Nova uses it: unanchored, case-insensitive, and `|` escaped (no alternation). */
function regexFilter(url: URL, key: string): RegExp | null {
  const raw = lastValue(url, key);
  if (raw === undefined) return null;
  try {
    return new RegExp(raw.replace(/\\?\|/g, '\\|'), 'i');
  } catch {
    throw invalidQuery(key, raw, messages.format(raw, 'regex'));
  }
}

function changesSince(url: URL): number | null {
  const raw = lastValue(url, 'changes-since');
  if (raw === undefined) return null;
  const parsed = parseIsoTimestamp(raw);
  // The legacy /v2 path answers so (recorded from real Nova); /v2.1 would name the 'date-time' format.
  if (parsed === null) throw badRequest('Invalid filter field: changes-since.');
  return parsed;
}

type Predicate = (server: SimServer) => boolean;

function filters(ctx: AuthedContext, index: ViewIndex): Predicate[] | null {
  const { url } = ctx;
  const predicates: Predicate[] = [(s) => s.tenantId === ctx.tenantId];
  const since = changesSince(url);
  // Only `changes-since` lifts the "not deleted" filter.
  predicates.push(since === null ? (s) => !s.deleted : (s) => s.updatedAt >= since);
  const name = regexFilter(url, 'name');
  if (name) predicates.push((s) => name.test(s.name));
  const reservation = regexFilter(url, 'reservation_id');
  if (reservation) predicates.push((s) => reservation.test(s.reservationId));
  const ip = regexFilter(url, 'ip');
  if (ip) predicates.push((s) => index.ports(s.id).some((p) => ip.test(p.ip)));
  const image = lastValue(url, 'image');
  if (image !== undefined) predicates.push((s) => s.imageId === image);
  const flavorId = lastValue(url, 'flavor');
  if (flavorId !== undefined) {
    if (!index.flavor(flavorId)) return null;
    predicates.push((s) => s.flavorId === flavorId);
  }
  const statuses = url.searchParams.getAll('status');
  if (statuses.length > 0) {
    const filter = statusFilter(statuses);
    if (!filter) return null;
    if (filter.vmStates.size === 1 && filter.vmStates.has('deleted')) throw forbidden('Only administrators may list deleted instances');
    predicates.push((s) => matchesStatusFilter(s, filter));
  }
  return predicates;
}

/** Newest first: created_at desc, then the database id desc (here: the order the servers were made in). */
export function listServers(ctx: AuthedContext, index: ViewIndex): Page<SimServer> {
  const order = new Map(ctx.state.servers.map((server, i) => [server.id, i]));
  const compare = (a: SimServer, b: SimServer) => b.createdAt - a.createdAt || (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0);
  const predicates = filters(ctx, index);
  // An unknown flavor or status answers an empty list before any paging (Nova returns early).
  if (!predicates) return { items: [], links: [] };
  const matching = ctx.state.servers.filter((s) => predicates.every((p) => p(s))).sort(compare);
  const findMarker = (id: string) => ctx.state.servers.find((s) => s.id === id && s.tenantId === ctx.tenantId);
  return markerPage(ctx.url, matching, findMarker, compare);
}
