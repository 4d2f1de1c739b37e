/**
 * Turns route tables into MSW handlers. Every request goes through the same steps, in the order a real
 * deployment has them: chaos (the gateway) → due transition steps → Keystone token check → tenant check
 * → the handler → request-id headers → persistence listeners.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { SimCore } from '../core';
import { applyDueSteps, type EngineContext } from '../engine/steps';
import { uuidFromCounter } from '../random';
import type { SimToken, SimUser } from '../state';
import { chooseFailure, gatewayErrorPage } from './chaos';
import { badRequest, faultResponse, SimFault, unauthorizedResponse, unexpectedErrorMessage, type ServiceKind } from './faults';

export interface RequestContext extends EngineContext {
  baseUrl: string;
  request: Request;
  url: URL;
  params: Record<string, string>;
  /** `req-<uuid>`, returned in `x-openstack-request-id`; Nova logs the actions a request starts under it. */
  requestId: string;
  /** The JSON body; `undefined` when empty; 400 `Malformed request body` when it does not parse. */
  readJson(): Promise<unknown>;
}

export interface AuthedContext extends RequestContext {
  token: SimToken;
  user: SimUser;
  tenantId: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Result = Response | Promise<Response>;

export type SimRoute =
  | { method: Method; path: string; service: ServiceKind; open: true; handle(ctx: RequestContext): Result }
  | { method: Method; path: string; service: ServiceKind; open?: false; handle(ctx: AuthedContext): Result };

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete } as const;

export function buildHandlers(core: SimCore, routes: SimRoute[]): HttpHandler[] {
  const handlers = routes.map((route) =>
    METHODS[route.method](`${core.baseUrl}${route.path}`, ({ request, params }) => dispatch(core, route, request, toStrings(params))),
  );
  // Real Nova's router answers an unknown path (or method) with a bare WebOb 404, after the token check.
  handlers.push(
    http.all(`${core.baseUrl}/*`, ({ request }) =>
      dispatch(core, { method: 'GET', path: '', service: 'image', handle: unknownPath }, request, {}),
    ),
  );
  return handlers;
}

function unknownPath(): Response {
  return faultResponse('image', 404, 'The resource could not be found.');
}

function toStrings(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

async function dispatch(core: SimCore, route: SimRoute, request: Request, params: Record<string, string>): Promise<Response> {
  const url = new URL(request.url);
  const basePath = new URL(core.baseUrl).pathname.replace(/\/$/, '');
  const path = url.pathname.slice(basePath.length);
  const requestId = `req-${uuidFromCounter(core.state.requestCount)}`;
  core.state.requestCount += 1;

  const failure = route.open ? null : chooseFailure(core, request.method, path);
  if (failure?.kind === 'slow') await delay(failure.delayMs);
  if (failure?.kind === 'drop') return HttpResponse.error();
  if (failure?.kind === 'server-error') {
    const response = failure.status === 502 ? gatewayErrorPage() : serverError(route.service, failure.status);
    return withRequestId(response, route.service, requestId);
  }

  const now = core.clock.now();
  const ctx = createContext(core, request, url, params, now, requestId);
  const applied = applyDueSteps(core.state, now);
  let response: Response;
  try {
    response = await handle(core, route, ctx);
  } catch (error) {
    response = errorResponse(route.service, error);
  }
  if (applied > 0 || request.method !== 'GET') {
    for (const listener of core.listeners) listener(core.state);
  }
  if (failure?.kind === 'drop-after-apply') return HttpResponse.error();
  return withRequestId(response, route.service, requestId);
}

async function handle(core: SimCore, route: SimRoute, ctx: RequestContext): Promise<Response> {
  if (route.open) return route.handle(ctx);
  const identityUrl = `${core.baseUrl}/identity/v2.0`;
  const tokenId = ctx.request.headers.get('X-Auth-Token');
  const token = tokenId ? ctx.state.tokens.find((t) => t.id === tokenId) : undefined;
  const user = token && ctx.state.users.find((u) => u.id === token.userId);
  if (!token || !user || token.revoked || token.expiresAt <= ctx.now) return unauthorizedResponse(identityUrl);
  if (route.service === 'compute') checkContentType(ctx.request);
  const urlTenant = ctx.params.tenantId;
  if (urlTenant !== undefined && urlTenant !== token.tenantId) {
    throw badRequest(`Malformed request URL: URL's project_id '${urlTenant}' doesn't match Context's project_id '${token.tenantId}'`);
  }
  return route.handle({ ...ctx, token, user, tenantId: token.tenantId });
}

/** Nova refuses other media types with 415 but tolerates none and text/plain (wsgi.py `get_content_type`). */
function checkContentType(request: Request): void {
  if (request.method !== 'POST' && request.method !== 'PUT') return;
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '' || type === 'text/plain' || type === 'application/json' || type === 'application/vnd.openstack.compute+json') return;
  throw new SimFault(415, 'Unsupported Content-Type');
}

function createContext(core: SimCore, request: Request, url: URL, params: Record<string, string>, now: number, requestId: string): RequestContext {
  return {
    requestId,
    state: core.state,
    config: core.config,
    now,
    baseUrl: core.baseUrl,
    request,
    url,
    params,
    async readJson() {
      const text = await request.text();
      if (text.trim() === '') return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw badRequest('Malformed request body');
      }
    },
  };
}

function errorResponse(service: ServiceKind, error: unknown): Response {
  if (error instanceof SimFault) return faultResponse(service, error.status, error.message, error.neutronType);
  console.error('[simulated cloud] handler failed', error);
  return faultResponse(service, 500, unexpectedErrorMessage(error instanceof Error ? error.name : 'Exception'));
}

function serverError(service: ServiceKind, status: 500 | 503): Response {
  const message =
    status === 503 ? 'The server is currently unavailable. Please try again at a later time.' : unexpectedErrorMessage('nova.exception.SimulatedFailure');
  return faultResponse(service === 'network' || service === 'image' ? service : 'compute', status, message);
}

function withRequestId(response: Response, service: ServiceKind, requestId: string): Response {
  if (response.type === 'error') return response;
  response.headers.set('x-openstack-request-id', requestId);
  if (service === 'compute') response.headers.set('x-compute-request-id', requestId);
  return response;
}
