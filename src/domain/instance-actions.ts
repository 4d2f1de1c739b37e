import { type CloudProfile, type ProfileRuleId, ruleApplies } from './cloud-profile';
import {
  canCreateImageThroughInstanceApi,
  canResizeFamily,
  canShelveFamily,
  type FlavorFamily,
} from './flavor-family';
import type { KnownStatus } from './server-status';

/** Every action the console offers on an instance. */
export const INSTANCE_ACTIONS = [
  'start',
  'unshelve',
  'stop',
  'shelve',
  'rebootSoft',
  'rebootHard',
  'resize',
  'confirmResize',
  'revertResize',
  'createImage',
  'addSecurityGroup',
  'removeSecurityGroup',
  'attachVolume',
  'detachVolume',
  'rename',
  'delete',
] as const;

export type InstanceAction = (typeof INSTANCE_ACTIONS)[number];

interface ActionRule {
  /** Statuses the API accepts; `'any'` when the API does not restrict it. */
  statuses: readonly KnownStatus[] | 'any';
  /** Task states that do not block the action; `'any'` when running tasks do not matter. */
  tasks: readonly string[] | 'any';
  /** The spec's or Nova's own sentence the rule comes from. */
  source: string;
  /** Flavor restriction: which families it allows, and the cloud profile rule it is (NHN Cloud's, all of them). */
  flavor?: { allows: (family: FlavorFamily) => boolean; rule: ProfileRuleId };
}

const NO_TASK: readonly string[] = [];

export const ACTION_RULES: Record<InstanceAction, ActionRule> = {
  start: {
    statuses: ['SHUTOFF'],
    tasks: NO_TASK,
    source: 'Start Stopped Instance: "To call this API, the instance status must be SHUTOFF."',
  },
  unshelve: {
    statuses: ['SHELVED_OFFLOADED'],
    tasks: NO_TASK,
    source: 'Start Terminated Instance: "To call this API, the instance\'s state must be SHELVED_OFFLOADED."',
  },
  stop: {
    statuses: ['ACTIVE', 'ERROR'],
    tasks: NO_TASK,
    source: 'Stop Instance: "To call this API, the instance status must be either ACTIVE or ERROR."',
  },
  shelve: {
    statuses: ['ACTIVE'],
    tasks: NO_TASK,
    source: 'Terminate Instance: "The instance\'s status must be ACTIVE to call this API."',
    flavor: { allows: canShelveFamily, rule: 'shelveGpu' },
  },
  rebootSoft: {
    statuses: ['ACTIVE'],
    tasks: NO_TASK,
    source: 'Restart Instance: "SOFT: ... The instance must be in ACTIVE status."',
  },
  rebootHard: {
    statuses: ['ACTIVE', 'ERROR', 'PAUSED', 'REBOOT'],
    // A REBOOT status *is* a running reboot task; Nova lets a hard reboot take over from it, and from the pause and
    // suspend tasks, which leave the status as it was (docs/nova-behaviour.md, "Actions while a task runs").
    // HARD_REBOOT is not in the spec's list: a hard reboot already running is not started again, although Nova would
    // (docs/simulation-differences.md).
    tasks: ['rebooting', 'reboot_pending', 'reboot_started', 'pausing', 'unpausing', 'suspending', 'resuming'],
    source: 'Restart Instance: "HARD: ... An instance can only be forcefully stopped when it is in one of these statuses: ACTIVE, ERROR, PAUSED, REBOOT"',
  },
  resize: {
    statuses: ['ACTIVE', 'SHUTOFF'],
    tasks: NO_TASK,
    source: 'Change Instance Flavor: "Flavors can only be changed when an instance is ACTIVE or SHUTOFF."',
    flavor: { allows: canResizeFamily, rule: 'resizeFamilies' },
  },
  // NHN confirms a resize by itself; upstream Nova waits in VERIFY_RESIZE until the user confirms or reverts.
  confirmResize: {
    statuses: ['VERIFY_RESIZE'],
    tasks: NO_TASK,
    source: 'Instance Status: "VERIFY_RESIZE: Instance is waiting for confirmation after changing flavors"; Nova confirm_resize needs vm_state resized with no task.',
  },
  revertResize: {
    statuses: ['VERIFY_RESIZE'],
    tasks: NO_TASK,
    source: 'Instance Status: "VERIFY_RESIZE: Instance is waiting for confirmation after changing flavors"; Nova revert_resize needs vm_state resized with no task.',
  },
  createImage: {
    statuses: ['ACTIVE', 'SHUTOFF', 'SUSPENDED', 'PAUSED'],
    tasks: NO_TASK,
    source: 'Create Instance Image: "Images can only be created when an instance is ACTIVE, SHUTOFF, SUSPENDED, or PAUSED." and "Only U2 flavor instances can create images via this API."',
    flavor: { allows: canCreateImageThroughInstanceApi, rule: 'createImageU2Only' },
  },
  addSecurityGroup: {
    statuses: 'any',
    tasks: 'any',
    source: 'Add Security Group: no status named; Nova updates the ports whatever the state (docs/nova-behaviour.md, "Actions while a task runs").',
  },
  removeSecurityGroup: {
    statuses: 'any',
    tasks: 'any',
    source: 'Delete Security Group: no status named; Nova updates the ports whatever the state (docs/nova-behaviour.md, "Actions while a task runs").',
  },
  attachVolume: {
    statuses: ['ACTIVE', 'PAUSED', 'SHUTOFF', 'VERIFY_RESIZE'],
    tasks: NO_TASK,
    source: 'Nova attach_volume: vm_state active, paused, stopped or resized with no task (shelved needs microversion 2.20, which /v2 does not take).',
  },
  detachVolume: {
    statuses: ['ACTIVE', 'PAUSED', 'SHUTOFF', 'VERIFY_RESIZE'],
    tasks: NO_TASK,
    source: 'Nova detach_volume: vm_state active, paused, stopped or resized with no task.',
  },
  rename: {
    statuses: 'any',
    tasks: 'any',
    source: 'Modify Instance: no status named; Nova renames in any state.',
  },
  delete: {
    statuses: 'any',
    tasks: 'any',
    source: 'Delete Instance: no status named; Nova deletes in any state.',
  },
};

export interface ActionSubject {
  status: string;
  taskState: string | null | undefined;
  /** Unknown while the flavor list loads; flavor rules then do not block. */
  flavorFamily?: FlavorFamily | undefined;
}

export type ActionVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'status'; needs: readonly KnownStatus[]; current: string }
  | { allowed: false; reason: 'task'; task: string }
  | { allowed: false; reason: 'flavor'; family: FlavorFamily }
  | { allowed: false; reason: 'deleted' };

/**
 * Whether an action applies to an instance now, and if not, why (the UI turns the reason into a sentence). The
 * flavor rules are NHN Cloud's: on plain OpenStack every flavor may do what its status allows.
 */
export function canPerform(action: InstanceAction, subject: ActionSubject, profile: CloudProfile): ActionVerdict {
  const rule = ACTION_RULES[action];
  const status = subject.status.toUpperCase();
  const task = subject.taskState ?? null;
  if (status === 'DELETED' || status === 'SOFT_DELETED' || task === 'deleting') return { allowed: false, reason: 'deleted' };
  if (rule.statuses !== 'any' && !(rule.statuses as readonly string[]).includes(status)) {
    return { allowed: false, reason: 'status', needs: rule.statuses, current: status };
  }
  if (task && rule.tasks !== 'any' && !rule.tasks.includes(task)) return { allowed: false, reason: 'task', task };
  if (rule.flavor && ruleApplies(rule.flavor.rule, profile) && subject.flavorFamily && !rule.flavor.allows(subject.flavorFamily)) {
    return { allowed: false, reason: 'flavor', family: subject.flavorFamily };
  }
  return { allowed: true };
}

/** Actions that change the power or life state: these ask for a confirmation first. */
export const CONFIRMED_ACTIONS: ReadonlySet<InstanceAction> = new Set([
  'stop',
  'rebootHard',
  'shelve',
  'resize',
  'revertResize',
  'delete',
  'detachVolume',
]);

/** The status an action is expected to end in, so the console can tell the user when it got there. */
export const ACTION_TARGET_STATUS: Partial<Record<InstanceAction, KnownStatus>> = {
  start: 'ACTIVE',
  unshelve: 'ACTIVE',
  stop: 'SHUTOFF',
  shelve: 'SHELVED_OFFLOADED',
  rebootSoft: 'ACTIVE',
  rebootHard: 'ACTIVE',
  delete: 'DELETED',
};

/** Nova's power_state code for a guest that is shut down (nova/compute/power_state.py). */
const POWER_SHUTDOWN = 4;

/**
 * Where a confirmed or reverted resize ends. Nova keeps the power state through a resize and, on confirm, sets
 * vm_state stopped when the guest is shut down, else active; a revert goes back to the vm_state the server had
 * before, which is the power state it kept (nova/compute/manager.py confirm_resize, finish_revert_resize).
 */
export function statusAfterResizeDecision(powerState: number | null | undefined): 'ACTIVE' | 'SHUTOFF' {
  return powerState === POWER_SHUTDOWN ? 'SHUTOFF' : 'ACTIVE';
}
