/**
 * The console's same-origin proxy to the cloud's APIs (which send no CORS headers). One implementation serves
 * the production server and the Vite dev server. It forwards only to allowlisted origins, streams both
 * bodies (but reads a chunked request body whole), caps their size, times out, never follows redirects and never
 * logs a token or a body. Each client request reaches the upstream as exactly one request, framed by the proxy
 * (proxy-framing.ts), and each answer reaches the browser as data under the proxy's own security headers,
 * compressed when the upstream sent it uncompressed and the client takes br or gzip (answer-compression.ts).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { Transform, pipeline } from 'node:stream';
import { type AllowedOrigin, isAllowed, parsePort } from './allowlist.js';
import { answerEncoder, answerEncoding, encodedAnswerHeaders } from './answer-compression.js';
import { framingHeaders, requestFraming, type UpstreamFraming } from './proxy-framing.js';
import { clientResponseHeaders, upstreamRequestHeaders } from './proxy-headers.js';
import { parseProxyTarget, type ProxyTarget, toProxyPath } from './proxy-target.js';
import { type HostPolicy, isOwnOrigin } from './public-origins.js';
import { duplicatedHeader } from './request-checks.js';
import { PROXIED_SECURITY_HEADERS, setSecurityHeaders } from './security-headers.js';

export interface ProxyOptions {
  allowlist: readonly AllowedOrigin[];
  /** The console's own origins (PUBLIC_ORIGINS); a page elsewhere may not use the proxy. */
  publicOrigins: readonly string[];
  /** The address the server listens on, a name of the console too. */
  host: string;
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

/** Sec-Fetch-Site values of a request this console's own pages make, or a person typed. */
const OWN_SITES = new Set(['same-origin', 'none']);

/**
 * Browsers say where a request comes from; only this console's own pages may use its proxy. Requests from outside
 * a browser (the OpenStack clients, curl) send neither header and pass; a browser always sends Origin with a
 * request that changes something, and Sec-Fetch-Site with every request.
 */
function fromOwnPage(req: IncomingMessage, hosts: HostPolicy): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && !OWN_SITES.has(site.trim().toLowerCase())) return false;
  const origin = req.headers.origin;
  return origin === undefined || isOwnOrigin(hosts, origin.trim(), req.headers.host);
}

/** A token could sit in a path (Keystone v2's `GET /v2.0/tokens/{id}`); the log keeps only what is safe. */
function loggablePath(pathAndQuery: string): string {
  const path = pathAndQuery.split('?')[0] ?? '/';
  return path.replace(/\/tokens\/[^/]+/g, '/tokens/[redacted]');
}

/** Passes a body through, counting its bytes, and fails past `max`. */
class ByteLimit extends Transform {
  bytes = 0;

  constructor(
    private readonly max: number,
    private readonly onExceeded: () => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.bytes += chunk.length;
    if (this.bytes > this.max) {
      this.onExceeded();
      callback(new Error('body too large'));
      return;
    }
    callback(null, chunk);
  }
}

/** A chunked body, read whole so that it can go upstream with a Content-Length (proxy-framing.ts says why). */
function readWhole(req: IncomingMessage, max: number): Promise<Buffer | 'too large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= max) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolve('too large');
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // After 'end' this changes nothing: a promise settles once.
    req.on('close', () => resolve('aborted'));
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

  const tooLarge = (res: ServerResponse) =>
    sendProxyError(res, 413, `The request body is larger than ${options.maxRequestBytes} bytes.`, { connection: 'close' });

  /** `whole`: the body, already read (a chunked one); otherwise it streams from `req`. */
  function forward(req: IncomingMessage, res: ServerResponse, target: ProxyTarget, framing: UpstreamFraming, whole?: Buffer): void {
    const started = Date.now();
    const method = req.method ?? 'GET';
    const origin = `${target.scheme}://${target.authority}`;
    const transport = target.scheme === 'https' ? https : http;
    const upstream = transport.request({
      host: target.host,
      port: target.port,
      method,
      path: target.pathAndQuery,
      headers: { ...upstreamRequestHeaders(req.headers, target.authority), ...framingHeaders(framing) },
    });
    let outcome = 'aborted';
    res.on('close', () => {
      // A body that stopped half way (the client left, or the upstream answered before reading it all) leaves the
      // upstream waiting for the rest, ready to read whatever comes next on its connection as part of it: that
      // connection never carries another request. So does an answer the client did not take in full.
      if (!res.writableFinished || !req.complete) upstream.destroy();
      options.log?.(`proxy ${method} ${origin}${loggablePath(target.pathAndQuery)} → ${outcome} ${Date.now() - started} ms`);
    });

    const fail = (status: number, message: string, headers?: Record<string, string>) => {
      clearTimeout(deadline);
      // Whatever failed, the upstream connection may hold half a request: it goes (a no-op once back in the pool).
      upstream.destroy();
      // A late timer or socket event after the answer went out must not touch the client's (kept-alive) connection.
      if (res.writableFinished) return;
      outcome = String(status);
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
      const headers = clientResponseHeaders(answer.headers, rewriteLocation(origin));
      // An answer before the whole body: the rest of it is not read as a next request on the client's connection.
      if (!req.complete) headers.connection = 'close';
      const coding = answerEncoding({
        method,
        status,
        upstream: answer.headers,
        contentType: String(headers['content-type']),
        acceptEncoding: req.headers['accept-encoding'],
      });
      res.writeHead(status, coding === null ? headers : encodedAnswerHeaders(headers, coding));
      // The encoder holds back its first bytes for a while: the status goes now, so a client sees the answer begin
      // (and an answer cut before any coded byte is a cut answer, not a connection closed without one).
      if (coding !== null) res.flushHeaders();
      // The cap counts the upstream's bytes, before any coding; past it, the pipeline destroys the client's
      // connection, so a cut answer never looks complete.
      const limit = new ByteLimit(options.maxResponseBytes, () => (outcome = `${status} cut at ${options.maxResponseBytes} bytes`));
      if (coding === null) pipeline(answer, limit, res, () => undefined);
      else pipeline(answer, limit, answerEncoder(coding, answer.headers['content-length']), res, () => undefined);
    });

    if (whole !== undefined) {
      upstream.end(whole);
      return;
    }
    if (framing.kind === 'none') {
      upstream.end();
      req.resume();
      return;
    }
    // The body streams with backpressure (its length is within the cap). The upstream reads exactly the length it
    // was told, or nothing more on that connection (Node's parser keeps to the length; this does not rely on it).
    const limit = new ByteLimit(framing.bytes, () => fail(400, 'The request body is longer than its Content-Length.', { connection: 'close' }));
    req.pipe(limit).pipe(upstream, { end: false });
    limit.on('error', () => req.unpipe(limit));
    limit.on('end', () => {
      if (limit.bytes === framing.bytes) upstream.end();
      else upstream.destroy();
    });
  }

  const hosts: HostPolicy = { publicOrigins: options.publicOrigins, listenHost: options.host };
  return function handleProxy(req, res) {
    // Ours win over any the mounting server set: what comes through here is data, never a page of the console.
    setSecurityHeaders(res, PROXIED_SECURITY_HEADERS);
    const method = req.method ?? 'GET';
    if (!METHODS.has(method)) {
      sendProxyError(res, 405, `The proxy does not forward ${method} requests.`, { allow: [...METHODS].join(', ') });
      return;
    }
    const body = requestFraming(req);
    if (!body.ok) {
      // Framing in doubt: nothing more is read from this connection as a request.
      sendProxyError(res, 400, body.reason, { connection: 'close' });
      return;
    }
    const duplicated = duplicatedHeader(req);
    if (duplicated !== null) {
      sendProxyError(res, 400, `The request names ${duplicated} more than once.`, { connection: 'close' });
      return;
    }
    if (!fromOwnPage(req, hosts)) {
      sendProxyError(res, 403, 'The proxy answers requests from this console only.');
      return;
    }
    const parsed = parseProxyTarget(req.url ?? '', options.allowlist);
    if (!parsed.ok) {
      sendProxyError(res, 403, parsed.reason);
      return;
    }
    const { framing } = body;
    if (framing.kind === 'length' && framing.bytes > options.maxRequestBytes) {
      tooLarge(res);
      return;
    }
    if (framing.kind !== 'chunked') {
      forward(req, res, parsed.target, framing);
      return;
    }
    void readWhole(req, options.maxRequestBytes).then((whole) => {
      if (whole === 'too large') tooLarge(res);
      else if (whole !== 'aborted') forward(req, res, parsed.target, { kind: 'length', bytes: whole.length }, whole);
    });
  };
}
