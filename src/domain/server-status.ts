import { SERVER_STATUSES, SPEC_SERVER_STATUSES, type ServerStatus } from '../api/schemas/server-status';

/**
 * The statuses of an instance. The spec's "Instance Status" table lists 18; Nova can also send SHELVED and
 * SOFT_DELETED (docs/nova-behaviour.md, "Status from vm_state and task_state"), so the console names those too
 * instead of showing them as unknown.
 */
export const SPEC_STATUSES = SPEC_SERVER_STATUSES;
export const KNOWN_STATUSES = SERVER_STATUSES;
export type KnownStatus = ServerStatus;

/** What a status means to an operator; the UI maps a tone to a colour and an icon, never colour alone. */
export type StatusTone = 'running' | 'stopped' | 'transition' | 'error' | 'paused' | 'gone' | 'unknown';

const TONES: Record<KnownStatus, StatusTone> = {
  ACTIVE: 'running',
  BUILD: 'transition',
  DELETED: 'gone',
  ERROR: 'error',
  HARD_REBOOT: 'transition',
  MIGRATING: 'transition',
  PASSWORD: 'transition',
  PAUSED: 'paused',
  REBOOT: 'transition',
  REBUILD: 'transition',
  RESCUE: 'paused',
  RESIZE: 'transition',
  REVERT_RESIZE: 'transition',
  VERIFY_RESIZE: 'transition',
  SHELVED_OFFLOADED: 'stopped',
  SHUTOFF: 'stopped',
  SUSPENDED: 'paused',
  UNKNOWN: 'unknown',
  SHELVED: 'stopped',
  SOFT_DELETED: 'gone',
};

/**
 * Statuses that are on their way to another one: the console polls fast while any shown server is in one
 * (docs/nova-behaviour.md, "Status from vm_state and task_state").
 */
export const TRANSITIONAL_STATUSES: ReadonlySet<string> = new Set<KnownStatus>([
  'BUILD',
  'REBOOT',
  'HARD_REBOOT',
  'RESIZE',
  'MIGRATING',
  'REBUILD',
  'PASSWORD',
  'REVERT_RESIZE',
  'VERIFY_RESIZE',
]);

export function isKnownStatus(status: string): status is KnownStatus {
  return (KNOWN_STATUSES as readonly string[]).includes(status);
}

/** Nova statuses are upper case, but be forgiving: an unlisted value is shown as UNKNOWN's tone with its own text. */
export function normalizeStatus(status: string | null | undefined): KnownStatus | null {
  const upper = (status ?? '').trim().toUpperCase();
  return isKnownStatus(upper) ? upper : null;
}

export function statusTone(status: string | null | undefined): StatusTone {
  const known = normalizeStatus(status);
  return known ? TONES[known] : 'unknown';
}

/** True while a server is changing: a transitional status or any running task (task_state not null). */
export function isInTransition(server: { status: string; taskState: string | null | undefined }): boolean {
  return TRANSITIONAL_STATUSES.has(server.status.toUpperCase()) || Boolean(server.taskState);
}
