/**
 * Proxied answers are data, never a page or a script of the console's origin: an allowlisted host may serve content
 * nobody controls. Tried through both mounts of the proxy: the production server (which sets the app's headers on
 * every answer first) and the Vite dev server's middleware (which sets none of its own).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig, type ServerConfig } from './config.js';
import { createApiHandler, createConsoleServer } from './console-server.js';
import { listen, listenOn, type Listening, raw, withoutMsw } from './test-http.js';

withoutMsw();

const PROXIED_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
const work = mkdtempSync(join(tmpdir(), 'proxy-answers-'));
let cloud: Listening;
/** What the fake cloud answers next: status, headers, body. */
let answer: { status: number; headers: Record<string, string | string[]>; body: string } = { status: 200, headers: {}, body: '' };

beforeAll(async () => {
  cloud = await listen((_req, res) => {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
});

afterAll(async () => {
  await cloud.close();
  rmSync(work, { recursive: true, force: true });
});

function config(): ServerConfig {
  return readConfig({ STATIC_DIR: work, PROXY_ALLOWED_HOSTS: cloud.origin, IDENTITY_URL: `${cloud.origin}/identity/v2.0`, LOG_REQUESTS: '0' });
}

function production(): Promise<Listening> {
  return listenOn(createConsoleServer(config(), null));
}

/** As vite-plugin.ts mounts it: the API handler first, anything else falls through. */
async function devMiddleware(): Promise<{ port: number; close(): Promise<void> }> {
  const api = createApiHandler(config(), null);
  return listen((req: IncomingMessage, res: ServerResponse) => {
    if (api(req, res)) return;
    res.writeHead(404);
    res.end();
  });
}

describe.each([
  ['the production server', production],
  ['the dev server middleware', devMiddleware],
])('answers through %s', (_mount, start) => {
  let port = 0;
  let close: () => Promise<void> = () => Promise.resolve();
  beforeAll(async () => {
    const mounted = await start();
    port = mounted.port;
    close = () => mounted.close();
  });
  afterAll(() => close());

  const via = (path: string) => `/proxy/http/127.0.0.1:${cloud.port}${path}`;
  const fetchAnswer = async (status: number, headers: Record<string, string | string[]>, body = '', method = 'GET') => {
    answer = { status, headers, body };
    return raw(port, via('/v2/t1/anything'), { method, headers: method === 'POST' ? { 'content-length': 0 } : {} });
  };

  it('serves an HTML page of the upstream as bytes that cannot render, sniff or run', async () => {
    const response = await fetchAnswer(200, { 'Content-Type': 'text/html; charset=utf-8' }, '<script>navigator.serviceWorker.register("/x")</script>');
    expect(response.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'content-security-policy': PROXIED_CSP,
      'x-frame-options': 'DENY',
    });
    expect(response.body).toBe('<script>navigator.serviceWorker.register("/x")</script>');
  });

  it('never serves a script that could register a service worker over the console', async () => {
    const response = await fetchAnswer(200, { 'Content-Type': 'text/javascript', 'Service-Worker-Allowed': '/' }, 'self.onfetch = () => {}');
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers).not.toHaveProperty('service-worker-allowed');
  });

  it.each([
    ['application/json', 'application/json'],
    ['application/json; charset=utf-8', 'application/json; charset=utf-8'],
    ['Application/JSON;charset=UTF-8', 'application/json; charset=UTF-8'],
    ['application/vnd.openstack.compute+json', 'application/vnd.openstack.compute+json'],
    ['text/plain; charset=utf-8', 'text/plain; charset=utf-8'],
    ['application/octet-stream', 'application/octet-stream'],
    ['application/json; charset="><script>', 'application/json'],
    ['application/json; boundary=x; charset=utf-8', 'application/json; charset=utf-8'],
    ['text/html', 'application/octet-stream'],
    ['TEXT/HTML', 'application/octet-stream'],
    ['application/xhtml+xml', 'application/octet-stream'],
    ['image/svg+xml', 'application/octet-stream'],
    ['application/xml', 'application/octet-stream'],
    ['text/xml', 'application/octet-stream'],
    ['text/css', 'application/octet-stream'],
    ['application/javascript', 'application/octet-stream'],
    ['text/javascript; charset=utf-8', 'application/octet-stream'],
    ['application/pdf', 'application/octet-stream'],
    ['multipart/x-mixed-replace; boundary=frame', 'application/octet-stream'],
    ['application/json, text/html', 'application/octet-stream'],
    ['application/json+html', 'application/octet-stream'],
    ['', 'application/octet-stream'],
  ])('passes Content-Type %j as %j', async (sent, passed) => {
    const response = await fetchAnswer(200, sent === '' ? {} : { 'Content-Type': sent }, 'x');
    expect(response.headers['content-type']).toBe(passed);
  });

  it("drops what would act on the console's origin and keeps the console's own security headers", async () => {
    const response = await fetchAnswer(200, {
      'Content-Type': 'application/json',
      Refresh: '0; url=https://evil.example/',
      Link: '</proxy/http/evil/style.css>; rel=stylesheet, <https://evil.example/>; rel=preload; as=script',
      'Set-Cookie': ['session=stolen; Path=/', 'other=1'],
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'X-Subject-Token',
      'X-Content-Type-Options': 'sniff',
      'Content-Security-Policy': "default-src * 'unsafe-inline' 'unsafe-eval'",
      'Content-Security-Policy-Report-Only': "default-src 'none'; report-uri https://evil.example/",
      'X-Frame-Options': 'ALLOWALL',
      'Referrer-Policy': 'unsafe-url',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cross-Origin-Opener-Policy': 'unsafe-none',
      'Permissions-Policy': 'camera=*',
      'Clear-Site-Data': '"cookies", "storage"',
      'Shared-Storage-Write': 'set;key=a;value=b',
      'Content-Disposition': 'inline; filename=page.html',
      'Strict-Transport-Security': 'max-age=0',
    }, '{}');
    for (const name of [
      'refresh',
      'link',
      'set-cookie',
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'access-control-expose-headers',
      'content-security-policy-report-only',
      'clear-site-data',
      'shared-storage-write',
      'content-disposition',
      'strict-transport-security',
    ]) {
      expect(response.headers, name).not.toHaveProperty(name);
    }
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'content-security-policy': PROXIED_CSP,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    expect(response.headers['permissions-policy']).toContain('camera=()');
  });

  it('adds nosniff and the sandbox to an upstream answer that has neither', async () => {
    const response = await fetchAnswer(200, { 'Content-Type': 'text/plain' }, 'plain');
    expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'content-security-policy': PROXIED_CSP });
  });

  it("gives the proxy's own refusals the same headers", async () => {
    const response = await raw(port, '/proxy/http/evil.test/');
    expect(response.status).toBe(403);
    expect(response.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'content-security-policy': PROXIED_CSP });
  });

  describe('large JSON answers arrive compressed', () => {
    const servers = JSON.stringify({ servers: Array.from({ length: 300 }, (_, index) => ({ id: `server-${index}`, name: `web-${index}`, status: 'ACTIVE' })) });
    const vary = (headers: Record<string, unknown>) => String(headers.vary).split(',').map((name) => name.trim().toLowerCase());

    it.each([
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
    ] as const)('for Accept-Encoding %j: %s, exactly the upstream bytes, chunked, varying on Accept-Encoding', async (acceptEncoding, coding, decode) => {
      answer = { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(servers)), Vary: 'X-Auth-Token' }, body: servers };
      const response = await raw(port, via('/v2/t1/servers/detail'), { headers: { 'Accept-Encoding': acceptEncoding } });
      expect(response.status).toBe(200);
      expect(response.headers).toMatchObject({ 'content-encoding': coding, 'transfer-encoding': 'chunked', 'content-type': 'application/json', 'content-security-policy': PROXIED_CSP });
      expect(response.headers).not.toHaveProperty('content-length');
      expect(vary(response.headers)).toEqual(['x-auth-token', 'accept-encoding']);
      expect(response.bytes.length).toBeLessThan(Buffer.byteLength(servers) / 4);
      expect(decode(response.bytes).toString('utf8')).toBe(servers);
    });

    it('names Accept-Encoding in Vary once when the upstream names it already', async () => {
      answer = { status: 200, headers: { 'Content-Type': 'application/json', Vary: 'accept-encoding, X-Auth-Token' }, body: servers };
      const response = await raw(port, via('/v2/t1/servers/detail'), { headers: { 'Accept-Encoding': 'br' } });
      expect(response.headers['content-encoding']).toBe('br');
      expect(vary(response.headers)).toEqual(['accept-encoding', 'x-auth-token']);
      expect(brotliDecompressSync(response.bytes).toString('utf8')).toBe(servers);
    });
  });

  describe('what the console reads still passes', () => {
    it('a JSON answer with its request ids', async () => {
      const response = await fetchAnswer(200, { 'Content-Type': 'application/json', 'X-OpenStack-Request-Id': 'req-1', 'X-Compute-Request-Id': 'req-2' }, '{"servers":[]}');
      expect(response).toMatchObject({ status: 200, body: '{"servers":[]}' });
      expect(response.headers).toMatchObject({ 'content-type': 'application/json', 'x-openstack-request-id': 'req-1', 'x-compute-request-id': 'req-2' });
    });

    it.each([202, 204])("Nova's empty %i with Content-Type application/json", async (status) => {
      const response = await fetchAnswer(status, { 'Content-Type': 'application/json', 'Content-Length': '0' }, '', 'POST');
      expect(response).toMatchObject({ status, body: '' });
      expect(response.headers['content-type']).toBe('application/json');
    });

    it("createImage's Location, with the image id the console reads from it", async () => {
      const response = await fetchAnswer(202, { 'Content-Type': 'application/json', Location: `${cloud.origin}/v2/t1/images/6b1b8e2a-0c9e-4b7e-9a51-2b5c8f3a9d10` }, '', 'POST');
      expect(response.headers.location).toBe(`/proxy/http/127.0.0.1:${cloud.port}/v2/t1/images/6b1b8e2a-0c9e-4b7e-9a51-2b5c8f3a9d10`);
    });

    it("Keystone v3's token in X-Subject-Token", async () => {
      const response = await fetchAnswer(201, { 'Content-Type': 'application/json', 'X-Subject-Token': 'gAAAA-token' }, '{"token":{}}', 'POST');
      expect(response.headers['x-subject-token']).toBe('gAAAA-token');
    });

    it("Keystone's error with its message and WWW-Authenticate", async () => {
      const error = '{"error":{"code":401,"title":"Unauthorized","message":"The request you have made requires authentication."}}';
      const response = await fetchAnswer(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': `Keystone uri="${cloud.origin}/identity"`, Vary: 'X-Auth-Token' }, error, 'POST');
      expect(response).toMatchObject({ status: 401, body: error });
      expect(response.headers).toMatchObject({ 'content-type': 'application/json', 'www-authenticate': `Keystone uri="${cloud.origin}/identity"`, vary: 'X-Auth-Token' });
    });

    it("a gateway's HTML error page arrives as bytes the console still reads", async () => {
      const page = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
      const response = await fetchAnswer(502, { 'Content-Type': 'text/html' }, page);
      expect(response).toMatchObject({ status: 502, body: page });
      expect(response.headers['content-type']).toBe('application/octet-stream');
    });
  });
});
