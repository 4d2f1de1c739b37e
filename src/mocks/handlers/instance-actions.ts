/** GET /servers/{id}/os-instance-actions[/{request_id}] as Nova answers at 2.1, to a role that may see events. */
import { serverActions } from '../engine/instance-actions';
import { notFound } from '../http/faults';
import { json } from '../http/respond';
import type { SimRoute } from '../http/router';
import type { SimActionEvent, SimInstanceAction } from '../state';
import { zonelessMicros } from '../time-format';
import { findServer } from './servers';

const BASE = '/compute/v2/:tenantId/servers/:serverId/os-instance-actions';

const time = (ms: number | null) => (ms === null ? null : zonelessMicros(ms));

function actionView(record: SimInstanceAction) {
  return {
    action: record.action,
    instance_uuid: record.serverId,
    message: record.message,
    project_id: record.projectId,
    request_id: record.requestId,
    start_time: time(record.startTime),
    user_id: record.userId,
  };
}

function eventView(event: SimActionEvent) {
  return {
    event: event.event,
    start_time: time(event.startTime),
    finish_time: time(event.finishTime),
    result: event.result,
    traceback: event.traceback,
  };
}

export const instanceActionRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: BASE,
    service: 'compute',
    handle(ctx) {
      const server = findServer(ctx);
      return json({ instanceActions: serverActions(ctx.state, server).map(actionView) });
    },
  },
  {
    method: 'GET',
    path: `${BASE}/:requestId`,
    service: 'compute',
    handle(ctx) {
      const server = findServer(ctx);
      const id = ctx.params.requestId ?? '';
      const record = serverActions(ctx.state, server).find((r) => r.requestId === id);
      if (!record) throw notFound(`Action ${id} not found`);
      return json({ instanceAction: { ...actionView(record), events: record.events.map(eventView) } });
    },
  },
];
