/**
 * HTTP/1.1 at the socket level, for the proxy's framing tests: a reader of message framing as a real server reads
 * it (Content-Length, chunked, several messages back to back on one connection), an upstream built on it that
 * records every request it parses, and a client that sends bytes exactly as written. Node's own http module
 * would repair or refuse some of these messages before they were sent, and hide how the bytes were framed.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export type Framing = 'none' | 'length' | 'chunked';

export interface RawMessage {
  startLine: string;
  /** Names lower-cased, in the order received, repeats kept. */
  headers: Array<[string, string]>;
  body: Buffer;
  framing: Framing;
}

export type ParseResult = { kind: 'message'; message: RawMessage; rest: Buffer } | { kind: 'incomplete' } | { kind: 'error'; reason: string };

export function headerValues(message: Pick<RawMessage, 'headers'>, name: string): string[] {
  return message.headers.filter(([key]) => key === name).map(([, value]) => value);
}

const CRLF = Buffer.from('\r\n');

/** Chunked content (RFC 9112 §7.1): sizes in hex with optional extensions, then trailers up to an empty line. */
function readChunked(data: Buffer, start: number): { body: Buffer; end: number } | 'incomplete' | 'error' {
  const parts: Buffer[] = [];
  let at = start;
  for (;;) {
    const lineEnd = data.indexOf(CRLF, at);
    if (lineEnd === -1) return 'incomplete';
    const sizeText = data.toString('latin1', at, lineEnd).split(';')[0]?.trim() ?? '';
    if (!/^[0-9a-f]+$/i.test(sizeText)) return 'error';
    const size = parseInt(sizeText, 16);
    at = lineEnd + 2;
    if (size === 0) break;
    if (data.length < at + size + 2) return 'incomplete';
    parts.push(data.subarray(at, at + size));
    if (!data.subarray(at + size, at + size + 2).equals(CRLF)) return 'error';
    at += size + 2;
  }
  for (;;) {
    const lineEnd = data.indexOf(CRLF, at);
    if (lineEnd === -1) return 'incomplete';
    const empty = lineEnd === at;
    at = lineEnd + 2;
    if (empty) return { body: Buffer.concat(parts), end: at };
  }
}

/**
 * Reads the message at the front of `data` and says how its body was framed. `noBody`: an answer to HEAD, which
 * has none whatever its headers say. A request with neither Content-Length nor Transfer-Encoding has no body.
 */
export function parseMessage(data: Buffer, noBody = false): ParseResult {
  const headEnd = data.indexOf('\r\n\r\n');
  if (headEnd === -1) return { kind: 'incomplete' };
  const [startLine = '', ...lines] = data.toString('latin1', 0, headEnd).split('\r\n');
  const headers: Array<[string, string]> = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0 || /\s/.test(line.slice(0, colon))) return { kind: 'error', reason: `bad header line ${JSON.stringify(line)}` };
    headers.push([line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()]);
  }
  const bodyStart = headEnd + 4;
  const shell = { startLine, headers };
  if (noBody) return { kind: 'message', message: { ...shell, body: Buffer.alloc(0), framing: 'none' }, rest: data.subarray(bodyStart) };

  const codings = headers.filter(([name]) => name === 'transfer-encoding').flatMap(([, value]) => value.split(','));
  const lengths = headers.filter(([name]) => name === 'content-length').map(([, value]) => value);
  if (codings.length > 0) {
    if (codings.at(-1)?.trim().toLowerCase() !== 'chunked') return { kind: 'error', reason: 'chunked is not the final transfer coding' };
    const chunked = readChunked(data, bodyStart);
    if (chunked === 'incomplete') return { kind: 'incomplete' };
    if (chunked === 'error') return { kind: 'error', reason: 'bad chunk' };
    return { kind: 'message', message: { ...shell, body: chunked.body, framing: 'chunked' }, rest: data.subarray(chunked.end) };
  }
  if (lengths.length > 0) {
    if (new Set(lengths).size > 1 || !/^\d+$/.test(lengths[0] ?? '')) return { kind: 'error', reason: 'bad Content-Length' };
    const end = bodyStart + Number(lengths[0]);
    if (data.length < end) return { kind: 'incomplete' };
    return { kind: 'message', message: { ...shell, body: data.subarray(bodyStart, end), framing: 'length' }, rest: data.subarray(end) };
  }
  return { kind: 'message', message: { ...shell, body: Buffer.alloc(0), framing: 'none' }, rest: data.subarray(bodyStart) };
}

export interface RecordedRequest {
  /** Which upstream connection it came on (1, 2, ...). */
  connection: number;
  method: string;
  /** Request line: `GET /v2/t1/servers HTTP/1.1`. */
  line: string;
  message: RawMessage;
}

export interface UpstreamAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
}

export interface UpstreamConnection {
  id: number;
  /** Every byte received, as latin1 text. */
  received: string;
  closed: boolean;
}

export interface RawUpstream {
  port: number;
  origin: string;
  requests: RecordedRequest[];
  connections: UpstreamConnection[];
  close(): Promise<void>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An upstream that answers requests one after another on each connection, keeps connections alive, and records
 * each request the moment it has parsed it (a request smuggled into another one's body is recorded too).
 * Unparsable bytes get a 400 and the connection is closed, as a real server does.
 */
export async function rawUpstream(answer: (request: RecordedRequest) => UpstreamAnswer): Promise<RawUpstream> {
  const requests: RecordedRequest[] = [];
  const connections: UpstreamConnection[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    const connection: UpstreamConnection = { id: connections.length + 1, received: '', closed: false };
    connections.push(connection);
    let buffer: Buffer = Buffer.alloc(0);
    let answering: Promise<void> = Promise.resolve();
    const send = (text: string) => {
      if (!socket.destroyed) socket.write(text);
    };
    socket.on('data', (data: Buffer) => {
      connection.received += data.toString('latin1');
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        const parsed = parseMessage(buffer);
        if (parsed.kind === 'incomplete') return;
        if (parsed.kind === 'error') {
          answering = answering.then(() => {
            send('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
            socket.end();
          });
          buffer = Buffer.alloc(0);
          return;
        }
        buffer = parsed.rest;
        const method = parsed.message.startLine.split(' ')[0] ?? '';
        const request: RecordedRequest = { connection: connection.id, method, line: parsed.message.startLine, message: parsed.message };
        requests.push(request);
        const reply = answer(request);
        answering = answering.then(async () => {
          if (reply.delayMs) await delay(reply.delayMs);
          const body = Buffer.from(reply.body ?? '');
          const head = [`HTTP/1.1 ${reply.status ?? 200} Answer`, `Content-Length: ${body.length}`];
          for (const [name, value] of Object.entries(reply.headers ?? {})) head.push(`${name}: ${value}`);
          send(`${head.join('\r\n')}\r\n\r\n`);
          if (method !== 'HEAD') socket.write(body);
        });
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      connection.closed = true;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    connections,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface RawAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: string;
  /** The body as received, after its framing is removed (still in any content coding). */
  bodyBytes: Buffer;
  framing: Framing;
}

const NO_ANSWER: RawAnswer = { status: 0, headers: [], body: '', bodyBytes: Buffer.alloc(0), framing: 'none' };

function toAnswer(message: RawMessage): RawAnswer {
  const { startLine, headers, body, framing } = message;
  return { status: Number(startLine.split(' ')[1]), headers, body: body.toString('utf8'), bodyBytes: body, framing };
}

/**
 * Opens one connection and has a conversation on it: writes the first request as it is, reads its answer, then the
 * next, and so on (status 0 for an answer the server closed the connection without, -1 for one it framed wrongly).
 * `head`: the requests are HEAD, so their answers have no body. The socket is destroyed once the last answer is read.
 */
export function rawConversation(port: number, requests: Array<string | Buffer>, options: { head?: boolean; timeoutMs?: number } = {}): Promise<RawAnswer[]> {
  return new Promise((resolve, reject) => {
    const answers: RawAnswer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(requests[0] ?? ''));
    let buffer: Buffer = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer in time'));
    }, options.timeoutMs ?? 5_000);
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      while (answers.length < requests.length) answers.push(NO_ANSWER);
      resolve(answers);
    };
    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        const parsed = parseMessage(buffer, options.head === true);
        if (parsed.kind === 'incomplete') return;
        if (parsed.kind === 'error') {
          answers.push({ ...NO_ANSWER, status: -1, body: parsed.reason });
          finish();
          return;
        }
        answers.push(toAnswer(parsed.message));
        buffer = parsed.rest;
        const next = requests[answers.length];
        if (next === undefined) {
          finish();
          return;
        }
        socket.write(next);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', finish);
  });
}

/**
 * Opens a connection, writes `bytes` as they are, and reads one answer (status 0 if the server closed without one).
 * `head`: the request is a HEAD, so the answer has no body. The socket is destroyed once the answer is read.
 */
export async function rawExchange(port: number, bytes: string | Buffer, options: { head?: boolean; timeoutMs?: number } = {}): Promise<RawAnswer> {
  const [answer] = await rawConversation(port, [bytes], options);
  return answer ?? NO_ANSWER;
}

/** A request as bytes: start line, `Host`, the given header lines, an empty line, then the body verbatim. */
export function requestBytes(method: string, target: string, headerLines: string[], body = '', version = 'HTTP/1.1'): string {
  return [`${method} ${target} ${version}`, 'Host: 127.0.0.1', ...headerLines, '', body].join('\r\n');
}

/** `text` as one chunk and the last chunk. */
export function chunked(text: string): string {
  return text === '' ? '0\r\n\r\n' : `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n0\r\n\r\n`;
}
