/**
 * The proxy compresses uncompressed JSON and text answers, tried at the socket level through the production server:
 * what it leaves alone, that the framing stays right on a kept-alive connection, and that the cap, a client that
 * leaves and an upstream that fails behave as they do for an answer passed as it came.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { createConsoleServer } from './console-server.js';
import { listen, listenOn, type Listening, raw, withoutMsw } from './test-http.js';
import { headerValues, parseMessage, rawConversation, requestBytes } from './test-raw-http.js';

withoutMsw();

const MAX_RESPONSE = 4 * 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'proxy-compression-'));
let upstream: Listening;
let reply: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
let server: Listening;
let port = 0;
const logs: string[] = [];

beforeAll(async () => {
  upstream = await listen((req, res) => reply(req, res));
  const config = readConfig({
    STATIC_DIR: work,
    PROXY_ALLOWED_HOSTS: upstream.origin,
    IDENTITY_URL: `${upstream.origin}/identity/v2.0`,
    PROXY_MAX_RESPONSE_BYTES: String(MAX_RESPONSE),
    PROXY_TIMEOUT_MS: '5000',
  });
  server = await listenOn(createConsoleServer(config, (line) => logs.push(line)));
  port = server.port;
});

afterEach(() => {
  logs.length = 0;
  reply = (_req, res) => res.end();
});

afterAll(async () => {
  await server.close();
  await upstream.close();
  rmSync(work, { recursive: true, force: true });
});

const via = (path: string) => `/proxy/http/127.0.0.1:${upstream.port}${path}`;
const serverList = (count: number) =>
  JSON.stringify({ servers: Array.from({ length: count }, (_, index) => ({ id: `server-${index}`, name: `web-${index}`, status: 'ACTIVE' })) });
/** JSON that does not compress to almost nothing, so that coded bytes flow while it streams. */
const noisyJson = (bytes: number) => `"${randomBytes(bytes / 2).toString('hex')}",`;

function answerWith(status: number, headers: Record<string, string>, body: string | Buffer = ''): void {
  reply = (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

describe('on a kept-alive connection', () => {
  it('frames a compressed answer so that the next answer on the connection reads right', async () => {
    const list = serverList(400);
    reply = (req, res) => {
      const body = req.url?.endsWith('/detail') ? list : '{"flavors":[]}';
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
      res.end(body);
    };
    const [first, second] = await rawConversation(port, [
      requestBytes('GET', via('/v2/t1/servers/detail'), ['Accept-Encoding: gzip, deflate, br']),
      requestBytes('GET', via('/v2/t1/flavors'), ['Accept-Encoding: gzip, deflate, br']),
    ]);
    if (first === undefined || second === undefined) throw new Error('two answers expected');
    expect(first).toMatchObject({ status: 200, framing: 'chunked' });
    expect(headerValues(first, 'content-encoding')).toEqual(['br']);
    expect(headerValues(first, 'content-length')).toEqual([]);
    expect(brotliDecompressSync(first.bodyBytes).toString('utf8')).toBe(list);
    expect(second).toMatchObject({ status: 200, body: '{"flavors":[]}', framing: 'length' });
    expect(headerValues(second, 'content-encoding')).toEqual([]);
  });
});

describe('what passes as it came', () => {
  const list = serverList(400);
  const json = { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(list)) };

  it.each([
    ['no Accept-Encoding', {}],
    ['an Accept-Encoding with neither br nor gzip', { 'Accept-Encoding': 'deflate, zstd' }],
    ['br;q=0, gzip;q=0', { 'Accept-Encoding': 'br;q=0, gzip;q=0' }],
  ])('an answer to a client that sends %s', async (_case, headers: Record<string, string>) => {
    answerWith(200, json, list);
    const response = await raw(port, via('/v2/t1/servers/detail'), { headers });
    expect(response.headers).not.toHaveProperty('content-encoding');
    expect(response.headers['content-length']).toBe(json['Content-Length']);
    expect(response.body).toBe(list);
  });

  it('the answer to HEAD', async () => {
    answerWith(200, json, list);
    const response = await raw(port, via('/v2/t1/servers/detail'), { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers).not.toHaveProperty('content-encoding');
    expect(response.headers['content-length']).toBe(json['Content-Length']);
  });

  it.each([204, 304])('a %i', async (status) => {
    answerWith(status, { 'Content-Type': 'application/json' });
    const response = await raw(port, via('/v2/t1/servers/s1'), { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.status).toBe(status);
    expect(response.headers).not.toHaveProperty('content-encoding');
    expect(response.body).toBe('');
  });

  it('a body under 1024 bytes', async () => {
    const small = JSON.stringify({ server: { id: 's1', name: 'x'.repeat(980) } });
    expect(Buffer.byteLength(small)).toBeLessThan(1024);
    answerWith(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(small)) }, small);
    const response = await raw(port, via('/v2/t1/servers/s1'), { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.headers).not.toHaveProperty('content-encoding');
    expect(response.body).toBe(small);
  });

  it("an answer the upstream compressed itself, byte for byte, with the client's Accept-Encoding forwarded", async () => {
    const coded = gzipSync(list);
    let forwarded: string | undefined;
    reply = (req, res) => {
      forwarded = req.headers['accept-encoding'];
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': String(coded.length) });
      res.end(coded);
    };
    const response = await raw(port, via('/v2/t1/servers/detail'), { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(forwarded).toBe('gzip, deflate, br');
    expect(response.headers).toMatchObject({ 'content-encoding': 'gzip', 'content-length': String(coded.length) });
    expect(response.bytes.equals(coded)).toBe(true);
    expect(gunzipSync(response.bytes).toString('utf8')).toBe(list);
  });

  it('a part of a representation (206 with Content-Range)', async () => {
    const part = list.slice(0, 2000);
    answerWith(206, { 'Content-Type': 'application/json', 'Content-Range': `bytes 0-1999/${list.length}`, 'Content-Length': '2000' }, part);
    const response = await raw(port, via('/v2/images/i1/file'), { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.status).toBe(206);
    expect(response.headers).not.toHaveProperty('content-encoding');
    expect(response.headers['content-range']).toBe(`bytes 0-1999/${list.length}`);
    expect(response.body).toBe(part);
  });

  it('a type that is not data, passed as application/octet-stream', async () => {
    const page = `<html><body>${'<p>nginx</p>'.repeat(200)}</body></html>`;
    answerWith(502, { 'Content-Type': 'text/html' }, page);
    const response = await raw(port, via('/v2/t1/servers/detail'), { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers).not.toHaveProperty('content-encoding');
    expect(response.body).toBe(page);
  });
});

/** Sends a request on a raw socket and reads everything until the server closes the connection. */
function readUntilClosed(bytes: string, timeoutMs = 10_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the connection stayed open'));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
  });
}

describe('limits and failures, compressed', () => {
  it('cuts a 10 MB streamed answer at the cap, counting the bytes before coding, and ends the connection', async () => {
    const piece = noisyJson(64 * 1024);
    reply = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      let sent = 0;
      const more = () => {
        while (sent < 10 * 1024 * 1024 && !res.destroyed) {
          sent += piece.length;
          if (!res.write(piece)) return void res.once('drain', more);
        }
        if (!res.destroyed) res.end();
      };
      more();
    };
    const received = await readUntilClosed(requestBytes('GET', via('/v2/t1/servers/detail'), ['Accept-Encoding: br']));
    const head = received.toString('latin1', 0, received.indexOf('\r\n\r\n'));
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    expect(head).toMatch(/\r\ncontent-encoding: br\r\n/i);
    // The chunked body never ends: the client cannot take a cut answer for a whole one.
    expect(parseMessage(received).kind).toBe('incomplete');
    await expect.poll(() => logs.some((line) => line.includes(`→ 200 cut at ${MAX_RESPONSE} bytes`))).toBe(true);
  });

  it('destroys the upstream request when the client leaves in the middle of a compressed body', async () => {
    let upstreamClosedEarly: Promise<boolean> = Promise.resolve(false);
    reply = (_req, res) => {
      upstreamClosedEarly = new Promise((resolve) => res.on('close', () => resolve(!res.writableFinished)));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      // Enough to get coded bytes to the client; the rest never comes.
      res.write(`[${noisyJson(512 * 1024)}`);
    };
    const head = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(requestBytes('GET', via('/v2/t1/servers/detail'), ['Accept-Encoding: br'])));
      let received = '';
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('latin1');
        const headEnd = received.indexOf('\r\n\r\n');
        // Leaves once the first coded bytes have come.
        if (headEnd !== -1 && received.length > headEnd + 4) {
          socket.destroy();
          resolve(received.slice(0, headEnd));
        }
      });
      socket.on('error', () => undefined);
    });
    expect(head).toMatch(/\r\ncontent-encoding: br(\r\n|$)/i);
    expect(await upstreamClosedEarly).toBe(true);
    await expect.poll(() => logs.some((line) => line.includes('/v2/t1/servers/detail → 200'))).toBe(true);
  });

  it('ends the connection when the upstream fails in the middle of a compressed body', async () => {
    reply = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write(`[${noisyJson(256 * 1024)}`, () => setTimeout(() => res.destroy(), 20));
    };
    const received = await readUntilClosed(requestBytes('GET', via('/v2/t1/servers/detail'), ['Accept-Encoding: gzip']));
    expect(received.toString('latin1')).toMatch(/\r\ncontent-encoding: gzip\r\n/i);
    expect(parseMessage(received).kind).toBe('incomplete');
  });
});
