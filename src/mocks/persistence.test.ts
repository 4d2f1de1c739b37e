import { describe, expect, it } from 'vitest';
import { createManualClock, MANUAL_CLOCK_START } from './clock';
import { createSimulatedCloud } from './cloud';
import { sim, SIM_TENANT_ID, TEST_SIM_CONFIG } from './node';
import { server as mswServer } from '../test/msw-server';

const OTHER = 'http://restored.test/sim';

async function status(base: string, token: string, id: string): Promise<[string, string | null]> {
  const response = await fetch(`${base}/compute/v2/${SIM_TENANT_ID}/servers/${id}`, { headers: { 'X-Auth-Token': token } });
  const body = (await response.json()) as { server: { status: string; 'OS-EXT-STS:task_state': string | null } };
  return [body.server.status, body.server['OS-EXT-STS:task_state']];
}

describe('persistence', () => {
  it('the seed is deterministic: the same ids, IPs and MACs after every reset', () => {
    const first = JSON.stringify(sim.snapshot());
    sim.reset({ keepTokens: false });
    expect(JSON.stringify(sim.snapshot())).toBe(first);
    const other = createSimulatedCloud({ baseUrl: OTHER, clock: createManualClock(MANUAL_CLOCK_START), config: TEST_SIM_CONFIG });
    expect(JSON.stringify(other.snapshot())).toBe(first);
  });

  it('a state saved mid-transition restores elsewhere and carries on', async () => {
    const clock = createManualClock();
    const original = createSimulatedCloud({ baseUrl: OTHER, clock, config: TEST_SIM_CONFIG });
    mswServer.use(...original.handlers);
    const token = original.issueToken();
    const id = original.state().servers.find((s) => s.name === 'active')?.id ?? '';
    await fetch(`${OTHER}/compute/v2/${SIM_TENANT_ID}/servers/${id}/action`, {
      method: 'POST',
      headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reboot: { type: 'SOFT' } }),
    });
    clock.advance(1000);
    expect(await status(OTHER, token, id)).toEqual(['REBOOT', 'reboot_pending']);

    const saved = JSON.parse(JSON.stringify(original.snapshot())) as ReturnType<typeof original.snapshot>;
    const restoredClock = createManualClock(clock.now());
    const restored = createSimulatedCloud({ baseUrl: OTHER, clock: restoredClock, config: TEST_SIM_CONFIG, state: saved });
    mswServer.resetHandlers();
    mswServer.use(...restored.handlers);
    expect(await status(OTHER, token, id)).toEqual(['REBOOT', 'reboot_pending']);
    restoredClock.advance(1000);
    expect(await status(OTHER, token, id)).toEqual(['REBOOT', 'reboot_started']);
    restoredClock.advance(1000);
    expect(await status(OTHER, token, id)).toEqual(['ACTIVE', null]);
  });

  it('a saved state of another version or fleet size is replaced by a fresh seed', () => {
    const saved = sim.snapshot();
    saved.servers = [];
    const wrongFleet = createSimulatedCloud({ baseUrl: OTHER, clock: createManualClock(), config: { ...TEST_SIM_CONFIG, extraServers: 3 }, state: saved });
    expect(wrongFleet.state().servers.length).toBeGreaterThan(3);
    const wrongVersion = createSimulatedCloud({ baseUrl: OTHER, clock: createManualClock(), config: TEST_SIM_CONFIG, state: { ...saved, schemaVersion: 0 } });
    expect(wrongVersion.state().servers.length).toBeGreaterThan(0);
  });

  it('listeners hear about every change (the browser saves there)', async () => {
    const clock = createManualClock();
    const cloud = createSimulatedCloud({ baseUrl: OTHER, clock, config: TEST_SIM_CONFIG });
    mswServer.use(...cloud.handlers);
    const token = cloud.issueToken();
    let saves = 0;
    cloud.onChange(() => (saves += 1));
    const get = () => fetch(`${OTHER}/compute/v2/${SIM_TENANT_ID}/servers`, { headers: { 'X-Auth-Token': token } });
    await get();
    expect(saves).toBe(0);
    clock.advance(1000); // the seeded build moves on
    await get();
    expect(saves).toBe(1);
    cloud.controls.reset();
    expect(saves).toBe(2);
  });

  it('setConfig with another fleet size reseeds; other settings keep the state', () => {
    const cloud = createSimulatedCloud({ baseUrl: OTHER, clock: createManualClock(), config: TEST_SIM_CONFIG });
    const before = cloud.state();
    cloud.controls.setConfig({ transitionMs: 200, chaosRate: 2 });
    expect(cloud.state()).toBe(before);
    expect(cloud.controls.getConfig()).toMatchObject({ transitionMs: 200, chaosRate: 1 });
    cloud.controls.setConfig({ extraServers: 10 });
    expect(cloud.state().servers.length).toBe(before.servers.length + 10);
  });
});
