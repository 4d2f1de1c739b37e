/**
 * Test helpers for the servers: real sockets on 127.0.0.1, raw request targets (fetch would normalise `..`
 * and encoded characters away before the proxy ever saw them), and MSW switched off so nothing intercepts.
 */
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { server as mswServer } from '../src/test/msw-server.js';

/** The Vitest set-up intercepts Node's http module with MSW; these tests need the real one. */
export function withoutMsw(): void {
  beforeAll(() => mswServer.close());
  afterAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
}

export interface Listening {
  server: Server;
  port: number;
  origin: string;
  close(): Promise<void>;
}

export function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Listening> {
  return listenOn(createServer(handler));
}

/** `server` (a plain handler's, or the console's own: createConsoleServer) on a free port of 127.0.0.1. */
export async function listenOn(server: Server): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const probe = await listen(() => undefined);
  await probe.close();
  return probe.port;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body as received (still in any content coding). */
  bytes: Buffer;
}

export interface RawOptions {
  method?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** Sends `path` byte for byte (no normalisation) and reads the whole answer. */
export function raw(port: number, path: string, options: RawOptions = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export function errorMessage(response: RawResponse): string {
  return (JSON.parse(response.body) as { error: { message: string } }).error.message;
}
