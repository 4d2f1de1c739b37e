/**
 * The console's same-origin proxy to the cloud's APIs (which send no CORS headers). One implementation serves
 * the production server and the Vite dev server. It forwards only to allowlisted origins, streams both
 * bodies, caps their size, times out, never follows redirects and never logs a token or a body.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { Transform, pipeline } from 'node:stream';
import { type AllowedOrigin, isAllowed, parsePort } from './allowlist.js';
import { clientResponseHeaders, upstreamRequestHeaders } from './proxy-headers.js';
import { parseProxyTarget, type ProxyTarget, toProxyPath } from './proxy-target.js';

export interface ProxyOptions {
  allowlist: readonly AllowedOrigin[];
  /** Until the upstream's response headers arrive, and the longest silence while a body streams. */
  timeoutMs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** One line per request: method, upstream origin, path without query, status, time. Null: silent. */
  log: ((line: string) => void) | null;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Keystone's error shape, which the console's error parser and the OpenStack clients both read. */
export function sendProxyError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const title = http.STATUS_CODES[status] ?? 'Error';
  const body = JSON.stringify({ error: { code: status, title, message } });
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** A token could sit in a path (Keystone v2's `GET /v2.0/tokens/{id}`); the log keeps only what is safe. */
function loggablePath(pathAndQuery: string): string {
  const path = pathAndQuery.split('?')[0] ?? '/';
  return path.replace(/\/tokens\/[^/]+/g, '/tokens/[redacted]');
}

function byteLimit(max: number, onExceeded: () => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max) {
        onExceeded();
        callback(new Error('body too large'));
        return;
      }
      callback(null, chunk);
    },
  });
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'connection failed';
}

export function createProxyHandler(options: ProxyOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const rewriteLocation = (base: string) => (location: string) => {
    let url: URL;
    try {
      url = new URL(location, base);
    } catch {
      return null;
    }
    const scheme = url.protocol.replace(/:$/, '');
    if (scheme !== 'http' && scheme !== 'https') return null;
    const port = parsePort(url.port === '' ? undefined : url.port, scheme);
    return port !== null && isAllowed(options.allowlist, scheme, url.hostname, port) ? toProxyPath(url) : null;
  };

  function forward(req: IncomingMessage, res: ServerResponse, target: ProxyTarget): void {
    const started = Date.now();
    const method = req.method ?? 'GET';
    const origin = `${target.scheme}://${target.authority}`;
    const transport = target.scheme === 'https' ? https : http;
    const upstream = transport.request({
      host: target.host,
      port: target.port,
      method,
      path: target.pathAndQuery,
      headers: upstreamRequestHeaders(req.headers, target.authority),
    });
    let outcome = 'aborted';
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
      options.log?.(`proxy ${method} ${origin}${loggablePath(target.pathAndQuery)} → ${outcome} ${Date.now() - started} ms`);
    });

    const fail = (status: number, message: string, headers?: Record<string, string>) => {
      clearTimeout(deadline);
      // A late timer or socket event after the answer went out must not touch the (kept-alive) connection.
      if (res.writableFinished) return;
      outcome = String(status);
      upstream.destroy();
      sendProxyError(res, status, message, headers);
    };
    const deadline = setTimeout(() => fail(504, `No answer from ${origin} within ${options.timeoutMs / 1000} s.`), options.timeoutMs);
    // Silence while a body streams also ends the exchange (the deadline covers the wait for headers).
    upstream.setTimeout(options.timeoutMs, () => fail(504, `${origin} stopped answering for ${options.timeoutMs / 1000} s.`));
    upstream.on('error', (error) => {
      if (!res.headersSent) fail(502, `Could not reach ${origin}: ${errorCode(error)}.`);
      else if (!res.writableEnded) res.destroy();
    });

    upstream.on('response', (answer) => {
      clearTimeout(deadline);
      const status = answer.statusCode ?? 502;
      if (REDIRECTS.has(status)) {
        answer.resume();
        fail(502, `${origin} answered with a redirect (HTTP ${status}); the proxy does not follow redirects.`);
        return;
      }
      outcome = String(status);
      res.writeHead(status, clientResponseHeaders(answer.headers, rewriteLocation(origin)));
      const limit = byteLimit(options.maxResponseBytes, () => (outcome = `${status} cut at ${options.maxResponseBytes} bytes`));
      pipeline(answer, limit, res, () => undefined);
    });

    // The request body streams with backpressure; past the cap the upstream call is dropped and the client gets 413.
    const limit = byteLimit(options.maxRequestBytes, () =>
      fail(413, `The request body is larger than ${options.maxRequestBytes} bytes.`, { connection: 'close' }),
    );
    req.pipe(limit).pipe(upstream);
    limit.on('error', () => req.unpipe(limit));
  }

  return function handleProxy(req, res) {
    const method = req.method ?? 'GET';
    if (!METHODS.has(method)) {
      sendProxyError(res, 405, `The proxy does not forward ${method} requests.`, { allow: [...METHODS].join(', ') });
      return;
    }
    // Browsers say where a request comes from; only this console's own pages may use its proxy.
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') {
      sendProxyError(res, 403, 'The proxy answers requests from this console only.');
      return;
    }
    const parsed = parseProxyTarget(req.url ?? '', options.allowlist);
    if (!parsed.ok) {
      sendProxyError(res, 403, parsed.reason);
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > options.maxRequestBytes) {
      sendProxyError(res, 413, `The request body is larger than ${options.maxRequestBytes} bytes.`, { connection: 'close' });
      return;
    }
    forward(req, res, parsed.target);
  };
}
