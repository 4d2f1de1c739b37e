import { HttpResponse, delay, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from '../lib/zod';
import { server } from '../test/msw-server';
import { COMPUTE, IMAGE, TEST_TOKEN, withTestSession } from './__fixtures__/test-session';
import { ApiError } from './api-error';
import { request, requestList, send } from './client';
import { listOf } from './schemas/lenient';
import { sessionStore } from './session';
import { skippedRecords } from './skipped-records';

withTestSession();

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const okSchema = z.object({ ok: z.boolean() });

describe('request: what is sent', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the token and Accept, and Content-Type only with a body', async () => {
    const seen: Headers[] = [];
    server.use(
      http.all(`${COMPUTE}/probe`, ({ request: req }) => {
        seen.push(req.headers);
        return HttpResponse.json({ ok: true });
      }),
    );
    await request({ service: 'compute', path: '/probe', schema: okSchema });
    await request({ service: 'compute', method: 'POST', path: '/probe', body: { a: 1 }, schema: okSchema });
    expect(seen[0]?.get('x-auth-token')).toBe(TEST_TOKEN);
    expect(seen[0]?.get('accept')).toBe('application/json');
    expect(seen[0]?.has('content-type')).toBe(false);
    expect(seen[1]?.get('content-type')).toBe('application/json');
  });

  it('sends the body as JSON to base URL + path', async () => {
    let body: unknown;
    server.use(
      http.post(`${COMPUTE}/servers/abc/action`, async ({ request: req }) => {
        body = await req.json();
        return new HttpResponse(null, { status: 202 });
      }),
    );
    await request({ service: 'compute', method: 'POST', path: '/servers/abc/action', body: { 'os-start': null } });
    expect(body).toEqual({ 'os-start': null });
  });

  it('encodes the query: skips undefined and null, repeats arrays, encodes "+" and spaces', async () => {
    let search = '';
    let params = new URLSearchParams();
    server.use(
      http.get(`${COMPUTE}/servers/detail`, ({ request: req }) => {
        const url = new URL(req.url);
        search = url.search;
        params = url.searchParams;
        return HttpResponse.json({ ok: true });
      }),
    );
    await request({
      service: 'compute',
      path: '/servers/detail',
      query: { 'changes-since': '2020-02-25T01:22:24+09:00', name: 'web server', status: undefined, image: null, tag: ['a', 'b'], limit: 5 },
      schema: okSchema,
    });
    expect(search).toBe('?changes-since=2020-02-25T01%3A22%3A24%2B09%3A00&name=web%20server&tag=a&tag=b&limit=5');
    expect(params.get('changes-since')).toBe('2020-02-25T01:22:24+09:00');
    expect(params.getAll('tag')).toEqual(['a', 'b']);
  });

  it('appends the query to a path that already has one (Glance next links)', async () => {
    let search = '';
    server.use(
      http.get(`${IMAGE}/v2/images`, ({ request: req }) => {
        search = new URL(req.url).search;
        return HttpResponse.json({ ok: true });
      }),
    );
    await request({ service: 'image', path: '/v2/images?marker=m1', query: { limit: 2 }, schema: okSchema });
    expect(search).toBe('?marker=m1&limit=2');
  });

  it('never writes the token to the console, not even for a failure', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation(() => undefined),
    );
    server.use(http.get(`${COMPUTE}/fails`, () => HttpResponse.json({ itemNotFound: { code: 404, message: 'gone' } }, { status: 404 })));
    server.use(http.get(`${COMPUTE}/works`, () => HttpResponse.json({ ok: true })));
    await request({ service: 'compute', path: '/works', schema: okSchema });
    const error = await caught(request({ service: 'compute', path: '/fails' }));
    const logged = JSON.stringify(spies.flatMap((spy) => spy.mock.calls));
    expect(logged).not.toContain(TEST_TOKEN);
    const dump = JSON.stringify(error, Object.getOwnPropertyNames(error));
    expect(dump).not.toContain(TEST_TOKEN);
    expect(dump).not.toContain(COMPUTE);
    expect(error.path).toBe('/fails');
  });
});

describe('request: empty and invalid bodies', () => {
  it('does not parse the empty body of a 202 that says application/json', async () => {
    server.use(
      http.post(`${COMPUTE}/servers/abc/action`, () => new HttpResponse('', { status: 202, headers: { 'Content-Type': 'application/json' } })),
    );
    await expect(request({ service: 'compute', method: 'POST', path: '/servers/abc/action', body: { shelve: null } })).resolves.toBeUndefined();
  });

  it('answers a 204 with undefined, and gives headers and status through send', async () => {
    server.use(
      http.delete(`${COMPUTE}/servers/abc`, () => new HttpResponse(null, { status: 204, headers: { 'x-openstack-request-id': 'req-1' } })),
    );
    const response = await send({ service: 'compute', method: 'DELETE', path: '/servers/abc' });
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
    expect(response.headers.get('x-openstack-request-id')).toBe('req-1');
  });

  it('parses an empty body as undefined for a schema that allows it, and rejects it for one that does not', async () => {
    server.use(http.post(`${COMPUTE}/empty`, () => new HttpResponse(null, { status: 202 })));
    await expect(request({ service: 'compute', method: 'POST', path: '/empty', schema: z.optional(okSchema) })).resolves.toBeUndefined();
    const error = await caught(request({ service: 'compute', method: 'POST', path: '/empty', schema: okSchema }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toBe('The response body is empty.');
  });

  it('names the field a 2xx body fails on', async () => {
    server.use(http.get(`${COMPUTE}/servers/detail`, () => HttpResponse.json({ servers: [{ id: 'a', status: 'ACTIVE' }, { id: 7 }] })));
    const schema = z.object({ servers: z.array(z.object({ id: z.string() })) });
    const error = await caught(request({ service: 'compute', path: '/servers/detail', schema }));
    expect(error).toMatchObject({ kind: 'invalid-response', field: 'servers[1].id', status: 200, service: 'compute', method: 'GET' });
    expect(error.message).toBe('Unexpected response at servers[1].id: Invalid input: expected string, received number');
  });

  it('reports a 2xx body that is not JSON as invalid-response', async () => {
    server.use(http.get(`${COMPUTE}/html`, () => HttpResponse.html('<html>login</html>')));
    const error = await caught(request({ service: 'compute', path: '/html', schema: okSchema }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toBe('The response body is not JSON.');
  });
});

describe('request: failures before an answer', () => {
  it('is aborted by the caller, before and during the request', async () => {
    server.use(
      http.get(`${COMPUTE}/slow`, async () => {
        await delay(5_000);
        return HttpResponse.json({ ok: true });
      }),
    );
    const early = new AbortController();
    early.abort();
    expect((await caught(request({ service: 'compute', path: '/slow', signal: early.signal }))).kind).toBe('aborted');
    const late = new AbortController();
    const pending = request({ service: 'compute', path: '/slow', schema: okSchema, signal: late.signal });
    setTimeout(() => late.abort(), 20);
    expect(await caught(pending)).toMatchObject({ kind: 'aborted', path: '/slow' });
  });

  it('times out after timeoutMs', async () => {
    server.use(
      http.get(`${COMPUTE}/slow`, async () => {
        await delay(5_000);
        return HttpResponse.json({ ok: true });
      }),
    );
    const error = await caught(request({ service: 'compute', path: '/slow', schema: okSchema, timeoutMs: 30 }));
    expect(error.kind).toBe('timeout');
  });

  it('turns a network failure into kind network', async () => {
    server.use(http.get(`${COMPUTE}/down`, () => HttpResponse.error()));
    const error = await caught(request({ service: 'compute', path: '/down' }));
    expect(error).toMatchObject({ kind: 'network', service: 'compute', path: '/down' });
  });

  it('needs a session for token requests, and an endpoint for the service', async () => {
    sessionStore.set({ mode: 'live', token: 'x', tenantId: 't', region: 'KR1', profile: 'nhn', endpoints: { compute: COMPUTE }, expiresAt: null });
    expect((await caught(request({ service: 'image', path: '/v2/images' }))).kind).toBe('no-session');
    sessionStore.set(null);
    expect((await caught(request({ service: 'compute', path: '/flavors' }))).kind).toBe('no-session');
  });

  it('reaches an absolute base URL without a session or token when auth is false', async () => {
    sessionStore.set(null);
    let token: string | null = 'unset';
    server.use(
      http.post('http://localhost/sim/identity/v2.0/tokens', ({ request: req }) => {
        token = req.headers.get('x-auth-token');
        return HttpResponse.json({ ok: true });
      }),
    );
    const data = await request({
      service: 'identity',
      baseUrl: 'http://localhost/sim/identity/v2.0/',
      auth: false,
      method: 'POST',
      path: '/tokens',
      body: {},
      schema: okSchema,
    });
    expect(data).toEqual({ ok: true });
    expect(token).toBeNull();
  });
});

describe('requestList: a long list a part at a time', () => {
  // The client's own lenient list (items it cannot read are left out and reported), as the answers' schemas use it.
  const listSchema = (seen: Array<number | string>) =>
    z.object({ items: listOf(z.object({ id: z.pipe(z.number(), z.transform((id: number) => (seen.push(id), id))) })), more: z.boolean() });

  it('reads every item in order, lets other tasks run between the parts, and reports a skipped item at its place', async () => {
    const seen: Array<number | string> = [];
    const items: unknown[] = Array.from({ length: 5 }, (_, id) => ({ id }));
    items[3] = { id: 'three' };
    server.use(http.get(`${COMPUTE}/list`, () => HttpResponse.json({ items, more: false })));
    const read = requestList({ service: 'compute', path: '/list', schema: listSchema(seen), parts: { key: 'items', size: 2 } });
    // Queued once the answer is in: it runs before the second part only if the parts give way to other tasks.
    const firstItem = new Promise<void>((resolve) => {
      const wait = () => (seen.length > 0 ? (seen.push('other task'), resolve()) : setTimeout(wait, 0));
      wait();
    });
    const [body] = await Promise.all([read, firstItem]);
    expect(body).toEqual({ items: [{ id: 0 }, { id: 1 }, { id: 2 }, { id: 4 }], more: false });
    expect(seen.indexOf('other task')).toBeGreaterThan(0);
    expect(seen.indexOf('other task')).toBeLessThan(seen.indexOf(4));
    expect(skippedRecords.get()).toEqual([expect.objectContaining({ path: '/list', index: 3 })]);
  });

  it('reads a short list at once, as request does', async () => {
    server.use(http.get(`${COMPUTE}/list`, () => HttpResponse.json({ items: [{ id: 1 }], more: true })));
    await expect(requestList({ service: 'compute', path: '/list', schema: listSchema([]), parts: { key: 'items', size: 2 } })).resolves.toEqual({
      items: [{ id: 1 }],
      more: true,
    });
  });

  it('names the place in the whole list of an answer it cannot read', async () => {
    const schema = z.object({ items: z.array(z.object({ id: z.number() })) });
    server.use(http.get(`${COMPUTE}/list`, () => HttpResponse.json({ items: [{ id: 0 }, { id: 1 }, { id: 2 }, { id: 'x' }] })));
    const error = await caught(requestList({ service: 'compute', path: '/list', schema, parts: { key: 'items', size: 2 } }));
    expect(error.kind).toBe('invalid-response');
    expect(error.field).toBe('items[3].id');
  });
});
