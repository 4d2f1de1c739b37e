/**
 * Nova's check_instance_host and check_instance_state decorators (nova/compute/api.py), with the 409
 * messages of nova/api/openstack/common.py `raise_http_conflict_for_instance_invalid_state`.
 */
import { conflict } from '../http/faults';
import type { SimServer } from '../state';

export interface StateRule {
  /** The word in `Cannot '<word>' instance ...`: `start`, not `os-start`. */
  word: string;
  vmStates: string[];
  /** Allowed task states; null stands for "no task". */
  taskStates: Array<string | null>;
  /** start/stop refuse a server without a host first ("is not ready"). */
  needsHost?: boolean;
  /** Default true in Nova: a server never launched cannot be acted on. */
  mustHaveLaunched?: boolean;
}

export function checkState(server: SimServer, rule: StateRule): void {
  if (rule.needsHost && !server.host) throw conflict(`Instance ${server.id} is not ready`);
  const cannot = (attr: string, value: string) => conflict(`Cannot '${rule.word}' instance ${server.id} while it is in ${attr} ${value}`);
  if (!rule.vmStates.includes(server.vmState)) throw cannot('vm_state', server.vmState);
  if (!rule.taskStates.includes(server.taskState)) throw cannot('task_state', String(server.taskState));
  if ((rule.mustHaveLaunched ?? true) && server.launchedAt === null) {
    throw conflict(`Instance ${server.id} is in an invalid state for '${rule.word}'`);
  }
}

const NO_TASK = [null];
/**
 * Nova's ALLOW_REBOOT, less `rebooting_hard`: the spec lists ACTIVE, ERROR, PAUSED and REBOOT for a hard reboot, not
 * HARD_REBOOT, so a hard reboot already running is not started again (Nova would).
 */
export const HARD_REBOOT_TASKS = [null, 'rebooting', 'reboot_pending', 'reboot_started', 'pausing', 'unpausing', 'suspending', 'resuming'];

/** Each action's allowed states: the NHN guide's "the instance status must be ..." sentences, over Nova's table. */
export const RULES = {
  // "To call this API, the instance status must be SHUTOFF."
  start: { word: 'start', vmStates: ['stopped'], taskStates: NO_TASK, needsHost: true },
  // "the instance status must be either ACTIVE or ERROR."
  stop: { word: 'stop', vmStates: ['active', 'error'], taskStates: NO_TASK, needsHost: true },
  // "the instance's state must be SHELVED_OFFLOADED."
  unshelve: { word: 'unshelve', vmStates: ['shelved_offloaded'], taskStates: NO_TASK },
  // "The instance's status must be ACTIVE to call this API."
  shelve: { word: 'shelve', vmStates: ['active'], taskStates: NO_TASK },
  // "SOFT: ... The instance must be in ACTIVE status."
  softReboot: { word: 'reboot', vmStates: ['active'], taskStates: NO_TASK },
  // "HARD: ... ACTIVE, ERROR, PAUSED, REBOOT"; Nova lets a hard reboot interrupt the rebooting tasks.
  hardReboot: { word: 'reboot', vmStates: ['active', 'error', 'paused'], taskStates: HARD_REBOOT_TASKS },
  // "Flavors can only be changed when an instance is ACTIVE or SHUTOFF."
  resize: { word: 'resize', vmStates: ['active', 'stopped'], taskStates: NO_TASK },
  // "VERIFY_RESIZE: Instance is waiting for confirmation"; Nova's confirm_resize and revert_resize need vm_state resized.
  confirmResize: { word: 'confirmResize', vmStates: ['resized'], taskStates: NO_TASK },
  revertResize: { word: 'revertResize', vmStates: ['resized'], taskStates: NO_TASK },
  // "Images can only be created when an instance is ACTIVE, SHUTOFF, SUSPENDED, or PAUSED."
  createImage: { word: 'createImage', vmStates: ['active', 'stopped', 'suspended', 'paused'], taskStates: NO_TASK },
  // Nova's attach/detach at 2.1 (shelved states need 2.20).
  attachVolume: { word: 'attach_volume', vmStates: ['active', 'paused', 'stopped', 'resized', 'soft-delete'], taskStates: NO_TASK, mustHaveLaunched: false },
  detachVolume: { word: 'detach_volume', vmStates: ['active', 'paused', 'stopped', 'resized', 'soft-delete'], taskStates: NO_TASK, mustHaveLaunched: false },
} satisfies Record<string, StateRule>;
