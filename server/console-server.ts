/** The production server: the built app, `/config.json`, `/healthz` and the proxy, behind strict security headers. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { publicConfig, type ServerConfig } from './config.js';
import { createProxyHandler } from './proxy.js';
import { PROXY_PREFIX } from './proxy-target.js';
import { acceptsHost } from './public-origins.js';
import { duplicatedHeader } from './request-checks.js';
import { setSecurityHeaders } from './security-headers.js';
import { createStaticHandler } from './static-files.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

/** The parts the Vite dev and preview servers share with production: `/config.json` and `/proxy/`. */
export function createApiHandler(config: ServerConfig, log: ((line: string) => void) | null): (req: IncomingMessage, res: ServerResponse) => boolean {
  const proxy = createProxyHandler({ ...config, log: config.logRequests ? log : null });
  const configBody = publicConfig(config);
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.url?.startsWith(PROXY_PREFIX)) {
      proxy(req, res);
      return true;
    }
    if (path === '/config.json') {
      if (req.method === 'GET' || req.method === 'HEAD') sendJson(res, 200, configBody);
      else sendJson(res, 405, { error: { code: 405, title: 'Method Not Allowed', message: 'GET only.' } });
      return true;
    }
    return false;
  };
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
  res.end(`${message}\n`);
}

export function createConsoleServer(config: ServerConfig, log: ((line: string) => void) | null = console.log): Server {
  const api = createApiHandler(config, log);
  const files: Handler = createStaticHandler(config.staticDir, { serveSourceMaps: config.serveSourceMaps });
  const hosts = { publicOrigins: config.publicOrigins, listenHost: config.host };
  const server = createServer((req, res) => {
    setSecurityHeaders(res);
    const duplicated = duplicatedHeader(req);
    if (duplicated !== null) {
      refuse(res, 400, `The request names ${duplicated} more than once.`);
      return;
    }
    if (!acceptsHost(hosts, req.headers.host, req.socket.localPort ?? config.port)) {
      // 421: this server is not the one the name belongs to; a page of another site cannot reach it by rebinding.
      refuse(res, 421, 'This console does not answer to that name. Its operator lists the names it answers to in PUBLIC_ORIGINS.');
      return;
    }
    if (api(req, res)) return;
    if (req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('ok\n');
      return;
    }
    files(req, res);
  });
  // Slow clients must not hold connections forever; the proxy's own timeout covers the upstream side.
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  return server;
}
