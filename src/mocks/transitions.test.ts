import { describe, expect, it } from 'vitest';
import { sim, simClock } from './node';
import { seeded, simClient, validCreateBody } from './test-client';

const STEP = 1000; // TEST_SIM_CONFIG.transitionMs

interface Snapshot {
  status: string;
  task: string | null;
  vm: string;
  power: number;
}

async function show(id: string): Promise<Snapshot & { body: Record<string, unknown> }> {
  const response = await simClient().compute('GET', `/servers/${id}`);
  const s = response.body.server;
  return { status: s.status, task: s['OS-EXT-STS:task_state'], vm: s['OS-EXT-STS:vm_state'], power: s['OS-EXT-STS:power_state'], body: s };
}

/** Runs an action, then records the server after each step until nothing changes. */
async function walk(id: string, steps: number): Promise<Array<Pick<Snapshot, 'status' | 'task'>>> {
  const seen = [];
  for (let i = 0; i <= steps; i += 1) {
    if (i > 0) simClock.advance(STEP);
    const { status, task } = await show(id);
    seen.push({ status, task });
  }
  return seen;
}

const act = (id: string, body: unknown) => simClient().compute('POST', `/servers/${id}/action`, body);

describe('transitions, step by step on the manual clock', () => {
  it('create: BUILD scheduling → networking → block_device_mapping → spawning → ACTIVE', async () => {
    const created = await simClient().compute('POST', '/servers', validCreateBody());
    expect(created.status).toBe(202);
    const id = created.body.server.id as string;
    const first = await show(id);
    expect(first.body.addresses).toEqual({});
    expect(first.body.hostId).toBe('');
    expect(first.body['OS-SRV-USG:launched_at']).toBeNull();
    expect(await walk(id, 4)).toEqual([
      { status: 'BUILD', task: 'scheduling' },
      { status: 'BUILD', task: 'networking' },
      { status: 'BUILD', task: 'block_device_mapping' },
      { status: 'BUILD', task: 'spawning' },
      { status: 'ACTIVE', task: null },
    ]);
    const done = await show(id);
    expect(done.power).toBe(1);
    expect(Object.keys(done.body.addresses as object)).toEqual(['Default Network']);
    expect(done.body.hostId).toMatch(/^[0-9a-f]{56}$/);
    expect(done.body['OS-SRV-USG:launched_at']).toBe('2026-07-01T09:00:04.000000');
    expect(done.body.updated).toBe('2026-07-01T09:00:04Z');
    const root = sim.state().volumes.find((v) => v.attachment?.serverId === id);
    expect(root).toMatchObject({ status: 'in-use', size: 30, bootable: true });
  });

  it('addresses appear once networking is done, not before', async () => {
    const id = (await simClient().compute('POST', '/servers', validCreateBody())).body.server.id as string;
    simClock.advance(STEP);
    expect((await show(id)).body.addresses).toEqual({});
    simClock.advance(STEP);
    expect(Object.keys((await show(id)).body.addresses as object)).toHaveLength(1);
  });

  it('the seeded `build` server finishes like a real build', async () => {
    const id = seeded().server('build').id;
    sim.clock.advance(4 * STEP); // the same manual clock as `simClock`
    expect((await show(id)).status).toBe('ACTIVE');
  });

  it('stop: ACTIVE + powering-off → SHUTOFF with power state 4; start back', async () => {
    const id = seeded().server('active').id;
    expect((await act(id, { 'os-stop': null })).status).toBe(202);
    expect(await walk(id, 1)).toEqual([
      { status: 'ACTIVE', task: 'powering-off' },
      { status: 'SHUTOFF', task: null },
    ]);
    expect((await show(id)).power).toBe(4);
    await act(id, { 'os-start': null });
    expect(await walk(id, 1)).toEqual([
      { status: 'SHUTOFF', task: 'powering-on' },
      { status: 'ACTIVE', task: null },
    ]);
    expect((await show(id)).power).toBe(1);
  });

  it('soft reboot: REBOOT through its three tasks, then ACTIVE', async () => {
    const id = seeded().server('active').id;
    await act(id, { reboot: { type: 'SOFT' } });
    expect(await walk(id, 3)).toEqual([
      { status: 'REBOOT', task: 'rebooting' },
      { status: 'REBOOT', task: 'reboot_pending' },
      { status: 'REBOOT', task: 'reboot_started' },
      { status: 'ACTIVE', task: null },
    ]);
  });

  it('hard reboot of an ERROR server keeps showing ERROR, then ends ACTIVE', async () => {
    const id = seeded().server('error').id;
    await act(id, { reboot: { type: 'HARD' } });
    expect(await walk(id, 3)).toEqual([
      { status: 'ERROR', task: 'rebooting_hard' },
      { status: 'ERROR', task: 'reboot_pending_hard' },
      { status: 'ERROR', task: 'reboot_started_hard' },
      { status: 'ACTIVE', task: null },
    ]);
    expect((await show(id)).body).not.toHaveProperty('fault');
  });

  it('hard reboot of an ACTIVE server shows HARD_REBOOT', async () => {
    const id = seeded().server('active').id;
    await act(id, { reboot: { type: 'HARD' } });
    expect((await show(id)).status).toBe('HARD_REBOOT');
  });

  it('a hard reboot takes over a stuck soft reboot', async () => {
    const id = seeded().server('reboot').id;
    await act(id, { reboot: { type: 'HARD' } });
    expect((await walk(id, 3)).map((s) => s.status)).toEqual(['HARD_REBOOT', 'HARD_REBOOT', 'HARD_REBOOT', 'ACTIVE']);
  });

  it('resize of an ACTIVE server: RESIZE tasks, VERIFY_RESIZE for one step, then ACTIVE with the new flavor', async () => {
    const { server, flavor } = seeded();
    const id = server('active').id;
    const target = flavor('m2.c4m8').id;
    await act(id, { resize: { flavorRef: target } });
    expect(await walk(id, 5)).toEqual([
      { status: 'RESIZE', task: 'resize_prep' },
      { status: 'RESIZE', task: 'resize_migrating' },
      { status: 'RESIZE', task: 'resize_migrated' },
      { status: 'RESIZE', task: 'resize_finish' },
      { status: 'VERIFY_RESIZE', task: null },
      { status: 'ACTIVE', task: null },
    ]);
    const done = await show(id);
    expect((done.body.flavor as { id: string }).id).toBe(target);
    expect(done.power).toBe(1);
  });

  it('resize of a stopped server returns to SHUTOFF', async () => {
    const { server, flavor } = seeded();
    const id = server('shutoff').id;
    await act(id, { resize: { flavorRef: flavor('c2.c2m2').id } });
    const seen = await walk(id, 5);
    expect(seen[0]).toEqual({ status: 'RESIZE', task: 'resize_prep' });
    expect(seen[4]).toEqual({ status: 'VERIFY_RESIZE', task: null });
    expect(seen[5]).toEqual({ status: 'SHUTOFF', task: null });
    expect((await show(id)).power).toBe(4);
  });

  it('shelve of a volume-backed server: ACTIVE + shelving → shelving_offloading → SHELVED_OFFLOADED without a host', async () => {
    const id = seeded().server('active').id;
    await act(id, { shelve: null });
    expect(await walk(id, 2)).toEqual([
      { status: 'ACTIVE', task: 'shelving' },
      { status: 'ACTIVE', task: 'shelving_offloading' },
      { status: 'SHELVED_OFFLOADED', task: null },
    ]);
    expect((await show(id)).body.hostId).toBe('');
    const root = sim.state().volumes.find((v) => v.attachment?.serverId === id && v.attachment.bootIndex === 0);
    expect(root?.status).toBe('reserved');
  });

  it('shelve of a U2 server uploads its image first', async () => {
    const id = seeded().server('u2-active').id;
    await act(id, { shelve: null });
    expect((await walk(id, 4)).map((s) => s.task)).toEqual([
      'shelving',
      'shelving_image_pending_upload',
      'shelving_image_uploading',
      'shelving_offloading',
      null,
    ]);
  });

  it('unshelve: SHELVED_OFFLOADED + unshelving → spawning → ACTIVE with a host again', async () => {
    const id = seeded().server('shelved-offloaded').id;
    await act(id, { unshelve: null });
    expect(await walk(id, 2)).toEqual([
      { status: 'SHELVED_OFFLOADED', task: 'unshelving' },
      { status: 'SHELVED_OFFLOADED', task: 'spawning' },
      { status: 'ACTIVE', task: null },
    ]);
    expect((await show(id)).body.hostId).not.toBe('');
  });

  it('createImage: image tasks with the status unchanged; the image goes queued → saving → active', async () => {
    const id = seeded().server('u2-active').id;
    const response = await act(id, { createImage: { name: 'snap' } });
    const imageId = (response.headers.get('Location') ?? '').split('/').pop() ?? '';
    const imageStatus = async () => (await simClient().image('GET', `/v2/images/${imageId}`)).body.status as string;
    const seen: Array<[string, string | null, string]> = [];
    for (let i = 0; i <= 4; i += 1) {
      if (i > 0) simClock.advance(STEP);
      const s = await show(id);
      seen.push([s.status, s.task, await imageStatus()]);
    }
    expect(seen).toEqual([
      ['ACTIVE', 'image_snapshot_pending', 'queued'],
      ['ACTIVE', 'image_snapshot', 'queued'],
      ['ACTIVE', 'image_pending_upload', 'queued'],
      ['ACTIVE', 'image_uploading', 'saving'],
      ['ACTIVE', null, 'active'],
    ]);
  });

  it('delete: task deleting with the status unchanged, then 404, then DELETED only through changes-since', async () => {
    const client = simClient();
    const id = seeded().server('active').id;
    expect((await client.compute('DELETE', `/servers/${id}`)).status).toBe(204);
    expect(await walk(id, 0)).toEqual([{ status: 'ACTIVE', task: 'deleting' }]);
    expect((await client.compute('DELETE', `/servers/${id}`)).status).toBe(204);
    simClock.advance(STEP);
    const gone = await client.compute('GET', `/servers/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.itemNotFound.message).toBe(`Instance ${id} could not be found.`);
    const list = await client.compute('GET', '/servers/detail');
    expect(list.body.servers.some((s: { id: string }) => s.id === id)).toBe(false);
    const since = await client.compute('GET', '/servers/detail?changes-since=2026-07-01T09:00:00');
    const deleted = since.body.servers.find((s: { id: string }) => s.id === id);
    expect(deleted).toMatchObject({ status: 'DELETED', 'OS-EXT-STS:vm_state': 'deleted', 'OS-SRV-USG:terminated_at': '2026-07-01T09:00:01.000000' });
    expect((await client.compute('DELETE', `/servers/${id}`)).status).toBe(404);
  });

  it('delete releases the server: delete_on_termination volumes go, others become available, ports are freed', async () => {
    const id = seeded().server('active').id;
    const before = sim.state().volumes.filter((v) => v.attachment?.serverId === id).map((v) => v.name);
    expect(before.sort()).toEqual(['active-data', 'active-root']);
    await simClient().compute('DELETE', `/servers/${id}`);
    simClock.advance(STEP);
    await show(seeded().server('shutoff').id); // any request applies the due steps
    const state = sim.state();
    expect(state.volumes.find((v) => v.name === 'active-root')).toBeUndefined();
    expect(state.volumes.find((v) => v.name === 'active-data')).toMatchObject({ status: 'available', attachment: null });
    expect(state.ports.some((p) => p.deviceId === id)).toBe(false);
  });

  it('updated changes with every step', async () => {
    const id = seeded().server('active').id;
    await act(id, { 'os-stop': null });
    expect((await show(id)).body.updated).toBe('2026-07-01T09:00:00Z');
    simClock.advance(2500);
    expect((await show(id)).body.updated).toBe('2026-07-01T09:00:01Z');
  });
});
