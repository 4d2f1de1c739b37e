/**
 * Request smuggling through the proxy, tried at the socket level: a raw client sends bytes exactly as written to the
 * console server, and a raw upstream parses HTTP/1.1 framing as a real server does and records every request it
 * finds. Each client request must reach the upstream as exactly one request (or none, when refused), and each
 * client must get its own answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { createConsoleServer } from './console-server.js';
import { chunked, headerValues, type RawUpstream, rawExchange, rawUpstream, requestBytes, type Framing } from './test-raw-http.js';
import { listenOn, type Listening, withoutMsw } from './test-http.js';

withoutMsw();

const MAX_BODY = 4096;
/** What an attacker hides in a body: a request of its own, which the proxy would never log. */
const SMUGGLED = 'DELETE /v2/t1/servers/victim HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n';
const length = (text: string) => Buffer.byteLength(text);

const work = mkdtempSync(join(tmpdir(), 'proxy-framing-'));
let upstream: RawUpstream;
let earlyAnswers: { port: number; origin: string; connections: Array<{ closed: boolean }>; close(): Promise<void> };
let server: Listening;
let port = 0;
const logs: string[] = [];

/** An upstream that answers as soon as a request starts, before its body has arrived (as some servers do on errors). */
async function earlyAnswerUpstream(): Promise<typeof earlyAnswers> {
  const connections: Array<{ closed: boolean }> = [];
  const sockets = new Set<net.Socket>();
  const tcp = net.createServer((socket) => {
    const connection = { closed: false };
    connections.push(connection);
    sockets.add(socket);
    socket.once('data', () => socket.write('HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}'));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      connection.closed = true;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const tcpPort = (tcp.address() as AddressInfo).port;
  return {
    port: tcpPort,
    origin: `http://127.0.0.1:${tcpPort}`,
    connections,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        tcp.close(() => resolve());
      }),
  };
}

beforeAll(async () => {
  upstream = await rawUpstream((request) => ({
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ line: request.line, token: headerValues(request.message, 'x-auth-token')[0] ?? null }),
    delayMs: request.line.includes('/slow') ? 300 : 0,
  }));
  earlyAnswers = await earlyAnswerUpstream();
  const config = readConfig({
    STATIC_DIR: work,
    PROXY_ALLOWED_HOSTS: `${upstream.origin} ${earlyAnswers.origin}`,
    IDENTITY_URL: `${upstream.origin}/identity/v2.0`,
    PROXY_MAX_BODY_BYTES: String(MAX_BODY),
    PROXY_TIMEOUT_MS: '5000',
  });
  server = await listenOn(createConsoleServer(config, (line) => logs.push(line)));
  port = server.port;
});

beforeEach(() => {
  upstream.requests.length = 0;
  logs.length = 0;
});

afterAll(async () => {
  await server.close();
  await Promise.all([upstream.close(), earlyAnswers.close()]);
  rmSync(work, { recursive: true, force: true });
});

const via = (path: string) => `/proxy/http/127.0.0.1:${upstream.port}${path}`;
/** Long enough for bytes the proxy wrote after an answer to reach the upstream and be parsed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

interface Variant {
  name: string;
  headers: string[];
  body: string;
  /**
   * How the upstream must receive the body when the proxy forwards it (always with a Content-Length: real Nova
   * reads a chunked body as empty); null: the proxy refuses the request.
   */
  forwarded: { framing: Framing; body: string } | null;
  version?: string;
}

const chunkedHeader = ['Transfer-Encoding: chunked'];
const teVariant = (name: string, headers: string[], forwarded: boolean): Variant => ({
  name,
  headers,
  body: chunked(SMUGGLED),
  forwarded: forwarded ? { framing: 'length', body: SMUGGLED } : null,
});

const VARIANTS: Variant[] = [
  { name: 'no body', headers: [], body: '', forwarded: { framing: 'none', body: '' } },
  { name: 'Content-Length: 0', headers: ['Content-Length: 0'], body: '', forwarded: { framing: 'none', body: '' } },
  { name: 'Content-Length', headers: [`Content-Length: ${length(SMUGGLED)}`], body: SMUGGLED, forwarded: { framing: 'length', body: SMUGGLED } },
  teVariant('Transfer-Encoding: chunked', chunkedHeader, true),
  teVariant('"chunked " (trailing space)', ['Transfer-Encoding: chunked '], true),
  teVariant('"   chunked" (leading spaces)', ['Transfer-Encoding:   chunked'], true),
  teVariant('a tab before chunked', ['Transfer-Encoding:\tchunked'], true),
  {
    name: 'chunk extensions and a trailer',
    headers: chunkedHeader,
    body: `${length(SMUGGLED).toString(16)};ext=1\r\n${SMUGGLED}\r\n0\r\nX-Trailer: 1\r\n\r\n`,
    forwarded: { framing: 'length', body: SMUGGLED },
  },
  {
    name: 'a chunk whose data looks like the last chunk and a request',
    headers: chunkedHeader,
    body: chunked(`x\r\n0\r\n\r\n${SMUGGLED}`),
    forwarded: { framing: 'length', body: `x\r\n0\r\n\r\n${SMUGGLED}` },
  },
  teVariant('Content-Length and Transfer-Encoding', [`Content-Length: ${length(SMUGGLED)}`, 'Transfer-Encoding: chunked'], false),
  teVariant('Transfer-Encoding and Content-Length', ['Transfer-Encoding: chunked', 'Content-Length: 5'], false),
  teVariant('Transfer-Encoding: Chunked', ['Transfer-Encoding: Chunked'], false),
  teVariant('Transfer-Encoding: CHUNKED', ['Transfer-Encoding: CHUNKED'], false),
  teVariant('Transfer-Encoding: gzip, chunked', ['Transfer-Encoding: gzip, chunked'], false),
  teVariant('Transfer-Encoding: chunked, gzip', ['Transfer-Encoding: chunked, gzip'], false),
  teVariant('Transfer-Encoding: chunked, chunked', ['Transfer-Encoding: chunked, chunked'], false),
  teVariant('Transfer-Encoding: identity', ['Transfer-Encoding: identity'], false),
  teVariant('Transfer-Encoding: xchunked', ['Transfer-Encoding: xchunked'], false),
  teVariant('two Transfer-Encoding: chunked headers', ['Transfer-Encoding: chunked', 'Transfer-Encoding: chunked'], false),
  teVariant('Transfer-Encoding: gzip, then Transfer-Encoding: chunked', ['Transfer-Encoding: gzip', 'Transfer-Encoding: chunked'], false),
  teVariant('a space before the colon', ['Transfer-Encoding : chunked'], false),
  teVariant('a folded Transfer-Encoding', ['Transfer-Encoding:', ' chunked'], false),
  { ...teVariant('Transfer-Encoding in HTTP/1.0', chunkedHeader, false), version: 'HTTP/1.0' },
  { name: 'two equal Content-Length headers', headers: ['Content-Length: 5', 'Content-Length: 5'], body: 'hello', forwarded: null },
  { name: 'two different Content-Length headers', headers: ['Content-Length: 5', 'Content-Length: 3'], body: 'hello', forwarded: null },
  { name: 'Content-Length: 5, 5', headers: ['Content-Length: 5, 5'], body: 'hello', forwarded: null },
  { name: 'Content-Length: +5', headers: ['Content-Length: +5'], body: 'hello', forwarded: null },
];

const BODILESS = ['GET', 'HEAD', 'DELETE'];
const METHODS = [...BODILESS, 'POST', 'PUT', 'PATCH'];
const CASES = METHODS.flatMap((method) => VARIANTS.map((variant) => [method, variant.name, variant] as const));

/** What the upstream must see: bodiless methods forward no body at all, the others an explicit framing. */
function expectedForward(method: string, variant: Variant): Variant['forwarded'] {
  if (variant.forwarded === null) return null;
  if (BODILESS.includes(method)) return variant.forwarded.framing === 'none' ? variant.forwarded : null;
  return variant.forwarded.framing === 'none' ? { framing: 'length', body: '' } : variant.forwarded;
}

describe('every method with every framing', () => {
  it.each(CASES)('%s with %s', async (method, _name, variant) => {
    const bytes = requestBytes(method, via('/v2/t1/things'), ['X-Auth-Token: user-token', ...variant.headers], variant.body, variant.version);
    const answer = await rawExchange(port, bytes, { head: method === 'HEAD' });
    await settle();
    const expected = expectedForward(method, variant);
    if (expected === null) {
      expect(answer.status).toBe(400);
      expect(upstream.requests.map((request) => request.line)).toEqual([]);
      return;
    }
    expect(answer.status).toBe(200);
    expect(upstream.requests.map((request) => request.line)).toEqual([`${method} /v2/t1/things HTTP/1.1`]);
    const [forwarded] = upstream.requests;
    expect(forwarded?.message.framing).toBe(expected.framing);
    expect(forwarded?.message.body.toString('latin1')).toBe(expected.body);
    // The request the upstream saw is the one the proxy logged.
    await expect.poll(() => logs.filter((line) => line.startsWith(`proxy ${method} ${upstream.origin}/v2/t1/things → 200`))).toHaveLength(1);
  });
});

describe('answers go to the client that asked', () => {
  it('gives concurrent clients their own answers from a slow upstream', async () => {
    const paths = ['/slow/a', '/slow/b', '/slow/c'];
    const answers = await Promise.all([
      rawExchange(port, requestBytes('POST', via(paths[0] ?? ''), chunkedHeader, chunked('{"a":1}'))),
      rawExchange(port, requestBytes('PUT', via(paths[1] ?? ''), ['Content-Length: 7'], '{"b":2}')),
      rawExchange(port, requestBytes('GET', via(paths[2] ?? ''), ['X-Auth-Token: c-token'])),
    ]);
    expect(answers.map((answer) => (JSON.parse(answer.body) as { line: string }).line)).toEqual([
      'POST /slow/a HTTP/1.1',
      'PUT /slow/b HTTP/1.1',
      'GET /slow/c HTTP/1.1',
    ]);
    expect(upstream.requests).toHaveLength(3);
  });

  it("never hands a request smuggled by one client to the next client's request", async () => {
    const hidden = 'GET /v2/t1/os-keypairs/slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: victim-token\r\n\r\n';
    const attacker = await rawExchange(port, requestBytes('GET', via('/slow/first'), chunkedHeader, chunked(hidden)));
    const next = await rawExchange(port, requestBytes('GET', via('/v2/t1/os-keypairs'), []));
    expect(JSON.parse(next.body)).toEqual({ line: 'GET /v2/t1/os-keypairs HTTP/1.1', token: null });
    expect(attacker.status).toBe(400);
    await settle();
    expect(upstream.requests.map((request) => request.line)).toEqual(['GET /v2/t1/os-keypairs HTTP/1.1']);
  });
});

/** A client that sends the start of a request and can then leave. */
function partialRequest(bytes: string): Promise<{ socket: net.Socket; answer: Promise<string> }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(bytes);
      const answer = new Promise<string>((done) => {
        let text = '';
        socket.on('data', (data: Buffer) => {
          text += data.toString('latin1');
          if (text.includes('\r\n\r\n')) done(text);
        });
        socket.on('close', () => done(text));
      });
      resolve({ socket, answer });
    });
    socket.on('error', () => undefined);
  });
}

describe('an upstream connection is never reused after a body that did not arrive whole', () => {
  it('closes the upstream connection when the client leaves in the middle of a body', async () => {
    const client = await partialRequest(requestBytes('POST', via('/v2/t1/partial'), ['Content-Length: 100'], 'only ten b'));
    await expect.poll(() => upstream.connections.find((connection) => connection.received.includes('POST /v2/t1/partial'))).toBeDefined();
    const used = upstream.connections.find((connection) => connection.received.includes('POST /v2/t1/partial'));
    client.socket.destroy();
    await expect.poll(() => used?.closed).toBe(true);

    const after = await rawExchange(port, requestBytes('GET', via('/v2/t1/after'), []));
    expect(JSON.parse(after.body)).toMatchObject({ line: 'GET /v2/t1/after HTTP/1.1' });
    expect(upstream.requests.map((request) => request.line)).toEqual(['GET /v2/t1/after HTTP/1.1']);
    expect(upstream.requests[0]?.connection).not.toBe(used?.id);
  });

  it('closes the upstream connection when the upstream answered early and the client then left mid-body', async () => {
    const before = earlyAnswers.connections.length;
    const client = await partialRequest(requestBytes('POST', `/proxy/http/127.0.0.1:${earlyAnswers.port}/v3/auth/tokens`, ['Content-Length: 100'], '{"auth":'));
    expect(await client.answer).toMatch(/^HTTP\/1\.1 401 /);
    client.socket.destroy();
    expect(earlyAnswers.connections.length).toBe(before + 1);
    await expect.poll(() => earlyAnswers.connections.at(-1)?.closed, { timeout: 2_000 }).toBe(true);
  });

  it('sends nothing upstream of a chunked body the client never finishes', async () => {
    const client = await partialRequest(requestBytes('POST', via('/v2/t1/unfinished'), chunkedHeader, `20\r\n${'y'.repeat(16)}`));
    await settle();
    client.socket.destroy();
    await settle();
    expect(upstream.connections.filter((connection) => connection.received.includes('/v2/t1/unfinished'))).toEqual([]);
    expect(upstream.requests).toEqual([]);
  });

  it('answers 413 to a chunked body that grows past the cap, and the upstream hears nothing of it', async () => {
    const client = await partialRequest(requestBytes('POST', via('/v2/t1/big'), chunkedHeader, `${(MAX_BODY * 2).toString(16)}\r\n${'x'.repeat(MAX_BODY * 2)}`));
    expect(await client.answer).toMatch(/^HTTP\/1\.1 413 /);
    client.socket.destroy();
    await settle();
    expect(upstream.connections.filter((connection) => connection.received.includes('/v2/t1/big'))).toEqual([]);
    expect(upstream.requests).toEqual([]);
  });

  it('keeps reusing an upstream connection after well-framed requests', async () => {
    await rawExchange(port, requestBytes('POST', via('/v2/t1/one'), ['Content-Length: 2'], '{}'));
    await rawExchange(port, requestBytes('POST', via('/v2/t1/two'), chunkedHeader, chunked('{}')));
    await rawExchange(port, requestBytes('GET', via('/v2/t1/three'), []));
    const [first, ...others] = upstream.requests.map((request) => request.connection);
    expect(others).toEqual([first, first]);
  });
});
