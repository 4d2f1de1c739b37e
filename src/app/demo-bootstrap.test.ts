import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../api/api-error';
import { sessionStore } from '../api/session';
import { sim, SIM_BASE_URL } from '../mocks/node';
import { server } from '../test/msw-server';
import { demoCredentials, resetDemo, signInToDemo } from './demo-bootstrap';

describe('signInToDemo', () => {
  it('signs in to the simulated identity service and sets a demo session of NHN Cloud in KR1', async () => {
    await signInToDemo(SIM_BASE_URL);
    const session = sessionStore.get();
    expect(session).toMatchObject({ mode: 'demo', region: 'KR1', profile: 'nhn', tenantId: demoCredentials.tenantId, userName: 'demo@example.com' });
    expect(session?.token).toBeTruthy();
    expect(session?.endpoints.compute).toBe(`${SIM_BASE_URL}/compute/v2/${demoCredentials.tenantId}`);
  });

  it('leaves the session alone when the sign-in fails', async () => {
    server.use(
      http.post(`${SIM_BASE_URL}/identity/v2.0/tokens`, () =>
        HttpResponse.json({ error: { code: 503, title: 'Service Unavailable', message: 'Identity is down' } }, { status: 503 }),
      ),
    );
    const error = await signInToDemo(SIM_BASE_URL).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(503);
    expect(sessionStore.get()).toBeNull();
  });
});

describe('resetDemo', () => {
  it('resets the simulated cloud and signs in again with a fresh token', async () => {
    await signInToDemo(SIM_BASE_URL);
    const before = sessionStore.get()?.token;
    await resetDemo(sim.controls, SIM_BASE_URL);
    const after = sessionStore.get();
    expect(after?.mode).toBe('demo');
    expect(after?.token).not.toBe(before);
  });
});
