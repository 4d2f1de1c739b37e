import { ApiError } from './api-error';
import { request } from './client';
import { type Link, nextHref } from './schemas/common';
import {
  type Server,
  type ServerSummary,
  type ServerUpdateBody,
  serverDetailListResponseSchema,
  serverGetResponseSchema,
  serverListResponseSchema,
} from './schemas/server';
import { type ServerCreateBody, type ServerCreateResult, serverCreateResponseSchema } from './schemas/server-create';
import { type ServerSecurityGroup, serverSecurityGroupListResponseSchema } from './schemas/server-security-group';
import type { ServerStatus } from './schemas/server-status';
import { pathWithQuery, segment } from './url';

/** Every list filter of the guide; the keys are the query names Nova reads. */
export interface ServerListFilters {
  /** Servers created by one multi-create request. */
  reservation_id?: string;
  /** ISO-8601. Also returns deleted servers (status DELETED): the only way to see them. */
  'changes-since'?: string;
  /** Image id, exact. */
  image?: string;
  /** Flavor id, exact; an unknown id gives an empty list. */
  flavor?: string;
  /** An unanchored regular expression on Nova (`web` matches `my-web-01`). */
  name?: string;
  /** ACTIVE also returns servers shown as REBOOT, RESIZE... (it filters on vm_state). */
  status?: ServerStatus;
  /** Page size; never send 0 (Nova answers it with an empty list). */
  limit?: number;
  /** The id of the last server already seen. */
  marker?: string;
}

export interface ServerPage<T> {
  items: T[];
  /** Nova's next link and its marker; Nova sends one whenever a page is exactly `limit` long, even the last. */
  next: { marker: string; href: string } | null;
}

function markerOf(href: string): string | undefined {
  try {
    return new URL(href, 'http://relative.invalid').searchParams.get('marker') ?? undefined;
  } catch {
    return undefined;
  }
}

function toPage<T extends { id: string }>(items: T[], links: Link[] | undefined): ServerPage<T> {
  const href = nextHref(links);
  const marker = href === undefined ? undefined : (markerOf(href) ?? items.at(-1)?.id);
  return { items, next: href === undefined || marker === undefined ? null : { marker, href } };
}

export async function listServers(filters: ServerListFilters = {}, signal?: AbortSignal): Promise<ServerPage<ServerSummary>> {
  const body = await request({ service: 'compute', path: '/servers', query: { ...filters }, schema: serverListResponseSchema, signal });
  return toPage(body.servers, body.servers_links);
}

export async function listServersDetail(filters: ServerListFilters = {}, signal?: AbortSignal): Promise<ServerPage<Server>> {
  const body = await request({
    service: 'compute',
    path: '/servers/detail',
    query: { ...filters },
    schema: serverDetailListResponseSchema,
    signal,
  });
  return toPage(body.servers, body.servers_links);
}

export const DEFAULT_SERVER_PAGE_SIZE = 200;

export interface ListAllServersOptions {
  /** Servers per request (default 200). */
  pageSize?: number;
  /** After each page: how many servers so far, over how many pages. */
  onProgress?: (progress: { loaded: number; pages: number }) => void;
  signal?: AbortSignal;
}

/**
 * Every server matching `filters`, page by page with limit/marker (the last id seen, as novaclient does).
 * It stops on an empty page, or on a short page without a next link. Nova links every page that is exactly
 * `limit` long, so a full last page costs one more, empty, request; a short page that still has a link means
 * the server capped `limit` (Nova's max_limit) and more may follow. A marker that comes back is an error,
 * never a loop.
 */
export async function listAllServersDetail(
  filters: Omit<ServerListFilters, 'limit' | 'marker'> = {},
  options: ListAllServersOptions = {},
): Promise<Server[]> {
  const { pageSize = DEFAULT_SERVER_PAGE_SIZE, onProgress, signal } = options;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, not ${pageSize}`);
  const servers: Server[] = [];
  const markersSeen = new Set<string>();
  let marker: string | undefined;
  for (let pages = 1; ; pages += 1) {
    const page = await listServersDetail({ ...filters, limit: pageSize, marker }, signal);
    servers.push(...page.items);
    onProgress?.({ loaded: servers.length, pages });
    const last = page.items.at(-1);
    if (last === undefined || (page.items.length < pageSize && page.next === null)) return servers;
    if (markersSeen.has(last.id)) {
      throw new ApiError({
        kind: 'invalid-response',
        message: `Paging does not advance: the page after marker ${marker ?? '(none)'} ends with ${last.id} again.`,
        service: 'compute',
        method: 'GET',
        path: pathWithQuery('/servers/detail', { ...filters, limit: pageSize, marker }),
      });
    }
    markersSeen.add(last.id);
    marker = last.id;
  }
}

export async function getServer(id: string, signal?: AbortSignal): Promise<Server> {
  const body = await request({ service: 'compute', path: `/servers/${segment(id)}`, schema: serverGetResponseSchema, signal });
  return body.server;
}

/**
 * Sends `body` as is: build it with `serverCreateBodySchema.parse(...)`, which is also what a preview shows.
 * The answer describes the first server only, or is just `{reservation_id}` when that was asked for.
 */
export async function createServer(body: ServerCreateBody, signal?: AbortSignal): Promise<ServerCreateResult> {
  const answer = await request({
    service: 'compute',
    method: 'POST',
    path: '/servers',
    body,
    schema: serverCreateResponseSchema,
    signal,
  });
  return 'server' in answer ? answer.server : answer;
}

export async function renameServer(id: string, name: string, signal?: AbortSignal): Promise<Server> {
  const payload: ServerUpdateBody = { server: { name } };
  const body = await request({
    service: 'compute',
    method: 'PUT',
    path: `/servers/${segment(id)}`,
    body: payload,
    schema: serverGetResponseSchema,
    signal,
  });
  return body.server;
}

/** 204; the server then shows task_state `deleting` until it is gone (GET answers 404). */
export async function deleteServer(id: string, signal?: AbortSignal): Promise<void> {
  await request({ service: 'compute', method: 'DELETE', path: `/servers/${segment(id)}`, signal });
}

export async function listServerSecurityGroups(id: string, signal?: AbortSignal): Promise<ServerSecurityGroup[]> {
  const path = `/servers/${segment(id)}/os-security-groups`;
  const body = await request({ service: 'compute', path, schema: serverSecurityGroupListResponseSchema, signal });
  return body.security_groups;
}
