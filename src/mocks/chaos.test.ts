import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock';
import { createSimulatedCloud } from './cloud';
import { sim, SIM_TENANT_ID, TEST_SIM_CONFIG } from './node';
import { rawRequest, simClient, validCreateBody } from './test-client';
import { server as mswServer } from '../test/msw-server';

const serverCount = () => sim.state().servers.filter((s) => !s.deleted).length;

describe('forced failures (controls.failNext)', () => {
  it('server-error: Nova’s 500 computeFault, once', async () => {
    sim.controls.failNext({ kind: 'server-error', match: { path: '/servers' } });
    const client = simClient();
    const failed = await client.compute('GET', '/servers');
    expect(failed.status).toBe(500);
    expect(failed.body.computeFault.message).toMatch(/^Unexpected API Error/);
    expect(failed.headers.get('x-openstack-request-id')).toMatch(/^req-/);
    expect((await client.compute('GET', '/servers')).status).toBe(200);
  });

  it('server-error 503 and a gateway’s 502 HTML page', async () => {
    sim.controls.failNext({ kind: 'server-error', status: 503 });
    sim.controls.failNext({ kind: 'server-error', status: 502 });
    const client = simClient();
    const unavailable = await client.compute('GET', '/flavors');
    expect(unavailable.body.serviceUnavailable.code).toBe(503);
    const gateway = await client.compute('GET', '/flavors');
    expect(gateway.status).toBe(502);
    expect(gateway.headers.get('Content-Type')).toBe('text/html');
    expect(gateway.text).toContain('502 Bad Gateway');
  });

  it('drop: a network error, and the request is not applied', async () => {
    const before = serverCount();
    sim.controls.failNext({ kind: 'drop', match: { method: 'POST', path: /\/servers$/ } });
    await expect(simClient().compute('POST', '/servers', validCreateBody())).rejects.toThrow();
    expect(serverCount()).toBe(before);
  });

  it('drop-after-apply: the server is created, the answer is lost, and a retry makes a duplicate', async () => {
    const before = serverCount();
    sim.controls.failNext({ kind: 'drop-after-apply', match: { method: 'post' } });
    await expect(simClient().compute('POST', '/servers', validCreateBody())).rejects.toThrow();
    expect(serverCount()).toBe(before + 1);
    expect((await simClient().compute('POST', '/servers', validCreateBody())).status).toBe(202);
    expect(sim.state().servers.filter((s) => s.name === 'web-01')).toHaveLength(2);
  });

  it('slow: the answer comes late but right', async () => {
    sim.controls.failNext({ kind: 'slow', delayMs: 60 });
    const started = Date.now();
    const response = await simClient().compute('GET', '/os-availability-zone');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('matching: only the matching request fails; `times` fails several', async () => {
    sim.controls.failNext({ kind: 'server-error', match: { method: 'DELETE' }, times: 2 });
    const client = simClient();
    expect((await client.compute('GET', '/servers')).status).toBe(200);
    const id = sim.state().servers[0]?.id ?? '';
    expect((await client.compute('DELETE', `/servers/${id}`)).status).toBe(500);
    expect((await client.compute('DELETE', `/servers/${id}`)).status).toBe(500);
    expect((await client.compute('DELETE', `/servers/${id}`)).status).toBe(204);
  });

  it('never hits identity or version documents', async () => {
    sim.controls.failNext({ kind: 'server-error' });
    const token = await rawRequest('POST', '/identity/v2.0/tokens', {
      auth: { tenantId: SIM_TENANT_ID, passwordCredentials: { username: 'demo@example.com', password: 'demo' } },
    });
    expect(token.status).toBe(200);
    expect((await rawRequest('GET', '/compute/v2')).status).toBe(200);
    expect((await simClient().compute('GET', '/flavors')).status).toBe(500);
  });

  it('clearFailures forgets them', async () => {
    sim.controls.failNext({ kind: 'server-error' });
    sim.controls.clearFailures();
    expect((await simClient().compute('GET', '/flavors')).status).toBe(200);
  });
});

describe('random chaos (config.chaosRate)', () => {
  it('fails about chaosRate of the requests with the configured kinds', async () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const cloud = createSimulatedCloud({
      baseUrl: 'http://chaos.test/sim',
      clock: createManualClock(),
      config: { ...TEST_SIM_CONFIG, chaosRate: 0.5, chaosKinds: ['server-error'] },
      random,
    });
    mswServer.use(...cloud.handlers);
    const token = cloud.issueToken();
    const statuses: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const response = await fetch(`http://chaos.test/sim/compute/v2/${SIM_TENANT_ID}/flavors`, { headers: { 'X-Auth-Token': token } });
      statuses.push(response.status);
    }
    const failed = statuses.filter((s) => s >= 500).length;
    expect(failed).toBeGreaterThan(70);
    expect(failed).toBeLessThan(130);
    expect(new Set(statuses.filter((s) => s >= 500))).toEqual(new Set([500, 502, 503]));
  });
});
