import type { z } from '../lib/zod';
import { ApiError, type ApiService } from './api-error';
import { parseErrorBody } from './error-body';
import { collectSkipped, type SkippedItem } from './schemas/lenient';
import { sessionStore } from './session';
import { skippedRecords } from './skipped-records';
import { askUnauthorizedHandler } from './unauthorized';
import { joinUrl, pathWithQuery, type Query } from './url';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  service: ApiService;
  method?: HttpMethod;
  /** Appended to the service's base URL; may already carry a query string (Glance's `next`). */
  path: string;
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Per attempt; default 30 s. */
  timeoutMs?: number;
  /** An absolute base URL instead of the session's endpoint (identity, before there is a session). */
  baseUrl?: string;
  /** Send the session's X-Auth-Token (default true). Without it no session is needed and a 401 is final. */
  auth?: boolean;
}

/**
 * With a schema, the body is parsed (an empty body is parsed as `undefined`, so a schema wrapped in
 * `z.optional(...)` accepts Nova's empty 202). Without one, the body is ignored and `data` is undefined.
 */
export type SchemaOption<T> = { schema: z.ZodMiniType<T> };

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

interface Context {
  service: ApiService;
  method: HttpMethod;
  path: string;
}

interface Target extends Context {
  url: string;
  token?: string;
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

function resolveTarget(options: RequestOptions): Target {
  const context = { service: options.service, method: options.method ?? 'GET', path: pathWithQuery(options.path, options.query) };
  const auth = options.auth ?? true;
  const session = sessionStore.get();
  if (auth && session === null) {
    throw new ApiError({ kind: 'no-session', message: 'There is no signed-in session.', ...context });
  }
  const base = options.baseUrl ?? (options.service === 'identity' ? undefined : session?.endpoints[options.service]);
  if (base === undefined) {
    throw new ApiError({ kind: 'no-session', message: `The session has no ${options.service} endpoint.`, ...context });
  }
  return { ...context, url: joinUrl(base, context.path), token: auth ? session?.token : undefined };
}

function headersFor(target: Target, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (hasBody) headers['Content-Type'] = 'application/json';
  if (target.token !== undefined) headers['X-Auth-Token'] = target.token;
  return headers;
}

async function fetchOnce(target: Target, options: RequestOptions): Promise<RawResponse> {
  const { service, method, path } = target;
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const aborted = (cause?: unknown) =>
    new ApiError({ kind: 'aborted', message: 'The request was cancelled.', service, method, path, cause });
  if (signal?.aborted) throw aborted(signal.reason);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const hasBody = options.body !== undefined;
    const response = await fetch(target.url, {
      method,
      headers: headersFor(target, hasBody),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: controller.signal,
    });
    // Reading the body is inside the try so that the timeout and the caller's signal cover it too.
    const text = await response.text();
    return { status: response.status, statusText: response.statusText, headers: response.headers, text };
  } catch (cause) {
    if (timedOut) {
      const message = `No answer from the ${service} service within ${timeoutMs / 1000} s.`;
      throw new ApiError({ kind: 'timeout', message, service, method, path, cause });
    }
    if (signal?.aborted) throw aborted(cause);
    const message = `The ${service} service could not be reached.`;
    throw new ApiError({ kind: 'network', message, service, method, path, cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-openstack-request-id') ?? headers.get('x-compute-request-id') ?? undefined;
}

function httpError(raw: RawResponse, context: Context): ApiError {
  const body = parseErrorBody(raw.text, raw.headers.get('content-type'));
  const fallback = `HTTP ${raw.status}${raw.statusText === '' ? '' : ` ${raw.statusText}`}`;
  return new ApiError({
    kind: 'http',
    ...context,
    message: body.message ?? fallback,
    status: raw.status,
    faultName: body.faultName,
    detail: body.detail,
    requestId: requestIdOf(raw.headers),
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

function invalidResponse(raw: RawResponse, context: Context) {
  return (message: string, field?: string, cause?: unknown) =>
    new ApiError({ kind: 'invalid-response', ...context, message, field, cause, status: raw.status, requestId: requestIdOf(raw.headers) });
}

function readJson(raw: RawResponse, context: Context): unknown {
  if (raw.text.trim() === '') return undefined;
  try {
    return JSON.parse(raw.text);
  } catch (cause) {
    throw invalidResponse(raw, context)('The response body is not JSON.', undefined, cause);
  }
}

/** `value` read by `schema`, with the list items it left out; `offset`: where `value`'s list starts in the answer's. */
function parseValue<T>(raw: RawResponse, value: unknown, schema: z.ZodMiniType<T>, context: Context, offset = 0): { data: T; skipped: SkippedItem[] } {
  const { value: result, skipped } = collectSkipped(() => schema.safeParse(value));
  if (result.success) return { data: result.data, skipped: offset === 0 ? skipped : skipped.map((item) => ({ ...item, index: item.index + offset })) };
  const invalid = invalidResponse(raw, context);
  if (value === undefined) throw invalid('The response body is empty.', undefined, result.error);
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map((key, index) => (index === 1 && typeof key === 'number' ? key + offset : key));
  const field = formatPath(path);
  throw invalid(`Unexpected response at ${field === '' ? 'the top level' : field}: ${issue?.message ?? 'invalid'}`, field, result.error);
}

function parseBody<T>(raw: RawResponse, schema: z.ZodMiniType<T>, context: Context): T {
  const { data, skipped } = parseValue(raw, readJson(raw, context), schema, context);
  if (skipped.length > 0) skippedRecords.report(context, skipped);
  return data;
}

/** The answer of a 2xx, after a sign-in the user made for a 401 when there was one; an ApiError for any other. */
async function fetchAnswer(options: RequestOptions): Promise<{ raw: RawResponse; target: Target }> {
  let target = resolveTarget(options);
  let raw = await fetchOnce(target, options);
  if (raw.status === 401 && (options.auth ?? true)) {
    if ((await askUnauthorizedHandler(httpError(raw, target))) === 'retry') {
      target = resolveTarget(options);
      raw = await fetchOnce(target, options);
    }
  }
  if (raw.status < 200 || raw.status > 299) throw httpError(raw, target);
  return { raw, target };
}

async function execute<T>(options: RequestOptions, schema: z.ZodMiniType<T> | undefined): Promise<ApiResponse<T | undefined>> {
  const { raw, target } = await fetchAnswer(options);
  const data = schema === undefined ? undefined : parseBody(raw, schema, target);
  return { data, status: raw.status, headers: raw.headers };
}

/** The whole response, for the few callers that need a header (createImage's `Location`) or the status. */
export function send<T>(options: RequestOptions & SchemaOption<T>): Promise<ApiResponse<T>>;
export function send(options: RequestOptions & { schema?: undefined }): Promise<ApiResponse<undefined>>;
export function send<T>(options: RequestOptions & Partial<SchemaOption<T>>): Promise<ApiResponse<T | undefined>> {
  return execute(options, options.schema);
}

/** The parsed body; without a schema, nothing (Nova's empty 202 and 204 answers). Throws ApiError. */
export function request<T>(options: RequestOptions & SchemaOption<T>): Promise<T>;
export function request(options: RequestOptions & { schema?: undefined }): Promise<void>;
export async function request<T>(options: RequestOptions & Partial<SchemaOption<T>>): Promise<T | undefined> {
  return (await execute(options, options.schema)).data;
}

/** How a long list answer is read a part at a time: the list's key in the answer, and how many of its items a part holds. */
export interface ListParts {
  key: string;
  size: number;
}

/** Lets the browser draw and answer input before the next part (scheduler.yield where there is one). */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * As {@link request}, for a list answer read `parts.size` items at a time, the browser free between the parts:
 * checking a page of a thousand servers takes longer than a frame. Each part is read by the same schema, as an answer
 * that holds only those items; the items it leaves out are reported once, at their place in the whole list.
 */
export async function requestList<T>(options: RequestOptions & SchemaOption<T> & { parts: ListParts }): Promise<T> {
  const { schema, parts, signal } = options;
  const { raw, target } = await fetchAnswer(options);
  const value = readJson(raw, target);
  const answer = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const items = answer[parts.key];
  if (!Array.isArray(items) || items.length <= parts.size) {
    const { data, skipped } = parseValue(raw, value, schema, target);
    if (skipped.length > 0) skippedRecords.report(target, skipped);
    return data;
  }
  const list: unknown[] = [];
  const skipped: SkippedItem[] = [];
  let last: T | undefined;
  for (let start = 0; start < items.length; start += parts.size) {
    // Reading the JSON text was a task's worth already: the first part waits for the next one too.
    await yieldToBrowser();
    if (signal?.aborted) throw new ApiError({ kind: 'aborted', message: 'The request was cancelled.', ...contextOf(target), cause: signal.reason });
    const part = parseValue(raw, { ...answer, [parts.key]: items.slice(start, start + parts.size) }, schema, target, start);
    list.push(...((part.data as Record<string, unknown[]>)[parts.key] ?? []));
    skipped.push(...part.skipped);
    last = part.data;
  }
  if (skipped.length > 0) skippedRecords.report(target, skipped);
  return { ...last, [parts.key]: list } as T;
}

function contextOf({ service, method, path }: Target): Context {
  return { service, method, path };
}
