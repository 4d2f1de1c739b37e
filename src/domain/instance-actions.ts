import type { ProfileRuleId } from './cloud-profile';
import {
  canCreateImageThroughInstanceApi,
  canResizeFamily,
  canShelveFamily,
  type FlavorFamily,
} from './flavor-family';
import type { KnownStatus } from './server-status';

/**
 * Where an action leads, for the console to tell the user when it got there: a status; `statusBefore` (a resize: the
 * status it had, or VERIFY_RESIZE where the cloud waits for a decision); `powerState` (a confirmed or reverted resize:
 * ACTIVE or SHUTOFF as the guest's power state says); null when its effect shows at once and nothing is waited for.
 */
export type ActionLeadsTo = KnownStatus | 'statusBefore' | 'powerState' | null;

/** Something the instance must have for the action to have anything to work on. */
export type ActionNeed = 'port' | 'securityGroup' | 'detachableVolume';

/**
 * How the console asks before sending: `none` sends at once (nothing to choose, nothing lost); `confirm` says what
 * will happen and asks; `form` asks for what the action needs (a flavor, a name, a volume...); `typeName` asks for
 * the instance's name, typed out.
 */
export type ActionDialogKind = 'none' | 'confirm' | 'form' | 'typeName';

/** Every fact the console needs about one action. */
export interface ActionRecord {
  /** Statuses the API accepts; `'any'` when the API does not restrict it. */
  statuses: readonly KnownStatus[] | 'any';
  /** Task states that do not block the action; `'any'` when running tasks do not matter. */
  tasks: readonly string[] | 'any';
  /** The spec's or Nova's own sentence the status rule comes from. */
  source: string;
  /** Flavor restriction: which families it allows, and the cloud profile rule it is (NHN Cloud's, all of them). */
  flavor?: { allows: (family: FlavorFamily) => boolean; rule: ProfileRuleId };
  needs?: readonly ActionNeed[];
  leadsTo: ActionLeadsTo;
  /**
   * An action asked for and not yet shown by the API blocks this one: a second status change sent before the first
   * shows would be refused (409) or, worse, run twice.
   */
  blockedByPending: boolean;
  /** Asks for a confirmation that says what it interrupts or changes for good (and warns in bulk). */
  confirms: boolean;
  /**
   * Can lose something the user cannot get back with another action: data (a hard reboot's unsaved memory, a
   * revert's writes since the resize, a detach's writes in flight, a delete's everything) or the host (shelve). Its
   * button is red. Stop and Resize are not: the guest shuts down cleanly and Start gives everything back.
   */
  destructive: boolean;
  /** Offered for many selected instances at once. */
  bulk: boolean;
  dialog: ActionDialogKind;
}

const NO_TASK: readonly string[] = [];

/** A status change the user waits for: tracked until it ends, blocked by another one still pending. */
const TRACKED = { blockedByPending: true } as const;
const INSTANT = { leadsTo: null, blockedByPending: false, confirms: false, destructive: false, bulk: false } as const;

/**
 * One record per action, in the order the actions menu lists them. The spec's sentences are from the Instance API
 * v2 guide; where it says nothing, Nova's own rule (docs/nova-behaviour.md, "Actions while a task runs").
 */
export const ACTIONS = {
  start: {
    statuses: ['SHUTOFF'],
    tasks: NO_TASK,
    source: 'Start Stopped Instance: "To call this API, the instance status must be SHUTOFF."',
    leadsTo: 'ACTIVE',
    ...TRACKED,
    confirms: false,
    destructive: false,
    bulk: true,
    dialog: 'none',
  },
  unshelve: {
    statuses: ['SHELVED_OFFLOADED'],
    tasks: NO_TASK,
    source: 'Start Terminated Instance: "To call this API, the instance\'s state must be SHELVED_OFFLOADED."',
    leadsTo: 'ACTIVE',
    ...TRACKED,
    confirms: false,
    destructive: false,
    bulk: true,
    // Confirmed in a dialog that checks the quota first: the flavor counts against it again once placed.
    dialog: 'confirm',
  },
  stop: {
    statuses: ['ACTIVE', 'ERROR'],
    tasks: NO_TASK,
    source: 'Stop Instance: "To call this API, the instance status must be either ACTIVE or ERROR."',
    leadsTo: 'SHUTOFF',
    ...TRACKED,
    confirms: true,
    destructive: false,
    bulk: true,
    dialog: 'confirm',
  },
  rebootSoft: {
    statuses: ['ACTIVE'],
    tasks: NO_TASK,
    source: 'Restart Instance: "SOFT: ... The instance must be in ACTIVE status."',
    leadsTo: 'ACTIVE',
    ...TRACKED,
    confirms: false,
    destructive: false,
    bulk: true,
    dialog: 'none',
  },
  rebootHard: {
    statuses: ['ACTIVE', 'ERROR', 'PAUSED', 'REBOOT'],
    // A REBOOT status *is* a running reboot task; Nova lets a hard reboot take over from it, and from the pause and
    // suspend tasks, which leave the status as it was (docs/nova-behaviour.md, "Actions while a task runs").
    // HARD_REBOOT is not in the spec's list: a hard reboot already running is not started again, although Nova would
    // (docs/simulation-differences.md).
    tasks: ['rebooting', 'reboot_pending', 'reboot_started', 'pausing', 'unpausing', 'suspending', 'resuming'],
    source: 'Restart Instance: "HARD: ... An instance can only be forcefully stopped when it is in one of these statuses: ACTIVE, ERROR, PAUSED, REBOOT"',
    leadsTo: 'ACTIVE',
    ...TRACKED,
    confirms: true,
    destructive: true,
    bulk: true,
    dialog: 'confirm',
  },
  shelve: {
    statuses: ['ACTIVE'],
    tasks: NO_TASK,
    source: 'Terminate Instance: "The instance\'s status must be ACTIVE to call this API."',
    flavor: { allows: canShelveFamily, rule: 'shelveGpu' },
    leadsTo: 'SHELVED_OFFLOADED',
    ...TRACKED,
    confirms: true,
    destructive: true,
    bulk: true,
    dialog: 'confirm',
  },
  resize: {
    statuses: ['ACTIVE', 'SHUTOFF'],
    tasks: NO_TASK,
    source: 'Change Instance Flavor: "Flavors can only be changed when an instance is ACTIVE or SHUTOFF."',
    flavor: { allows: canResizeFamily, rule: 'resizeFamilies' },
    leadsTo: 'statusBefore',
    ...TRACKED,
    confirms: true,
    destructive: false,
    bulk: false,
    dialog: 'form',
  },
  // NHN confirms a resize by itself; upstream Nova waits in VERIFY_RESIZE until the user confirms or reverts.
  // Confirming keeps what the user asked for with the resize itself, so it does not ask again; reverting does.
  confirmResize: {
    statuses: ['VERIFY_RESIZE'],
    tasks: NO_TASK,
    source: 'Instance Status: "VERIFY_RESIZE: Instance is waiting for confirmation after changing flavors"; Nova confirm_resize needs vm_state resized with no task.',
    leadsTo: 'powerState',
    ...TRACKED,
    confirms: false,
    destructive: false,
    bulk: true,
    dialog: 'none',
  },
  revertResize: {
    statuses: ['VERIFY_RESIZE'],
    tasks: NO_TASK,
    source: 'Instance Status: "VERIFY_RESIZE: Instance is waiting for confirmation after changing flavors"; Nova revert_resize needs vm_state resized with no task.',
    leadsTo: 'powerState',
    ...TRACKED,
    confirms: true,
    destructive: true,
    bulk: true,
    dialog: 'confirm',
  },
  rename: {
    statuses: 'any',
    tasks: 'any',
    source: 'Modify Instance: no status named; Nova renames in any state.',
    ...INSTANT,
    dialog: 'form',
  },
  createImage: {
    statuses: ['ACTIVE', 'SHUTOFF', 'SUSPENDED', 'PAUSED'],
    tasks: NO_TASK,
    source: 'Create Instance Image: "Images can only be created when an instance is ACTIVE, SHUTOFF, SUSPENDED, or PAUSED." and "Only U2 flavor instances can create images via this API."',
    flavor: { allows: canCreateImageThroughInstanceApi, rule: 'createImageU2Only' },
    ...INSTANT,
    dialog: 'form',
  },
  addSecurityGroup: {
    statuses: 'any',
    tasks: 'any',
    source: 'Add Security Group: "The added security group is applied to all ports of the instance." No status named; Nova updates the ports whatever the state, and answers 404 for an instance with no port yet (docs/nova-behaviour.md, "Actions while a task runs").',
    needs: ['port'],
    ...INSTANT,
    dialog: 'form',
  },
  removeSecurityGroup: {
    statuses: 'any',
    tasks: 'any',
    source: 'Delete Security Group: "The specified security group is deleted from all ports of the instance." No status named; Nova updates the ports whatever the state, and answers 404 for an instance with no port yet (docs/nova-behaviour.md, "Actions while a task runs").',
    needs: ['port', 'securityGroup'],
    ...INSTANT,
    dialog: 'form',
  },
  attachVolume: {
    statuses: ['ACTIVE', 'PAUSED', 'SHUTOFF', 'VERIFY_RESIZE'],
    tasks: NO_TASK,
    source: 'Nova attach_volume: vm_state active, paused, stopped or resized with no task (shelved needs microversion 2.20, which /v2 does not take).',
    ...INSTANT,
    dialog: 'form',
  },
  detachVolume: {
    statuses: ['ACTIVE', 'PAUSED', 'SHUTOFF', 'VERIFY_RESIZE'],
    tasks: NO_TASK,
    source: 'Nova detach_volume: vm_state active, paused, stopped or resized with no task.',
    needs: ['detachableVolume'],
    ...INSTANT,
    confirms: true,
    destructive: true,
    dialog: 'form',
  },
  delete: {
    statuses: 'any',
    tasks: 'any',
    source: 'Delete Instance: no status named; Nova deletes in any state.',
    leadsTo: 'DELETED',
    // A delete goes through whatever was asked for before: it is the way out of a stuck request.
    blockedByPending: false,
    confirms: true,
    destructive: true,
    bulk: true,
    dialog: 'typeName',
  },
} as const satisfies Record<string, ActionRecord>;

export type InstanceAction = keyof typeof ACTIONS;

/** Every action the console offers on an instance, in the menu's order. */
export const INSTANCE_ACTIONS = Object.keys(ACTIONS) as InstanceAction[];

export function actionRecord(action: InstanceAction): ActionRecord {
  return ACTIONS[action];
}

type ActionsWhere<Fact extends keyof (typeof ACTIONS)[InstanceAction], Value> = {
  [A in InstanceAction]: (typeof ACTIONS)[A][Fact] extends Value ? A : never;
}[InstanceAction];

/** Sent at once from the menu, without a dialog. */
export type DirectAction = ActionsWhere<'dialog', 'none'>;
/** Opens a dialog first; the UI's dialog table is keyed by these. */
export type DialogAction = Exclude<InstanceAction, DirectAction>;
/** A plain "what will happen" confirmation. */
export type ConfirmAction = ActionsWhere<'dialog', 'confirm'>;
export type BulkAction = ActionsWhere<'bulk', true>;
/** A bulk action that warns what it interrupts or changes for good before it runs. */
export type WarnedBulkAction = Extract<BulkAction, ActionsWhere<'confirms', true>>;

/** Restricted by flavor on NHN Cloud; the UI has a sentence for each. */
export type FlavorRuledAction = { [A in InstanceAction]: (typeof ACTIONS)[A] extends { flavor: object } ? A : never }[InstanceAction];

export function hasFlavorRule(action: InstanceAction): action is FlavorRuledAction {
  return 'flavor' in ACTIONS[action];
}

export function isDirectAction(action: InstanceAction): action is DirectAction {
  return ACTIONS[action].dialog === 'none';
}

export function isBulkAction(action: InstanceAction): action is BulkAction {
  return ACTIONS[action].bulk;
}

export function isWarnedBulkAction(action: BulkAction): action is WarnedBulkAction {
  return ACTIONS[action].confirms;
}

/** The actions offered over a selection, in the menu's order. */
export const BULK_ACTIONS: readonly BulkAction[] = INSTANCE_ACTIONS.filter(isBulkAction);
