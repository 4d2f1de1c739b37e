import type { IncomingMessage, ServerResponse } from 'node:http';
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAllowlist } from './allowlist.js';
import { createProxyHandler, type ProxyOptions } from './proxy.js';
import { closedPort, errorMessage, listen, type Listening, raw, withoutMsw } from './test-http.js';
import { rawExchange, requestBytes } from './test-raw-http.js';

withoutMsw();

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type UpstreamHandler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

let upstream: Listening;
let elsewhere: Listening;
let proxy: Listening;
let seen: Seen[] = [];
let elsewhereHits = 0;
let reply: UpstreamHandler = (_req, res) => res.end('ok');
const logs: string[] = [];
const TOKEN = 'gAAAAA-secret-token-value';

function proxyOptions(): ProxyOptions {
  return {
    allowlist: parseAllowlist(`${upstream.origin}, http://*.example.test:${upstream.port}`),
    publicOrigins: ['https://console.example.com'],
    host: '127.0.0.1',
    timeoutMs: 400,
    maxRequestBytes: 64 * 1024,
    maxResponseBytes: 256 * 1024,
    log: (line) => logs.push(line),
  };
}

beforeAll(async () => {
  upstream = await listen((req, res) => {
    const entry: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '' };
    seen.push(entry);
    // Streaming tests read the request themselves; everyone else gets the body collected.
    if (req.headers['x-openstack-test-stream'] !== undefined) return reply(req, res, entry);
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (entry.body += chunk));
    req.on('end', () => reply(req, res, entry));
  });
  elsewhere = await listen((_req, res) => {
    elsewhereHits += 1;
    res.end('you should never see this');
  });
  proxy = await listen(createProxyHandler(proxyOptions()));
});

afterEach(() => {
  seen = [];
  elsewhereHits = 0;
  logs.length = 0;
  reply = (_req, res) => res.end('ok');
});

afterAll(async () => {
  await Promise.all([upstream.close(), elsewhere.close(), proxy.close()]);
});

const via = (path: string) => `/proxy/http/127.0.0.1:${upstream.port}${path}`;

describe('forwarding', () => {
  it('forwards method, path, query and token, and answers with the upstream status and body', async () => {
    reply = (_req, res) => {
      res.writeHead(203, { 'content-type': 'application/json', 'x-openstack-request-id': 'req-1' });
      res.end('{"servers":[]}');
    };
    const response = await raw(proxy.port, via('/v2/t1/servers/detail?name=web%201&status=ACTIVE'), {
      headers: { 'X-Auth-Token': TOKEN, Accept: 'application/json' },
    });
    expect(response).toMatchObject({ status: 203, body: '{"servers":[]}' });
    expect(response.headers).toMatchObject({ 'content-type': 'application/json', 'x-openstack-request-id': 'req-1', 'cache-control': 'no-store' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/v2/t1/servers/detail?name=web%201&status=ACTIVE' });
    expect(seen[0]?.headers).toMatchObject({ 'x-auth-token': TOKEN, accept: 'application/json', host: `127.0.0.1:${upstream.port}` });
  });

  it('forwards a JSON body with its content type', async () => {
    reply = (_req, res) => {
      res.writeHead(202);
      res.end();
    };
    const body = JSON.stringify({ 'os-stop': null });
    const response = await raw(proxy.port, via('/v2/t1/servers/s1/action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Auth-Token': TOKEN },
      body,
    });
    expect(response.status).toBe(202);
    expect(seen[0]).toMatchObject({ method: 'POST', body });
    expect(seen[0]?.headers['content-type']).toBe('application/json');
  });

  it('streams the answer: the first part reaches the client before the upstream has finished', async () => {
    let finish: () => void = () => undefined;
    reply = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first part;');
      finish = () => res.end('second part');
    };
    const firstChunk = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: proxy.port, path: via('/stream'), agent: false }, (res) => {
        res.setEncoding('utf8');
        let text = '';
        res.on('data', (chunk: string) => {
          if (text === '') resolve(chunk);
          text += chunk;
        });
        res.on('end', () => expect(text).toBe('first part;second part'));
      });
      req.on('error', reject);
      req.end();
    });
    expect(firstChunk).toBe('first part;');
    finish();
  });

  it('streams the request body: the upstream reads the first part while the client is still sending', async () => {
    const firstPart = new Promise<string>((resolve) => {
      reply = (req, res) => {
        req.setEncoding('utf8');
        req.once('data', (chunk: string) => resolve(chunk));
        req.on('end', () => res.end('done'));
      };
    });
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: proxy.port,
          path: via('/upload'),
          method: 'PUT',
          headers: { 'x-openstack-test-stream': '1', 'content-length': Buffer.byteLength('chunk one;chunk two') },
          agent: false,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write('chunk one;');
      void firstPart.then(() => req.end('chunk two'));
    });
    expect(await firstPart).toBe('chunk one;');
    expect(await answer).toBe(200);
  });
});

describe('headers', () => {
  it('passes what OpenStack reads and strips cookies, credentials, browser and hop-by-hop headers', async () => {
    await raw(proxy.port, via('/v2/t1/flavors'), {
      headers: {
        'X-Auth-Token': TOKEN,
        'X-OpenStack-Nova-API-Version': '2.1',
        'OpenStack-API-Version': 'compute 2.1',
        'Accept-Language': 'ko',
        Cookie: 'session=abc',
        Authorization: 'Basic dXNlcjpwYXNz',
        'Proxy-Authorization': 'Basic dXNlcjpwYXNz',
        Origin: 'https://console.example.com',
        Referer: 'https://console.example.com/instances?secret=1',
        'X-Forwarded-For': '10.0.0.1',
        'X-Real-IP': '10.0.0.1',
        'Sec-Fetch-Mode': 'cors',
        Connection: 'keep-alive, x-openstack-hop',
        'X-OpenStack-Hop': 'listed in Connection',
        'Keep-Alive': 'timeout=5',
        TE: 'trailers',
      },
    });
    const headers = seen[0]?.headers ?? {};
    expect(headers).toMatchObject({ 'x-auth-token': TOKEN, 'x-openstack-nova-api-version': '2.1', 'openstack-api-version': 'compute 2.1', 'accept-language': 'ko' });
    for (const name of ['cookie', 'authorization', 'proxy-authorization', 'origin', 'referer', 'x-forwarded-for', 'x-real-ip', 'sec-fetch-mode', 'x-openstack-hop', 'keep-alive', 'te']) {
      expect(headers, name).not.toHaveProperty(name);
    }
  });

  it('strips cookies, hop-by-hop and origin-policy headers from the answer and rewrites Location into the proxy', async () => {
    reply = (_req, res) => {
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('Strict-Transport-Security', 'max-age=63072000');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Content-Security-Policy', "default-src *");
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.setHeader('Connection', 'x-upstream-hop');
      res.setHeader('X-Upstream-Hop', 'listed in Connection');
      res.setHeader('Location', `${upstream.origin}/v2/images/abc`);
      res.setHeader('WWW-Authenticate', 'Keystone uri="x"');
      res.writeHead(202);
      res.end();
    };
    const response = await raw(proxy.port, via('/v2/t1/servers/s1/action'), { method: 'POST', headers: { 'content-length': 0 } });
    expect(response.status).toBe(202);
    for (const name of ['set-cookie', 'strict-transport-security', 'access-control-allow-origin', 'x-upstream-hop']) {
      expect(response.headers, name).not.toHaveProperty(name);
    }
    expect(response.headers).toMatchObject({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
      location: `/proxy/http/127.0.0.1:${upstream.port}/v2/images/abc`,
      'cache-control': 'no-store',
      'www-authenticate': 'Keystone uri="x"',
    });
  });

  it('drops a Location that points outside the allowlist', async () => {
    reply = (_req, res) => {
      res.writeHead(201, { Location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    };
    const response = await raw(proxy.port, via('/v2/images'), { method: 'POST', headers: { 'content-length': 0 } });
    expect(response.status).toBe(201);
    expect(response.headers).not.toHaveProperty('location');
  });
});

describe('limits and failures', () => {
  it('answers 504 when the upstream does not answer in time', async () => {
    reply = () => undefined;
    const started = Date.now();
    const response = await raw(proxy.port, via('/slow'));
    expect(response.status).toBe(504);
    expect(errorMessage(response)).toBe(`No answer from ${upstream.origin} within 0.4 s.`);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('cuts the connection when the upstream stalls in the middle of a body', async () => {
    reply = (_req, res) => {
      res.writeHead(200, { 'content-length': 100 });
      res.write('partial');
    };
    await expect(raw(proxy.port, via('/stall'))).rejects.toThrow(/aborted|socket hang up|ECONNRESET/);
  });

  it('cuts the connection when the upstream stalls in the middle of a body it compresses', async () => {
    reply = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(`[${'"partial",'.repeat(200)}`);
    };
    const outcome = await new Promise<{ encoding?: string; error?: string }>((resolve) => {
      const req = request({ host: '127.0.0.1', port: proxy.port, path: via('/stall'), headers: { 'accept-encoding': 'gzip' }, agent: false }, (res) => {
        res.resume();
        res.on('error', (error) => resolve({ encoding: res.headers['content-encoding'], error: error.message }));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'] }));
      });
      req.on('error', (error) => resolve({ error: error.message }));
      req.end();
    });
    expect(outcome).toEqual({ encoding: 'gzip', error: expect.stringMatching(/aborted/) as unknown });
    await expect.poll(() => logs.find((line) => line.includes('/stall'))).toMatch(/→ 504 /);
  });

  it('answers 502 with the reason when the upstream cannot be reached', async () => {
    const port = await closedPort();
    const closed = createProxyHandler({ ...proxyOptions(), allowlist: parseAllowlist(`http://127.0.0.1:${port}`) });
    const server = await listen(closed);
    try {
      const response = await raw(server.port, `/proxy/http/127.0.0.1:${port}/v2.0/tokens`);
      expect(response.status).toBe(502);
      expect(errorMessage(response)).toBe(`Could not reach http://127.0.0.1:${port}: ECONNREFUSED.`);
    } finally {
      await server.close();
    }
  });

  it.each([301, 302, 303, 307, 308])('never follows a %i redirect', async (status) => {
    reply = (_req, res) => {
      res.writeHead(status, { Location: `${elsewhere.origin}/internal` });
      res.end();
    };
    const response = await raw(proxy.port, via('/v2/t1/servers'));
    expect(response.status).toBe(502);
    expect(errorMessage(response)).toContain(`answered with a redirect (HTTP ${status})`);
    expect(response.headers).not.toHaveProperty('location');
    expect(elsewhereHits).toBe(0);
  });

  it('refuses a declared body over the cap with 413 without calling the upstream', async () => {
    const response = await raw(proxy.port, via('/v2/t1/servers'), { method: 'POST', headers: { 'content-length': 64 * 1024 + 1 }, body: 'x'.repeat(64 * 1024 + 1) });
    expect(response.status).toBe(413);
    expect(seen).toHaveLength(0);
  });

  it('stops a chunked body that grows past the cap with 413', async () => {
    const response = await raw(proxy.port, via('/v2/t1/servers'), {
      method: 'POST',
      headers: { 'transfer-encoding': 'chunked' },
      body: 'y'.repeat(200 * 1024),
    });
    expect(response.status).toBe(413);
    expect(seen.every((entry) => entry.body.length <= 64 * 1024)).toBe(true);
  });

  it('cuts an answer that grows past the cap', async () => {
    reply = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('z'.repeat(300 * 1024));
    };
    await expect(raw(proxy.port, via('/v2/t1/servers/detail'))).rejects.toThrow(/aborted|ECONNRESET/);
  });
});

describe('what the proxy refuses', () => {
  it('answers 403 for every target outside the allowlist, and the upstream hears nothing', async () => {
    const port = upstream.port;
    const other = elsewhere.port;
    // Each of these must be refused; none may reach a server.
    const disallowed: Array<[string, string]> = [
      ['a host not in the allowlist', '/proxy/http/example.com/'],
      ['the cloud metadata address', '/proxy/http/169.254.169.254/latest/meta-data/'],
      ['an allowed host on another port', `/proxy/http/127.0.0.1:${other}/`],
      ['an allowed host on its default port', '/proxy/http/127.0.0.1/'],
      ['an allowed origin with the other scheme', `/proxy/https/127.0.0.1:${port}/`],
      ['an unknown scheme', `/proxy/ftp/127.0.0.1:${port}/`],
      ['a file URL', '/proxy/file/etc/passwd'],
      ['an upper-case scheme', `/proxy/HTTP/127.0.0.1:${port}/`],
      ['user info before the host', `/proxy/http/user:pw@127.0.0.1:${port}/`],
      ['user info that hides another host', `/proxy/http/127.0.0.1:${port}@127.0.0.1:${other}/`],
      ['an encoded @', `/proxy/http/127.0.0.1:${port}%40127.0.0.1:${other}/`],
      ['dot-dot segments', `/proxy/http/127.0.0.1:${port}/v2/../../etc/passwd`],
      ['a dot segment', `/proxy/http/127.0.0.1:${port}/./v2`],
      ['dot-dot walking out of the host segment', `/proxy/http/127.0.0.1:${port}/../127.0.0.1:${other}/`],
      ['encoded dots', `/proxy/http/127.0.0.1:${port}/v2/%2e%2e/secret`],
      ['upper-case encoded dots', `/proxy/http/127.0.0.1:${port}/v2/%2E%2E/secret`],
      ['an encoded slash', `/proxy/http/127.0.0.1:${port}%2f..%2f/`],
      ['an encoded slash in the path', `/proxy/http/127.0.0.1:${port}/v2/a%2Fb`],
      ['an encoded backslash', `/proxy/http/127.0.0.1:${port}/v2/a%5cb`],
      ['a raw backslash', `/proxy/http/127.0.0.1:${port}\\@127.0.0.1:${other}/`],
      ['double encoding', `/proxy/http/127.0.0.1:${port}/v2/%252e%252e/`],
      ['an encoded NUL', `/proxy/http/127.0.0.1:${port}/v2/a%00b`],
      ['an empty path segment', `/proxy/http/127.0.0.1:${port}//v2`],
      ['the address as a decimal number', `/proxy/http/2130706433:${port}/`],
      ['the address in hex', `/proxy/http/0x7f.0.0.1:${port}/`],
      ['the address shortened', `/proxy/http/127.1:${port}/`],
      ['the wildcard address', `/proxy/http/0.0.0.0:${port}/`],
      ['localhost instead of the listed address', `/proxy/http/localhost:${port}/`],
      ['an IPv6 literal', `/proxy/http/[::1]:${port}/`],
      ['a trailing dot on the host', `/proxy/http/127.0.0.1.:${port}/`],
      ['a port with a leading zero', `/proxy/http/127.0.0.1:0${port}/`],
      ['port zero', '/proxy/http/127.0.0.1:0/'],
      ['a port out of range', '/proxy/http/127.0.0.1:99999/'],
      ['an empty port', '/proxy/http/127.0.0.1:/'],
      ['an empty host', '/proxy/http//v2'],
      ['no host at all', '/proxy/http'],
      ['nothing after the prefix', '/proxy/'],
      ['the wildcard domain itself', `/proxy/http/example.test:${port}/`],
      ['a look-alike of the wildcard domain', `/proxy/http/evil-example.test:${port}/`],
      ['the wildcard domain inside another domain', `/proxy/http/a.example.test.evil.com:${port}/`],
      ['a wildcard host on the wrong port', `/proxy/http/a.example.test:${other}/`],
    ];
    const results = await Promise.all(disallowed.map(async ([why, path]) => [why, (await raw(proxy.port, path)).status] as const));
    expect(results.filter(([, status]) => status !== 403)).toEqual([]);
    expect(seen).toEqual([]);
    expect(elsewhereHits).toBe(0);
  });

  it('answers 403 to a request another site makes the browser send', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const response = await raw(proxy.port, via('/v2/t1/servers'), { headers: { 'Sec-Fetch-Site': site } });
      expect(response.status).toBe(403);
    }
    expect((await raw(proxy.port, via('/v2/t1/servers'), { headers: { 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('reads Sec-Fetch-Site in any case and spacing, and refuses values it does not know', async () => {
    const refused = ['Cross-Site', ' cross-site ', 'SAME-SITE', 'same-origin, cross-site', 'cross-site, same-origin', 'unknown'];
    const statuses = await Promise.all(refused.map(async (site) => [site, (await raw(proxy.port, via('/v2/t1/servers'), { headers: { 'Sec-Fetch-Site': site } })).status] as const));
    expect(statuses.filter(([, status]) => status !== 403)).toEqual([]);
    for (const site of ['Same-Origin', 'none']) {
      expect((await raw(proxy.port, via('/v2/t1/servers'), { headers: { 'Sec-Fetch-Site': site } })).status, site).toBe(200);
    }
    expect(seen).toHaveLength(2);
  });

  it("answers 403 to a request whose Origin is not one of the console's own, compared as origins", async () => {
    const host = `127.0.0.1:${proxy.port}`;
    const refused = ['https://evil.test', 'null', `http://127.0.0.1:${upstream.port}`, 'https://console.example.com.evil.test', 'https://console.example.com:444', `http://${host}.evil.test`, ''];
    const statuses = await Promise.all(
      refused.map(async (origin) => [origin, (await raw(proxy.port, via('/v2/t1/servers'), { method: 'POST', headers: { Origin: origin, 'content-length': 0 } })).status] as const),
    );
    expect(statuses.filter(([, status]) => status !== 403)).toEqual([]);
    for (const origin of ['https://console.example.com', 'HTTPS://Console.Example.COM:443', `http://${host}`, `HTTP://${host.toUpperCase()}`]) {
      expect((await raw(proxy.port, via('/v2/t1/servers'), { method: 'POST', headers: { Origin: origin, 'content-length': 0 } })).status, origin).toBe(200);
    }
    expect(seen).toHaveLength(4);
  });

  it.each(['Origin: https://console.example.com', 'Sec-Fetch-Site: same-origin', 'X-Auth-Token: a', 'Content-Type: application/json'])(
    'answers 400 to a request that repeats %s, and forwards nothing',
    async (line) => {
      const bytes = requestBytes('GET', via('/v2/t1/servers'), [line, line.replace(/: .*/, ': other'), 'Connection: close']);
      const answer = await rawExchange(proxy.port, bytes);
      expect(answer.status).toBe(400);
      expect(seen).toEqual([]);
    },
  );

  it.each(['OPTIONS', 'TRACE', 'PROPFIND'])('answers 405 to %s', async (method) => {
    const response = await raw(proxy.port, via('/v2/t1/servers'), { method });
    expect(response.status).toBe(405);
    expect(seen).toEqual([]);
  });
});

describe('logging', () => {
  it('logs method, origin, path and status, never the token, the query or a body', async () => {
    const body = JSON.stringify({ auth: { passwordCredentials: { username: 'u', password: 'api-password' } } });
    await raw(proxy.port, via('/v2.0/tokens?secret=query-value'), {
      method: 'POST',
      headers: { 'X-Auth-Token': TOKEN, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      body,
    });
    await raw(proxy.port, via(`/v2.0/tokens/${TOKEN}`), { headers: { 'X-Auth-Token': TOKEN } });
    await expect.poll(() => logs.length).toBe(2);
    expect(logs[0]).toMatch(new RegExp(`^proxy POST ${upstream.origin}/v2.0/tokens → 200 \\d+ ms$`));
    expect(logs[1]).toContain('/v2.0/tokens/[redacted]');
    const all = logs.join('\n');
    for (const secret of [TOKEN, 'query-value', 'api-password']) expect(all).not.toContain(secret);
  });
});
