/**
 * Nova's instance action log (nova/compute/instance_actions.py, nova/compute/utils.py `wrap_instance_event`): the API
 * records an action under the request's id once it accepts the request, and each service that works on it records an
 * event that finishes with "Success" or "Error". An action whose event failed gets the message "Error".
 */
import type { SimActionEvent, SimInstanceAction, SimServer, SimState } from '../state';
import type { EngineContext } from './steps';

/** Each action Nova records, with the events its services record (as of Nova 26, fake driver). */
export const ACTION_EVENTS = {
  create: ['conductor_schedule_and_build_instances', 'compute__do_build_and_run_instance'],
  delete: ['compute_terminate_instance'],
  stop: ['compute_stop_instance'],
  start: ['compute_start_instance'],
  reboot: ['compute_reboot_instance'],
  resize: ['conductor_migrate_server', 'compute_prep_resize', 'compute_resize_instance', 'compute_finish_resize'],
  confirmResize: ['compute_confirm_resize'],
  revertResize: ['compute_revert_resize', 'compute_finish_revert_resize'],
  shelve: ['compute_shelve_instance'],
  unshelve: ['conductor_unshelve_instance', 'compute_unshelve_instance'],
  createImage: ['compute_snapshot_instance'],
  attach_volume: ['compute_attach_volume'],
  detach_volume: ['compute_detach_volume'],
} as const satisfies Record<string, readonly string[]>;

export type LoggedAction = keyof typeof ACTION_EVENTS;

export interface ActionRecordContext extends EngineContext {
  requestId: string;
  userId: string;
  tenantId: string;
}

/**
 * Records an accepted request. Its events run until the task they belong to ends (the server's task, or for a
 * volume the volume's step); an action with nothing left to do finishes at once.
 */
export function recordAction(ctx: ActionRecordContext, server: SimServer, action: LoggedAction, volumeId?: string): void {
  const events: SimActionEvent[] = ACTION_EVENTS[action].map((event) => ({
    event,
    startTime: ctx.now,
    finishTime: null,
    result: null,
    traceback: null,
  }));
  const record: SimInstanceAction = {
    action,
    serverId: server.id,
    requestId: ctx.requestId,
    userId: ctx.userId,
    projectId: ctx.tenantId,
    startTime: ctx.now,
    updatedAt: ctx.now,
    message: null,
    events,
    ...(volumeId ? { volumeId } : {}),
  };
  ctx.state.instanceActions.push(record);
  const pending = ctx.state.schedule.some((step) =>
    volumeId ? step.kind === 'volume' && step.volumeId === volumeId : step.kind === 'server' && step.serverId === server.id,
  );
  if (!pending) finishEvents(record, ctx.now);
}

/** The server's task ended: its running (non-volume) actions finish with success. */
export function finishServerActions(state: SimState, serverId: string, at: number): void {
  for (const record of state.instanceActions) {
    if (record.serverId === serverId && record.volumeId === undefined) finishEvents(record, at);
  }
}

/** A volume reached the end of its attach or detach. */
export function finishVolumeActions(state: SimState, volumeId: string, at: number): void {
  for (const record of state.instanceActions) {
    if (record.volumeId === volumeId) finishEvents(record, at);
  }
}

function finishEvents(record: SimInstanceAction, at: number): void {
  let changed = false;
  for (const event of record.events) {
    if (event.finishTime !== null) continue;
    event.finishTime = at;
    event.result = 'Success';
    changed = true;
  }
  if (changed) record.updatedAt = at;
}

/**
 * The log of one server, newest first (Nova orders by created_at, then id, descending). The seed's servers were never
 * created through the API, so their history (a create, and the failed action behind a fault) is derived from the
 * server rather than stored: a 5,000-server fleet then costs no storage.
 */
export function serverActions(state: SimState, server: SimServer): SimInstanceAction[] {
  const recorded = state.instanceActions.filter((record) => record.serverId === server.id);
  const history = recorded.some((record) => record.action === 'create') ? recorded : [...seededHistory(server), ...recorded];
  return history.map((record, index) => ({ record, index })).sort((a, b) => b.record.startTime - a.record.startTime || b.index - a.index).map(({ record }) => record);
}

function seededHistory(server: SimServer): SimInstanceAction[] {
  const base = { serverId: server.id, userId: server.userId, projectId: server.tenantId };
  const finished = server.launchedAt;
  const create: SimInstanceAction = {
    ...base,
    action: 'create',
    requestId: derivedRequestId(server.id, 'create'),
    startTime: server.createdAt,
    updatedAt: finished ?? server.createdAt,
    message: null,
    events: ACTION_EVENTS.create.map((event) => ({
      event,
      startTime: server.createdAt,
      finishTime: finished,
      result: finished === null ? null : 'Success',
      traceback: null,
    })),
  };
  if (!server.fault) return [create];
  // The seed's faults are a host lost under a running server: the next start failed on it.
  const failed: SimInstanceAction = {
    ...base,
    action: 'start',
    requestId: derivedRequestId(server.id, 'fault'),
    startTime: server.fault.createdAt - 4000,
    updatedAt: server.fault.createdAt,
    message: 'Error',
    events: [
      {
        event: 'compute_start_instance',
        startTime: server.fault.createdAt - 4000,
        finishTime: server.fault.createdAt,
        result: 'Error',
        traceback: `Traceback (most recent call last):\n  File "/usr/lib/python3/dist-packages/nova/compute/utils.py", line 1439, in decorated_function\n    return function(self, context, *args, **kwargs)\nnova.exception.HypervisorUnavailable: ${server.fault.message}\n`,
      },
    ],
  };
  return [create, failed];
}

/** A request id of Nova's form (`req-` and a UUID) that is the same every time it is derived for the server. */
function derivedRequestId(serverId: string, kind: 'create' | 'fault'): string {
  // FNV-1a over the server id and the kind, stretched to 32 hex digits.
  let hex = '';
  for (let round = 0; hex.length < 32; round += 1) {
    let hash = 0x811c9dc5;
    for (const char of `${kind}:${round}:${serverId}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    hex += hash.toString(16).padStart(8, '0');
  }
  const h = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17, 32)}`;
  return `req-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
