import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer } from './__fixtures__/capture';
import tokenResponse from './__fixtures__/nhn/token-response.json';
import { issueTokenV2 } from './identity';
import { sessionStore } from './session';

const IDENTITY = 'http://localhost/sim/identity/v2.0';
const credentials = { identityUrl: IDENTITY, tenantId: 'f5073eaa26b64cffbee89411df94ce01', username: 'user@example.com', password: 's3cret-api-pw' };

describe('issueTokenV2', () => {
  afterEach(() => vi.restoreAllMocks());

  it('posts the Keystone v2.0 body to {identityUrl}/tokens without a session or token', async () => {
    sessionStore.set(null);
    const calls = answer('post', `${IDENTITY}/tokens`, () => HttpResponse.json(tokenResponse));
    const token = await issueTokenV2(credentials);
    expect(calls[0]?.body).toEqual({
      auth: { tenantId: credentials.tenantId, passwordCredentials: { username: 'user@example.com', password: 's3cret-api-pw' } },
    });
    expect(calls[0]?.headers.has('x-auth-token')).toBe(false);
    expect(token.access.token).toMatchObject({ id: 'e42a092ed6ee4d99949bf25f5f6ecc60', expires: '2020-04-29T15:31:21Z' });
    expect(token.access.serviceCatalog.map((entry) => entry.type)).toContain('volumev2');
  });

  it("throws Keystone's 401 message verbatim, and never logs the password", async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answer('post', `${IDENTITY}/tokens`, () =>
      HttpResponse.json({ error: { code: 401, title: 'Unauthorized', message: 'Could not find user: user@example.com.' } }, { status: 401 }),
    );
    const error: unknown = await issueTokenV2(credentials).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 401, service: 'identity', message: 'Could not find user: user@example.com.' });
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('s3cret-api-pw');
    expect(JSON.stringify(spy.mock.calls)).not.toContain('s3cret-api-pw');
  });
});
