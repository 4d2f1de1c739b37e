/**
 * Errors a handler throws, rendered in the shape of the service that raised them: Nova and Cinder
 * `{"<faultName>": {code, message}}`, Neutron `{"NeutronError": {...}}`, Glance's WebOb JSON, Keystone `{"error"}`.
 */
import { json } from './respond';

export type ServiceKind = 'identity' | 'compute' | 'image' | 'network' | 'volume';

const FAULT_NAMES: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  413: 'overLimit',
  415: 'badMediaType',
  429: 'overLimit',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

export const STATUS_TITLES: Record<number, string> = {
  300: 'Multiple Choices',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

const NEUTRON_TYPES: Record<number, string> = { 400: 'BadRequest', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 500: 'InternalServerError' };

export class SimFault extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Neutron's exception class name, e.g. `NetworkNotFound`. */
    readonly neutronType?: string,
  ) {
    super(message);
    this.name = 'SimFault';
  }
}

export const badRequest = (message: string) => new SimFault(400, message);
export const forbidden = (message: string) => new SimFault(403, message);
export const notFound = (message: string, neutronType?: string) => new SimFault(404, message, neutronType);
export const conflict = (message: string) => new SimFault(409, message);

export function faultResponse(service: ServiceKind, status: number, message: string, neutronType?: string): Response {
  const title = STATUS_TITLES[status] ?? 'Error';
  switch (service) {
    case 'identity':
      return json({ error: { code: status, title, message } }, status);
    case 'network':
      return json({ NeutronError: { type: neutronType ?? NEUTRON_TYPES[status] ?? 'NeutronError', message, detail: '' } }, status);
    case 'image':
      return json({ code: `${status} ${title}`, title, message }, status);
    case 'compute':
    case 'volume':
      return json({ [FAULT_NAMES[status] ?? 'computeFault']: { code: status, message } }, status, {
        'Content-Type': 'application/json; charset=UTF-8',
      });
  }
}

/** keystonemiddleware's answer for a missing, unknown, expired or revoked token, whatever the service. */
export function unauthorizedResponse(identityUrl: string): Response {
  return json(
    { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } },
    401,
    { 'WWW-Authenticate': `Keystone uri="${identityUrl}"` },
  );
}

/** Nova's message for an exception that escaped a controller (wsgi.py `expected_errors`). */
export function unexpectedErrorMessage(kind: string): string {
  return (
    'Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.\n' +
    `<class '${kind}'>`
  );
}
