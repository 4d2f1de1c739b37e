import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from '../lib/zod';
import { server } from '../test/msw-server';
import { COMPUTE, TEST_SESSION, TEST_TOKEN, withTestSession } from './__fixtures__/test-session';
import { type ApiError, isUnauthorized } from './api-error';
import { request } from './client';
import { sessionStore } from './session';
import { type UnauthorizedHandler, setUnauthorizedHandler } from './unauthorized';

withTestSession();

const FRESH_TOKEN = 'fresh-token';
const okSchema = z.object({ ok: z.boolean() });
const keystone401 = () =>
  HttpResponse.json({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }, { status: 401 });

/** /flavors answers 401 unless the request carries FRESH_TOKEN; returns the tokens it saw. */
function serveTokenCheck(): (string | null)[] {
  const tokens: (string | null)[] = [];
  server.use(
    http.get(`${COMPUTE}/flavors`, ({ request: req }) => {
      const token = req.headers.get('x-auth-token');
      tokens.push(token);
      return token === FRESH_TOKEN ? HttpResponse.json({ ok: true }) : keystone401();
    }),
  );
  return tokens;
}

const signInAgain: UnauthorizedHandler = () => {
  sessionStore.set({ ...TEST_SESSION, token: FRESH_TOKEN });
  return Promise.resolve('retry');
};

let removeHandler: () => void = () => undefined;
afterEach(() => removeHandler());

describe('the 401 hook', () => {
  it('without a handler, throws the 401', async () => {
    const tokens = serveTokenCheck();
    const error = await request({ service: 'compute', path: '/flavors' }).catch((e: unknown) => e);
    expect(isUnauthorized(error)).toBe(true);
    expect(tokens).toEqual([TEST_TOKEN]);
  });

  it('repeats the request once with the new session when the handler says retry', async () => {
    const tokens = serveTokenCheck();
    const handler = vi.fn(signInAgain);
    removeHandler = setUnauthorizedHandler(handler);
    await expect(request({ service: 'compute', path: '/flavors', schema: okSchema })).resolves.toEqual({ ok: true });
    expect(tokens).toEqual([TEST_TOKEN, FRESH_TOKEN]);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0]).toMatchObject({ kind: 'http', status: 401, path: '/flavors' });
  });

  it('throws the 401 when the handler does not ask for a retry', async () => {
    const tokens = serveTokenCheck();
    removeHandler = setUnauthorizedHandler(() => undefined);
    await expect(request({ service: 'compute', path: '/flavors' })).rejects.toMatchObject({ status: 401 });
    expect(tokens).toHaveLength(1);
  });

  it('retries only once: a second 401 is thrown without asking again', async () => {
    const tokens = serveTokenCheck();
    const handler = vi.fn<UnauthorizedHandler>(() => 'retry');
    removeHandler = setUnauthorizedHandler(handler);
    await expect(request({ service: 'compute', path: '/flavors' })).rejects.toMatchObject({ status: 401 });
    expect(tokens).toEqual([TEST_TOKEN, TEST_TOKEN]);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('asks once for parallel 401s and retries them all', async () => {
    const tokens = serveTokenCheck();
    let release: () => void = () => undefined;
    const handler = vi.fn<UnauthorizedHandler>(
      () =>
        new Promise((resolve) => {
          release = () => {
            sessionStore.set({ ...TEST_SESSION, token: FRESH_TOKEN });
            resolve('retry');
          };
        }),
    );
    removeHandler = setUnauthorizedHandler(handler);
    const all = Promise.all([1, 2, 3].map(() => request({ service: 'compute', path: '/flavors', schema: okSchema })));
    await vi.waitFor(() => expect(tokens).toHaveLength(3));
    release();
    await expect(all).resolves.toHaveLength(3);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(tokens.filter((token) => token === FRESH_TOKEN)).toHaveLength(3);
  });

  it('does not involve the handler for requests without the session token (sign-in itself)', async () => {
    server.use(http.post('http://localhost/sim/identity/v2.0/tokens', keystone401));
    const handler = vi.fn<UnauthorizedHandler>(() => 'retry');
    removeHandler = setUnauthorizedHandler(handler);
    const error = (await request({
      service: 'identity',
      baseUrl: 'http://localhost/sim/identity/v2.0',
      auth: false,
      method: 'POST',
      path: '/tokens',
      body: {},
    }).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops calling a handler once it is removed', async () => {
    serveTokenCheck();
    const handler = vi.fn<UnauthorizedHandler>(() => undefined);
    setUnauthorizedHandler(handler)();
    await expect(request({ service: 'compute', path: '/flavors' })).rejects.toMatchObject({ status: 401 });
    expect(handler).not.toHaveBeenCalled();
  });
});
