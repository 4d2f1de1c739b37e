import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { createConsoleServer } from './console-server.js';
import { listen, listenOn, type Listening, raw, withoutMsw } from './test-http.js';

withoutMsw();

const work = mkdtempSync(join(tmpdir(), 'console-server-'));
const dist = join(work, 'dist');
const script = `console.log(${JSON.stringify('instance console '.repeat(200))});`;
let server: Listening;
let port = 0;
let upstream: Listening;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Instance Console</title><script type="module" src="/assets/app-abc123.js"></script>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), script);
  writeFileSync(join(dist, 'assets', 'app-abc123.js.map'), '{"version":3,"sources":["../src/secret-source.ts"],"mappings":""}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{"src/main.tsx":{"file":"assets/app-abc123.js"}}');
  writeFileSync(join(dist, '.env'), 'SECRET=1');
  writeFileSync(join(work, 'secret.txt'), 'outside the build folder');
  upstream = await listen((_req, res) => res.end('from upstream'));
  const config = readConfig({
    PORT: '0',
    STATIC_DIR: dist,
    PROXY_ALLOWED_HOSTS: upstream.origin,
    IDENTITY_URL: `${upstream.origin}/identity/v2.0`,
  });
  server = await listenOn(createConsoleServer(config, null));
  port = server.port;
});

afterAll(async () => {
  await server.close();
  await upstream.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the production server', () => {
  it('sends strict security headers with every answer', async () => {
    for (const path of ['/', '/instances', '/assets/app-abc123.js', '/config.json', '/missing.png', `/proxy/http/127.0.0.1:${upstream.port}/x`, '/proxy/http/evil.test/']) {
      const { headers } = await raw(port, path);
      const csp = String(headers['content-security-policy']);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(headers, path).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' });
    }
  });

  it("lets the app's pages load their own scripts and talk to their own origin, and proxied answers load nothing", async () => {
    for (const path of ['/', '/instances', '/config.json']) {
      const csp = String((await raw(port, path)).headers['content-security-policy']);
      expect(csp, path).toContain("script-src 'self';");
      expect(csp, path).toContain("connect-src 'self'");
    }
    for (const path of [`/proxy/http/127.0.0.1:${upstream.port}/x`, '/proxy/http/evil.test/']) {
      expect((await raw(port, path)).headers['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    }
  });

  it('serves the app for every page URL (SPA fallback), never cached', async () => {
    for (const path of ['/', '/instances', '/instances/0b1c2d3e?tab=network', '/key-pairs/my.key', '/sign-in']) {
      const response = await raw(port, path);
      expect(response.status, path).toBe(200);
      expect(response.body, path).toContain('<title>Instance Console</title>');
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    }
  });

  it('caches hashed assets for a year and compresses them with brotli or gzip', async () => {
    const plain = await raw(port, '/assets/app-abc123.js');
    expect(plain.body).toBe(script);
    expect(plain.headers).toMatchObject({ 'cache-control': 'public, max-age=31536000, immutable', 'content-type': 'text/javascript; charset=utf-8', vary: 'Accept-Encoding' });
    expect(plain.headers).not.toHaveProperty('content-encoding');

    const br = await rawBuffer('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(br.body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await rawBuffer('/assets/app-abc123.js', 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
  });

  it.each([
    ['br;q=0.0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.1', 'gzip'],
    ['*', 'br'],
    ['*;q=0', undefined],
  ])('reads Accept-Encoding %j with its weights: %s', async (acceptEncoding, expected) => {
    const answer = await rawBuffer('/assets/app-abc123.js', acceptEncoding);
    expect(answer.encoding).toBe(expected);
  });

  it('answers 304 when the file did not change', async () => {
    const first = await raw(port, '/favicon.svg');
    const again = await raw(port, '/favicon.svg', { headers: { 'If-None-Match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
  });

  it('answers 404 for a missing file instead of the app', async () => {
    for (const path of ['/assets/app-000000.js', '/logo.png', '/robots.txt']) expect((await raw(port, path)).status, path).toBe(404);
  });

  it('never serves a file outside the build folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%5c%2e%2e%5csecret.txt', '/..%5csecret.txt']) {
      const response = await raw(port, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('outside the build folder');
    }
  });

  it('serves no hidden file or folder of the build (the build manifest, a stray .env)', async () => {
    for (const path of ['/.vite/manifest.json', '/.env', '/%2evite/manifest.json', '/assets/.hidden.js']) {
      const response = await raw(port, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toMatch(/manifest|SECRET|app-abc123/);
    }
  });

  it('serves no source map and names none unless SERVE_SOURCE_MAPS=1 asks for it', async () => {
    for (const path of ['/assets/app-abc123.js.map', '/assets/app-abc123.js.MAP', '/assets/app-abc123.js.map?x=1']) {
      const response = await raw(port, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('secret-source');
    }
    expect((await raw(port, '/assets/app-abc123.js')).headers.sourcemap).toBeUndefined();
    const withMaps = await listenOn(createConsoleServer(readConfig({ STATIC_DIR: dist, PROXY_ALLOWED_HOSTS: upstream.origin, IDENTITY_URL: `${upstream.origin}/identity/v2.0`, SERVE_SOURCE_MAPS: '1' }), null));
    const mapsPort = withMaps.port;
    try {
      expect((await raw(mapsPort, '/assets/app-abc123.js')).headers.sourcemap).toBe('app-abc123.js.map');
      expect((await raw(mapsPort, '/assets/app-abc123.js.map')).body).toContain('secret-source');
      expect((await raw(mapsPort, '/index.html')).headers.sourcemap).toBeUndefined();
    } finally {
      await withMaps.close();
    }
  });

  it('accepts only GET and HEAD outside the proxy', async () => {
    expect((await raw(port, '/sign-in', { method: 'POST', headers: { 'content-length': 0 } })).status).toBe(405);
    const head = await raw(port, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('tells the browser where to sign in and what the proxy reaches, and nothing more', async () => {
    const response = await raw(port, '/config.json');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body)).toEqual({
      identity: { v2: `${upstream.origin}/identity/v2.0`, v3: null },
      allowedOrigins: [upstream.origin],
      proxyPrefix: '/proxy/',
    });
  });

  it('proxies /proxy/ and answers /healthz', async () => {
    expect((await raw(port, `/proxy/http/127.0.0.1:${upstream.port}/v2`)).body).toBe('from upstream');
    expect((await raw(port, '/proxy/http/evil.test/')).status).toBe(403);
    expect((await raw(port, '/healthz')).body).toBe('ok\n');
  });
});

async function rawBuffer(path: string, acceptEncoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
