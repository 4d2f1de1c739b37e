import { describe, expect, it } from 'vitest';
import { sim, simClock } from './node';
import { seeded, simClient, validCreateBody } from './test-client';

const STEP = 1000;
const REQUEST_ID = /^req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function act(serverId: string, body: unknown) {
  const response = await simClient().compute('POST', `/servers/${serverId}/action`, body);
  return { status: response.status, requestId: response.headers.get('x-openstack-request-id') };
}

async function actions(serverId: string) {
  const response = await simClient().compute('GET', `/servers/${serverId}/os-instance-actions`);
  expect(response.status).toBe(200);
  return response.body.instanceActions as Array<Record<string, unknown>>;
}

async function actionDetail(serverId: string, requestId: string) {
  return (await simClient().compute('GET', `/servers/${serverId}/os-instance-actions/${requestId}`)).body.instanceAction;
}

describe('instance action log', () => {
  it('records stop and start under the request ids it answered with, newest first, as Nova shows them', async () => {
    const { state, server } = seeded();
    const id = server('active').id;
    const stop = await act(id, { 'os-stop': null });
    simClock.advance(STEP);
    const start = await act(id, { 'os-start': null });
    expect(stop.requestId).toMatch(REQUEST_ID);
    const [newest, older] = await actions(id);
    expect(newest).toEqual({
      action: 'start',
      instance_uuid: id,
      message: null,
      project_id: server('active').tenantId,
      request_id: start.requestId,
      start_time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/),
      user_id: state.users[0]?.id,
    });
    expect(older).toMatchObject({ action: 'stop', request_id: stop.requestId });
  });

  it('shows an event running until the task ends, then with Success', async () => {
    const id = seeded().server('active').id;
    const { requestId } = await act(id, { 'os-stop': null });
    const running = await actionDetail(id, requestId ?? '');
    expect(running.events).toEqual([{ event: 'compute_stop_instance', start_time: running.start_time, finish_time: null, result: null, traceback: null }]);
    simClock.advance(STEP);
    const done = await actionDetail(id, requestId ?? '');
    expect(done.events[0]).toMatchObject({ result: 'Success', finish_time: expect.any(String) });
    expect(done.message).toBeNull();
  });

  it('records a create (each event ending with Success) and nothing for a refused request', async () => {
    const created = await simClient().compute('POST', '/servers', validCreateBody());
    const id = created.body.server.id as string;
    simClock.advance(5 * STEP);
    expect(await act(id, { 'os-start': null })).toMatchObject({ status: 409 });
    const list = await actions(id);
    expect(list.map((action) => action.action)).toEqual(['create']);
    expect(list[0]?.request_id).toBe(created.headers.get('x-openstack-request-id'));
    const events = (await actionDetail(id, String(list[0]?.request_id))).events as Array<{ event: string; result: string }>;
    expect(events.map((event) => [event.event, event.result])).toEqual([
      ['conductor_schedule_and_build_instances', 'Success'],
      ['compute__do_build_and_run_instance', 'Success'],
    ]);
  });

  it('records attach_volume and detach_volume, finished when the volume is', async () => {
    const client = simClient();
    const serverId = seeded().server('active').id;
    const volumeId = sim.state().volumes.find((v) => v.name === 'data-a')?.id;
    const attached = await client.compute('POST', `/servers/${serverId}/os-volume_attachments`, { volumeAttachment: { volumeId } });
    simClock.advance(STEP);
    const detached = await client.compute('DELETE', `/servers/${serverId}/os-volume_attachments/${volumeId}`);
    const [detach, attach] = await actions(serverId);
    expect(attach).toMatchObject({ action: 'attach_volume', request_id: attached.headers.get('x-openstack-request-id') });
    expect(detach).toMatchObject({ action: 'detach_volume', request_id: detached.headers.get('x-openstack-request-id') });
    expect((await actionDetail(serverId, String(attach?.request_id))).events[0]).toMatchObject({ event: 'compute_attach_volume', result: 'Success' });
    expect((await actionDetail(serverId, String(detach?.request_id))).events[0]).toMatchObject({ event: 'compute_detach_volume', result: null });
    simClock.advance(STEP);
    expect((await actionDetail(serverId, String(detach?.request_id))).events[0]).toMatchObject({ result: 'Success' });
  });

  it.each([
    ['reboot', 'active', { reboot: { type: 'SOFT' } }, 'compute_reboot_instance'],
    ['shelve', 'active', { shelve: null }, 'compute_shelve_instance'],
    ['unshelve', 'shelved-offloaded', { unshelve: null }, 'conductor_unshelve_instance'],
    ['resize', 'active', { resize: { flavorRef: 'm2.c4m8' } }, 'conductor_migrate_server'],
    ['confirmResize', 'verify-resize', { confirmResize: null }, 'compute_confirm_resize'],
    ['revertResize', 'verify-resize', { revertResize: null }, 'compute_revert_resize'],
    ['createImage', 'u2-active', { createImage: { name: 'snap' } }, 'compute_snapshot_instance'],
  ])('names %s as Nova does, and its events end with Success when the task does', async (name, serverName, body, event) => {
    const id = seeded().server(serverName).id;
    const resolved = JSON.parse(JSON.stringify(body).replace('"m2.c4m8"', JSON.stringify(seeded().flavor('m2.c4m8').id))) as unknown;
    const { status, requestId } = await act(id, resolved);
    expect(status).toBeLessThan(300);
    expect((await actions(id))[0]).toMatchObject({ action: name, request_id: requestId });
    expect((await actionDetail(id, requestId ?? '')).events[0].event).toBe(event);
    simClock.advance(10 * STEP);
    const results = (await actionDetail(id, requestId ?? '')).events.map((e: { result: string | null }) => e.result);
    expect(new Set(results)).toEqual(new Set(['Success']));
  });

  it('gives the seed its history: a create, and the failed action behind a fault with message "Error"', async () => {
    const id = seeded().server('error').id;
    const [failed, create] = await actions(id);
    expect(create).toMatchObject({ action: 'create', message: null });
    expect(failed).toMatchObject({ action: 'start', message: 'Error' });
    const detail = await actionDetail(id, String(failed?.request_id));
    expect(detail.events[0]).toMatchObject({ result: 'Error', traceback: expect.stringContaining('HypervisorUnavailable') });
    expect(await actionDetail(id, String(failed?.request_id))).toEqual(detail);
  });

  it("answers Nova's 404s: an unknown server, an unknown request id", async () => {
    const id = seeded().server('active').id;
    const unknownServer = await simClient().compute('GET', '/servers/00000000-0000-4000-8000-000000000000/os-instance-actions');
    expect(unknownServer.status).toBe(404);
    expect(unknownServer.body.itemNotFound.message).toBe('Instance 00000000-0000-4000-8000-000000000000 could not be found.');
    const unknownAction = await simClient().compute('GET', `/servers/${id}/os-instance-actions/req-nope`);
    expect(unknownAction.status).toBe(404);
    expect(unknownAction.body.itemNotFound.message).toBe('Action req-nope not found');
  });
});
