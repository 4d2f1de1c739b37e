/**
 * The simulated NHN Cloud (src/mocks) as a real HTTP server on 127.0.0.1, for live mode without an account,
 * the live-mode e2e test and real OpenStack clients (`npm run check:client`). Its own handlers answer through
 * MSW's `getResponse`; the catalog points every service back at this server's origin.
 * `/__sim/...` are test controls (tokens without credentials, failures, speed, reset). They exist only when the
 * process that starts the simulation asks for them (`controls`): a console whose proxy allowlists the simulation
 * must not become a way to mint tokens.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createSimulatedCloud, type SimulatedCloud } from '../../src/mocks/cloud';
import type { SimConfig, SimFailure } from '../../src/mocks/controls';
import { DEMO_PASSWORD, DEMO_TENANT_ID, DEMO_USER_NAME } from '../../src/mocks/seed/constants';

export const SIM_DEMO_ACCOUNT = { tenantId: DEMO_TENANT_ID, username: DEMO_USER_NAME, password: DEMO_PASSWORD } as const;

export interface SimServerOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  config?: Partial<SimConfig>;
  /** Serve the `/__sim/...` test controls (default: no; the paths are then unknown like any other). */
  controls?: boolean;
}

export interface SimServer {
  /** `http://127.0.0.1:<port>`: the base of every service, e.g. `${url}/identity/v2.0`. */
  readonly url: string;
  readonly cloud: SimulatedCloud;
  close(): Promise<void>;
}

const SKIPPED_REQUEST_HEADERS = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect']);
const MAX_BODY_BYTES = 4 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || SKIPPED_REQUEST_HEADERS.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  return new Request(`${origin}${req.url ?? '/'}`, { method, headers, body: body && body.length > 0 ? new Uint8Array(body) : undefined });
}

async function writeResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  // HttpResponse.error(): the simulated cloud drops the connection (a network failure for the client).
  if (response.type === 'error') {
    res.socket?.destroy();
    return;
  }
  const body = method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'transfer-encoding') headers[name] = value;
  });
  res.writeHead(response.status, { ...headers, 'content-length': body.length });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function control(req: IncomingMessage, res: ServerResponse, cloud: SimulatedCloud): Promise<void> {
  const path = (req.url ?? '').split('?')[0];
  const raw = req.method === 'POST' ? (await readBody(req)).toString('utf8') : '';
  const body = (raw.trim() === '' ? {} : JSON.parse(raw)) as Record<string, unknown>;
  const { controls } = cloud;
  if (req.method === 'GET' && path === '/__sim/config') return json(res, 200, controls.getConfig());
  if (req.method !== 'POST') return json(res, 405, { message: 'POST only' });
  switch (path) {
    case '/__sim/config':
      controls.setConfig(body);
      return json(res, 200, controls.getConfig());
    case '/__sim/reset':
      cloud.reset({ keepTokens: body.keepTokens !== false });
      return json(res, 200, { reset: true });
    case '/__sim/tokens/expire':
      controls.expireTokens();
      return json(res, 200, { expired: true });
    case '/__sim/tokens/revoke':
      if (typeof body.token !== 'string') return json(res, 400, { message: 'token (string) is required' });
      controls.revokeToken(body.token);
      return json(res, 200, { revoked: true });
    case '/__sim/tokens/issue':
      return json(res, 200, { token: cloud.issueToken(typeof body.ttlMs === 'number' ? { ttlMs: body.ttlMs } : {}) });
    case '/__sim/fail-next':
      controls.failNext(body as unknown as SimFailure);
      return json(res, 200, { queued: true });
    default:
      return json(res, 404, { message: `No control at ${path}` });
  }
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startSimServer(options: SimServerOptions = {}): Promise<SimServer> {
  const host = options.host ?? '127.0.0.1';
  let cloud: SimulatedCloud | null = null;
  let origin = '';
  const server = createServer((req, res) => {
    const current = cloud;
    if (current === null) return json(res, 503, { message: 'starting' });
    const handle = options.controls === true && req.url?.startsWith('/__sim/')
      ? control(req, res, current)
      : toRequest(req, origin)
          .then((request) => getResponse(current.handlers, request))
          .then((response) => (response ? writeResponse(res, response, req.method ?? 'GET') : json(res, 404, { itemNotFound: { code: 404, message: 'The resource could not be found.' } })));
    handle.catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { computeFault: { code: 500, message: error instanceof Error ? error.message : 'failed' } });
      else res.destroy();
    });
  });
  const address = await listen(server, options.port ?? 0, host);
  origin = `http://${host}:${address.port}`;
  cloud = createSimulatedCloud({ baseUrl: origin, config: options.config });
  return {
    url: origin,
    cloud,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
