/** Servers: list, detail, show, create, rename, delete. */
import { resolveCreate } from '../engine/create-resolve';
import { parseCreateRequest } from '../engine/create-parse';
import { projectQuota } from '../engine/quota';
import { recordAction } from '../engine/instance-actions';
import { materializeServer } from '../engine/server-factory';
import { startTask } from '../engine/steps';
import { buildRecipe, deleteRecipe } from '../engine/transitions';
import { notFound } from '../http/faults';
import { empty, json } from '../http/respond';
import type { AuthedContext, SimRoute } from '../http/router';
import { checkName, requireBodyObject } from '../http/validate';
import { adminPassword, pick, reservationId } from '../random';
import type { SimServer } from '../state';
import { selfAndBookmark } from '../views/links';
import { serverSecurityGroupsView } from '../views/server-security-groups';
import { serverDetailView, serverSummaryView, serverUpdateView } from '../views/server-view';
import { createViewIndex } from '../views/view-index';
import { listServers } from './server-list';

const BASE = '/compute/v2/:tenantId/servers';

/**
 * Unknown ids, names, other projects' servers and deleted ones are all "could not be found". Nova's actions look the
 * server up through its cell mapping first: an id that never was a server is "has no mapping to a cell" there
 * (recorded from real Nova).
 */
export function findServer(ctx: AuthedContext, lookup: 'plain' | 'cell' = 'plain'): SimServer {
  const id = ctx.params.serverId ?? '';
  const server = ctx.state.servers.find((s) => s.id === id && s.tenantId === ctx.tenantId && !s.deleted);
  if (server) return server;
  const mapped = ctx.state.servers.some((s) => s.id === id);
  throw notFound(lookup === 'cell' && !mapped ? `Instance ${id} has no mapping to a cell.` : `Instance ${id} could not be found.`);
}

function list(ctx: AuthedContext, detail: boolean): Response {
  const index = createViewIndex(ctx.state);
  const page = listServers(ctx, index);
  const servers = page.items.map((s) => (detail ? serverDetailView(s, ctx, index) : serverSummaryView(s, ctx)));
  return json({ servers, ...(page.links.length ? { servers_links: page.links } : {}) });
}

async function create(ctx: AuthedContext): Promise<Response> {
  const request = parseCreateRequest(await ctx.readJson());
  const plan = resolveCreate({ state: ctx.state, tenantId: ctx.tenantId, userId: ctx.user.id, unavailableZones: ctx.config.unavailableZones, quota: projectQuota(ctx.config.quota, ctx.state) }, request);
  const reservation = reservationId(ctx.state);
  const servers: SimServer[] = [];
  for (let i = 1; i <= plan.count; i += 1) {
    const server = materializeServer(ctx.state, {
      ...plan,
      // NHN, since its release of 2022-05-24: "instance1, instance2, ..." (upstream Nova: "instance-1, ...").
      name: plan.count > 1 ? `${request.name}${i}` : request.name,
      tenantId: ctx.tenantId,
      userId: ctx.user.id,
      keyName: request.keyName,
      availabilityZone: plan.availabilityZone ?? pick(ctx.state, ctx.state.zones),
      reservationId: reservation,
      userMetadata: request.metadata,
      volumeStatus: 'creating',
      now: ctx.now,
    });
    startTask(ctx, server, buildRecipe.immediate, buildRecipe.later);
    recordAction({ ...ctx, userId: ctx.user.id }, server, 'create');
    servers.push(server);
  }
  if (request.returnReservationId) return json({ reservation_id: reservation }, 202);
  const first = servers[0];
  if (!first) throw new Error('no server was built');
  const links = selfAndBookmark(ctx, 'servers', first.id);
  return json(
    {
      server: {
        id: first.id,
        links,
        'OS-DCF:diskConfig': 'MANUAL',
        security_groups: request.securityGroups.map((name) => ({ name })),
        adminPass: adminPassword(ctx.state),
      },
    },
    202,
    { Location: links[0]?.href ?? '' },
  );
}

async function rename(ctx: AuthedContext): Promise<Response> {
  const server = findServer(ctx);
  const body = requireBodyObject(await ctx.readJson(), 'server');
  if (body.name !== undefined) {
    server.name = checkName('name', body.name);
    server.updatedAt = ctx.now;
  }
  return json({ server: serverUpdateView(server, ctx, createViewIndex(ctx.state)) });
}

function remove(ctx: AuthedContext): Response {
  const server = findServer(ctx);
  // Deleting again while the first delete runs is a no-op 204.
  if (server.taskState !== 'deleting') {
    startTask(ctx, server, deleteRecipe.immediate, deleteRecipe.later);
    recordAction({ ...ctx, userId: ctx.user.id }, server, 'delete');
  }
  return empty(204);
}

function securityGroups(ctx: AuthedContext): Response {
  const server = findServer(ctx);
  const index = createViewIndex(ctx.state);
  return json(serverSecurityGroupsView(index.ports(server.id).flatMap((port) => port.securityGroupIds), index));
}

export const serverRoutes: SimRoute[] = [
  { method: 'GET', path: BASE, service: 'compute', handle: (ctx) => list(ctx, false) },
  { method: 'GET', path: `${BASE}/detail`, service: 'compute', handle: (ctx) => list(ctx, true) },
  { method: 'POST', path: BASE, service: 'compute', handle: create },
  {
    method: 'GET',
    path: `${BASE}/:serverId`,
    service: 'compute',
    handle: (ctx) => json({ server: serverDetailView(findServer(ctx), ctx, createViewIndex(ctx.state)) }),
  },
  { method: 'PUT', path: `${BASE}/:serverId`, service: 'compute', handle: rename },
  { method: 'GET', path: `${BASE}/:serverId/os-security-groups`, service: 'compute', handle: securityGroups },
  { method: 'DELETE', path: `${BASE}/:serverId`, service: 'compute', handle: remove },
];
