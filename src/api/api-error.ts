import type { ServiceName } from './session';

/** The identity service has no session endpoint, but its errors need a label too. */
export type ApiService = ServiceName | 'identity';

export type ApiErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid-response'
  | 'no-session';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** For `http`: the server's message, verbatim. Otherwise a plain English description. */
  message: string;
  service: ApiService;
  method: string;
  /** Path and query below the service's base URL; never the base URL with its tenant, never a token. */
  path: string;
  status?: number;
  /** Nova's fault key (`conflictingRequest`), Neutron's `type`, or Keystone's / WebOb's `title`. */
  faultName?: string;
  /** Neutron's `detail` or Nova's `details`, when the server sent one. */
  detail?: string;
  requestId?: string;
  /** For `invalid-response`: the first field the schema rejected, e.g. `servers[0].status`. */
  field?: string;
  cause?: unknown;
}

/** The one error every function of src/api throws. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly service: ApiService;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly faultName?: string;
  readonly detail?: string;
  readonly requestId?: string;
  readonly field?: string;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.service = init.service;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.faultName = init.faultName;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.field = init.field;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function hasStatus(error: unknown, status: number): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === status;
}

export const isUnauthorized = (error: unknown): boolean => hasStatus(error, 401);
export const isNotFound = (error: unknown): boolean => hasStatus(error, 404);
export const isConflict = (error: unknown): boolean => hasStatus(error, 409);

/** Worth trying again unchanged: the network, a timeout, a 5xx or a 429. Never a 4xx the user must fix. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'http' || error.status === undefined) return false;
  return error.status >= 500 || error.status === 429;
}
