import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import { getInstanceAction, listInstanceActions } from './instance-actions';

withTestSession();

const SERVER = 'e0a7ed34-899c-4b4d-8637-11ca627346ef';
const BASE = `${COMPUTE}/servers/${SERVER}/os-instance-actions`;
const STOP_ID = 'req-4b2c81f0-94c2-4a6e-9d8e-31f6cf0d7a10';

// Shaped as Nova answers at 2.1 (the legacy /v2 path): zone-less times with microseconds, `message` null.
const stop = {
  action: 'stop',
  instance_uuid: SERVER,
  message: null,
  project_id: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  request_id: STOP_ID,
  start_time: '2026-11-30T08:12:41.202000',
  user_id: 'a9b3d51c4e2f4b8e9f0a1b2c3d4e5f60',
};
const failedCreate = { ...stop, action: 'create', message: 'Error', request_id: 'req-0f6d2a5e-1b7c-4e8d-9a3f-5c6b7d8e9f01', start_time: '2026-11-30T08:00:00.000000' };

describe('instance actions', () => {
  it('lists the actions of a server as Nova sends them, newest first', async () => {
    const calls = answer('get', BASE, () => HttpResponse.json({ instanceActions: [stop, failedCreate] }));
    const actions = await listInstanceActions(SERVER);
    expect(calls[0]?.url.pathname).toBe(`/sim/compute/v2/t/servers/${SERVER}/os-instance-actions`);
    expect(actions.map((action) => [action.action, action.request_id, action.message])).toEqual([
      ['stop', STOP_ID, null],
      ['create', failedCreate.request_id, 'Error'],
    ]);
  });

  it('reads 2.58 answers (updated_at) and older ones (a space for the T, "" for no message, numeric ids)', async () => {
    const older = { ...stop, message: '', start_time: '2012-12-05 01:00:00.000000', project_id: 842, user_id: 789 };
    answer('get', BASE, () => HttpResponse.json({ instanceActions: [{ ...stop, updated_at: '2026-11-30T08:12:44.000000' }, older] }));
    const [newer, old] = await listInstanceActions(SERVER);
    expect(newer?.updated_at).toBe('2026-11-30T08:12:44.000000');
    expect(old).toMatchObject({ message: '', start_time: '2012-12-05 01:00:00.000000', user_id: null, project_id: null });
  });

  it('leaves out a record without a request id and keeps the others', async () => {
    answer('get', BASE, () => HttpResponse.json({ instanceActions: [{ ...stop, request_id: null }, failedCreate] }));
    await expect(listInstanceActions(SERVER)).resolves.toHaveLength(1);
  });

  it('gets one action with its events, traceback included where the cloud shows it', async () => {
    const event = { event: 'compute_stop_instance', start_time: '2026-11-30T08:12:41.310000', finish_time: '2026-11-30T08:12:44.020000', result: 'Success', traceback: null };
    const calls = answer('get', `${BASE}/:requestId`, () => HttpResponse.json({ instanceAction: { ...stop, events: [event] } }));
    const action = await getInstanceAction(SERVER, STOP_ID);
    expect(calls[0]?.url.pathname).toBe(`/sim/compute/v2/t/servers/${SERVER}/os-instance-actions/${STOP_ID}`);
    expect(action.events).toEqual([{ ...event, hostId: undefined, host: undefined }]);
  });

  it('tells "no events shown" (a non-admin before 2.51) from "no events"', async () => {
    answer('get', `${BASE}/:requestId`, () => HttpResponse.json({ instanceAction: stop }));
    const action = await getInstanceAction(SERVER, STOP_ID);
    expect(action.action).toBe('stop');
    expect(action.events).toBeUndefined();
  });

  it('reads a running event (no finish, no result)', async () => {
    const running = { event: 'compute_start_instance', start_time: '2026-11-30T08:13:00.000000', finish_time: null, result: null };
    answer('get', `${BASE}/:requestId`, () => HttpResponse.json({ instanceAction: { ...stop, action: 'start', events: [running] } }));
    const action = await getInstanceAction(SERVER, STOP_ID);
    expect(action.events?.[0]).toMatchObject({ event: 'compute_start_instance', finish_time: null, result: null });
    expect(action.events?.[0]?.traceback).toBeUndefined();
  });

  it("passes Nova's 404 for an unknown request id through as the server's message", async () => {
    answer('get', `${BASE}/:requestId`, () =>
      HttpResponse.json({ itemNotFound: { code: 404, message: 'Action req-nope not found' } }, { status: 404 }),
    );
    await expect(getInstanceAction(SERVER, 'req-nope')).rejects.toMatchObject({ kind: 'http', status: 404, message: 'Action req-nope not found' });
  });
});
