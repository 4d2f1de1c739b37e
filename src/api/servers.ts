import { ApiError } from './api-error';
import { request, requestList } from './client';
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

/** Servers read this many at a time, the browser free between: a page of a thousand takes longer than a frame. */
const SERVERS_PER_PART = 100;

export async function listServersDetail(filters: ServerListFilters = {}, signal?: AbortSignal): Promise<ServerPage<Server>> {
  const body = await requestList({
    service: 'compute',
    path: '/servers/detail',
    query: { ...filters },
    schema: serverDetailListResponseSchema,
    parts: { key: 'servers', size: SERVERS_PER_PART },
    signal,
  });
  return toPage(body.servers, body.servers_links);
}

export const DEFAULT_SERVER_PAGE_SIZE = 200;

export interface ServerPaging {
  /** Servers per request: the first, then every later one. */
  sizes: { first: number; next: number };
  /** Resume after this server (already loaded): the first request asks for the page after it. */
  startMarker?: string;
  signal?: AbortSignal;
}

/** How paging ended: the last page came, or a page held only servers already seen (a cloud that ignores `marker`). */
export type PagingEnd = 'last-page' | 'repeated-page';

/**
 * Every server matching `filters`, page by page with limit/marker (the last id seen, as novaclient does); each page
 * yields only the servers not seen before, so a cloud whose page starts with the marker's own server (a marker that
 * includes itself) shows no server twice. It stops on an empty page, or on a short page without a next link: Nova
 * links every page that is exactly `limit` long, so a full last page costs one more, empty, request; a short page
 * that still has a link means the server capped `limit` (Nova's max_limit) and more may follow. A page with nothing
 * new stops it too, returning 'repeated-page': a cloud that ignores the marker would otherwise be asked forever.
 */
export async function* serverDetailPages(
  filters: Omit<ServerListFilters, 'limit' | 'marker'>,
  { sizes, startMarker, signal }: ServerPaging,
): AsyncGenerator<Server[], PagingEnd, undefined> {
  for (const size of [sizes.first, sizes.next]) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`A page size must be a positive integer, not ${size}`);
  }
  const seen = new Set<string>(startMarker === undefined ? [] : [startMarker]);
  let marker = startMarker;
  for (let index = 0; ; index += 1) {
    const limit = index === 0 && startMarker === undefined ? sizes.first : sizes.next;
    const page = await listServersDetail({ ...filters, limit, marker }, signal);
    const fresh = page.items.filter((server) => !seen.has(server.id));
    for (const server of fresh) seen.add(server.id);
    if (fresh.length > 0) yield fresh;
    const last = page.items.at(-1);
    if (last === undefined || (page.items.length < limit && page.next === null)) return 'last-page';
    if (fresh.length === 0) return 'repeated-page';
    marker = last.id;
  }
}

export interface ListAllServersOptions {
  /** Servers per request (default 200). */
  pageSize?: number;
  /** After each page that brought servers: how many so far, over how many such pages. */
  onProgress?: (progress: { loaded: number; pages: number }) => void;
  signal?: AbortSignal;
}

/**
 * Every server matching `filters` (see serverDetailPages). A page that repeats is an error here, not a shorter
 * answer: the callers count servers, and a count that silently misses some would mislead.
 */
export async function listAllServersDetail(
  filters: Omit<ServerListFilters, 'limit' | 'marker'> = {},
  options: ListAllServersOptions = {},
): Promise<Server[]> {
  const { pageSize = DEFAULT_SERVER_PAGE_SIZE, onProgress, signal } = options;
  const servers: Server[] = [];
  const pages = serverDetailPages(filters, { sizes: { first: pageSize, next: pageSize }, signal });
  for (let count = 1; ; count += 1) {
    const step = await pages.next();
    if (step.done) {
      if (step.value === 'last-page') return servers;
      throw new ApiError({
        kind: 'invalid-response',
        message: `Paging does not advance: after ${servers.length} servers, a page held none that was not already listed.`,
        service: 'compute',
        method: 'GET',
        path: pathWithQuery('/servers/detail', { ...filters, limit: pageSize }),
      });
    }
    servers.push(...step.value);
    onProgress?.({ loaded: servers.length, pages: count });
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
