import { describe, expect, it } from 'vitest';
import { sim, simClock } from './node';
import { seeded, simClient } from './test-client';

const STEP = 1000; // TEST_SIM_CONFIG.transitionMs

async function show(id: string) {
  const s = (await simClient().compute('GET', `/servers/${id}`)).body.server;
  return {
    status: s.status as string,
    task: s['OS-EXT-STS:task_state'] as string | null,
    power: s['OS-EXT-STS:power_state'] as number,
    flavorId: (s.flavor as { id: string }).id,
    updated: s.updated as string,
  };
}

const act = (id: string, body: unknown) => simClient().compute('POST', `/servers/${id}/action`, body);

/** Resizes a seeded server with auto-confirm off and walks it to VERIFY_RESIZE. */
async function resizedAndWaiting(serverName: string, flavorName: string) {
  sim.controls.setConfig({ autoConfirmResize: false });
  const { server, flavor } = seeded();
  const id = server(serverName).id;
  const oldFlavorId = server(serverName).flavorId;
  const newFlavorId = flavor(flavorName).id;
  expect((await act(id, { resize: { flavorRef: newFlavorId } })).status).toBe(202);
  simClock.advance(4 * STEP);
  return { id, oldFlavorId, newFlavorId };
}

describe('confirmResize and revertResize: only in VERIFY_RESIZE, with Nova’s 409 messages', () => {
  it.each([
    ['confirmResize', 'active', "Cannot 'confirmResize' instance {id} while it is in vm_state active"],
    ['confirmResize', 'shutoff', "Cannot 'confirmResize' instance {id} while it is in vm_state stopped"],
    ['confirmResize', 'resize', "Cannot 'confirmResize' instance {id} while it is in vm_state active"],
    ['confirmResize', 'revert-resize', "Cannot 'confirmResize' instance {id} while it is in task_state resize_reverting"],
    ['revertResize', 'active', "Cannot 'revertResize' instance {id} while it is in vm_state active"],
    ['revertResize', 'error', "Cannot 'revertResize' instance {id} while it is in vm_state error"],
    ['revertResize', 'revert-resize', "Cannot 'revertResize' instance {id} while it is in task_state resize_reverting"],
  ])('%s on `%s` → 409 %s', async (name, serverName, message) => {
    const id = seeded().server(serverName).id;
    const response = await act(id, { [name]: null });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ conflictingRequest: { code: 409, message: message.replace('{id}', id) } });
  });

  it('the seeded verify-resize server waits in VERIFY_RESIZE however long nobody decides', async () => {
    const id = seeded().server('verify-resize').id;
    simClock.advance(60 * 60_000);
    expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', task: null });
  });
});

describe('confirmResize', () => {
  it('answers 204 with an empty body; the record stays VERIFY_RESIZE, then becomes ACTIVE on the new flavor', async () => {
    const { flavor, server } = seeded();
    const id = server('verify-resize').id;
    const before = await show(id);
    const response = await act(id, { confirmResize: null });
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
    // Nova only marks the migration `confirming`: status, task and `updated` are what they were.
    expect(await show(id)).toEqual(before);
    simClock.advance(STEP);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', task: null, power: 1, flavorId: flavor('m2.c4m8').id });
  });

  it('a second confirm, or a revert, after a confirm was accepted is 400 "Instance has not been resized."', async () => {
    const id = seeded().server('verify-resize').id;
    expect((await act(id, { confirmResize: null })).status).toBe(204);
    for (const body of [{ confirmResize: null }, { revertResize: null }]) {
      const again = await act(id, body);
      expect(again.status).toBe(400);
      expect(again.body).toEqual({ badRequest: { code: 400, message: 'Instance has not been resized.' } });
    }
  });

  it('a resize of a stopped server, confirmed, ends SHUTOFF on the new flavor (the guest stays off)', async () => {
    const { id, newFlavorId } = await resizedAndWaiting('shutoff', 'c2.c2m2');
    expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', task: null, power: 4 });
    expect((await act(id, { confirmResize: null })).status).toBe(204);
    simClock.advance(STEP);
    expect(await show(id)).toMatchObject({ status: 'SHUTOFF', task: null, power: 4, flavorId: newFlavorId });
  });
});

describe('revertResize', () => {
  it('answers 202 with an empty body, shows REVERT_RESIZE, then ACTIVE on the old flavor', async () => {
    const { flavor, server } = seeded();
    const id = server('verify-resize').id;
    const response = await act(id, { revertResize: null });
    expect(response.status).toBe(202);
    expect(response.text).toBe('');
    expect(await show(id)).toMatchObject({ status: 'REVERT_RESIZE', task: 'resize_reverting', flavorId: flavor('m2.c4m8').id });
    simClock.advance(STEP);
    // Nova 26 showed the old flavor back before the task ended.
    expect(await show(id)).toMatchObject({ status: 'REVERT_RESIZE', task: 'resize_reverting', power: 1, flavorId: flavor('m2.c2m4').id });
    simClock.advance(STEP);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', task: null, power: 1, flavorId: flavor('m2.c2m4').id });
  });

  it('a resize of a stopped server, reverted, ends SHUTOFF on its old flavor', async () => {
    const { id, oldFlavorId } = await resizedAndWaiting('shutoff', 'c2.c2m2');
    expect((await act(id, { revertResize: null })).status).toBe(202);
    simClock.advance(2 * STEP);
    expect(await show(id)).toMatchObject({ status: 'SHUTOFF', task: null, power: 4, flavorId: oldFlavorId });
  });
});

describe('autoConfirmResize', () => {
  it('on (NHN, the default): VERIFY_RESIZE lasts one step, then ACTIVE by itself', async () => {
    const { server, flavor } = seeded();
    const id = server('active').id;
    await act(id, { resize: { flavorRef: flavor('m2.c4m8').id } });
    simClock.advance(4 * STEP);
    expect((await show(id)).status).toBe('VERIFY_RESIZE');
    simClock.advance(STEP);
    expect((await show(id)).status).toBe('ACTIVE');
  });

  it('off (upstream Nova): a resized ACTIVE server waits in VERIFY_RESIZE until it is confirmed', async () => {
    const { id, newFlavorId } = await resizedAndWaiting('active', 'm2.c4m8');
    simClock.advance(60 * 60_000);
    expect(await show(id)).toMatchObject({ status: 'VERIFY_RESIZE', task: null, power: 1, flavorId: newFlavorId });
    expect((await act(id, { confirmResize: null })).status).toBe(204);
    simClock.advance(STEP);
    expect(await show(id)).toMatchObject({ status: 'ACTIVE', task: null, flavorId: newFlavorId });
  });

  it('is a setting of the simulated cloud, kept through a patch of other settings', () => {
    sim.controls.setConfig({ autoConfirmResize: false });
    sim.controls.setConfig({ transitionMs: 500 });
    expect(sim.controls.getConfig().autoConfirmResize).toBe(false);
  });
});
