import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { createConsoleServer } from './console-server.js';
import { acceptsHost, isOwnOrigin, parsePublicOrigins } from './public-origins.js';
import { listen, listenOn, type Listening, withoutMsw } from './test-http.js';
import { rawExchange } from './test-raw-http.js';

withoutMsw();

const work = mkdtempSync(join(tmpdir(), 'public-origins-'));
let server: Listening;
let port = 0;
let upstream: Listening;
let upstreamHits = 0;

beforeAll(async () => {
  mkdirSync(join(work, 'assets'), { recursive: true });
  writeFileSync(join(work, 'index.html'), '<!doctype html><title>Instance Console</title>');
  upstream = await listen((_req, res) => {
    upstreamHits += 1;
    res.end('from upstream');
  });
  const config = readConfig({ STATIC_DIR: work, PROXY_ALLOWED_HOSTS: upstream.origin, IDENTITY_URL: `${upstream.origin}/identity/v2.0`, PUBLIC_ORIGINS: 'https://console.example.com, http://ops.example.com:8080' });
  server = await listenOn(createConsoleServer(config, null));
  port = server.port;
});

afterAll(async () => {
  await server.close();
  await upstream.close();
  rmSync(work, { recursive: true, force: true });
});

function get(path: string, headerLines: string[]): Promise<{ status: number; body: string }> {
  return rawExchange(port, [`GET ${path} HTTP/1.1`, ...headerLines, 'Connection: close', '', ''].join('\r\n'));
}

describe('the names the console answers to', () => {
  it('answers its public origins, addresses typed as digits and localhost', async () => {
    const accepted = [
      'console.example.com',
      'CONSOLE.Example.com',
      'ops.example.com:8080',
      `127.0.0.1:${port}`,
      '127.0.0.1',
      '10.1.2.3:80',
      `[::1]:${port}`,
      `localhost:${port}`,
      'LocalHost',
    ];
    const statuses = await Promise.all(accepted.map(async (host) => [host, (await get('/healthz', [`Host: ${host}`])).status] as const));
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  });

  it('answers 421 to any other name, on the app, /config.json and the proxy alike (DNS rebinding)', async () => {
    const refused = [
      'evil.test',
      `evil.test:${port}`,
      'console.example.com.evil.test',
      'console.example.com:8443',
      'ops.example.com',
      'example.com',
      'localhost.evil.test',
      '127.0.0.1.nip.io',
      '',
    ];
    const paths = ['/', '/config.json', '/healthz', `/proxy/http/127.0.0.1:${upstream.port}/v2`];
    for (const path of paths) {
      const statuses = await Promise.all(refused.map(async (host) => [host, (await get(path, [`Host: ${host}`])).status] as const));
      expect(statuses.filter(([, status]) => status !== 421), path).toEqual([]);
    }
    const answer = await get('/', ['Host: evil.test']);
    expect(answer.body).toContain('PUBLIC_ORIGINS');
    expect(answer.body).not.toContain('<title>');
    expect(upstreamHits).toBe(0);
  });

  it('refuses a request without Host (HTTP/1.0) and one that names Host twice', async () => {
    expect((await rawExchange(port, 'GET / HTTP/1.0\r\n\r\n')).status).toBe(421);
    const twice = await get(`/proxy/http/127.0.0.1:${upstream.port}/v2`, [`Host: 127.0.0.1:${port}`, 'Host: evil.test']);
    expect(twice.status).toBe(400);
    expect(upstreamHits).toBe(0);
  });
});

describe('PUBLIC_ORIGINS', () => {
  it('reads origins as a browser writes them: lower case, no default port', () => {
    expect(parsePublicOrigins(' HTTPS://Console.Example.COM:443/ , http://10.0.0.5:8080')).toEqual(['https://console.example.com', 'http://10.0.0.5:8080']);
    expect(parsePublicOrigins(undefined)).toEqual([]);
    expect(parsePublicOrigins(' , ')).toEqual([]);
  });

  it.each(['console.example.com', 'ftp://console.example.com', 'https://console.example.com/app', 'https://user@console.example.com', 'https://console.example.com?x=1', 'https://'])(
    'stops the server at start for %s',
    (entry) => {
      expect(() => readConfig({ PUBLIC_ORIGINS: entry })).toThrow(/PUBLIC_ORIGINS/);
    },
  );
});

describe('isOwnOrigin and acceptsHost', () => {
  const policy = { publicOrigins: ['https://console.example.com'], listenHost: 'console.internal' };

  it.each([
    ['https://console.example.com', '127.0.0.1:8080', true],
    ['HTTPS://CONSOLE.EXAMPLE.COM:443', '127.0.0.1:8080', true],
    ['http://127.0.0.1:8080', '127.0.0.1:8080', true],
    ['http://localhost:8080', 'LOCALHOST:8080', true],
    ['http://127.0.0.1:8081', '127.0.0.1:8080', false],
    ['https://evil.test', '127.0.0.1:8080', false],
    ['https://console.example.com.evil.test', '127.0.0.1:8080', false],
    ['null', '127.0.0.1:8080', false],
    ['https://console.example.com, https://evil.test', '127.0.0.1:8080', false],
    ['', '127.0.0.1:8080', false],
  ])('Origin %j with Host %j is own: %s', (origin, host, own) => {
    expect(isOwnOrigin(policy, origin, host)).toBe(own);
  });

  it('takes the listening name at its own port only', () => {
    expect(acceptsHost(policy, 'console.internal:8080', 8080)).toBe(true);
    expect(acceptsHost(policy, 'console.internal:9090', 8080)).toBe(false);
    expect(acceptsHost(policy, 'console.internal@evil.test', 8080)).toBe(false);
    expect(acceptsHost(policy, undefined, 8080)).toBe(false);
  });
});
