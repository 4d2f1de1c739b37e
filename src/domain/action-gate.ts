import { type CloudProfile, ruleApplies } from './cloud-profile';
import type { FlavorFamily } from './flavor-family';
import { type ActionNeed, actionRecord, type InstanceAction } from './instance-actions';
import type { KnownStatus } from './server-status';

/** What the console knows of an instance when it decides; what it does not know (undefined) never blocks. */
export interface ActionSubject {
  status: string;
  taskState: string | null | undefined;
  /** Unknown while the flavor list loads. */
  flavorFamily?: FlavorFamily | undefined;
  /** The action asked for on this instance that the API does not show yet. */
  pendingAction?: InstanceAction | undefined;
  /** How many of each thing the instance has that an action works on (`needs`). */
  has?: Partial<Record<ActionNeed, number | undefined>>;
}

export type ActionVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'status'; needs: readonly KnownStatus[]; current: string }
  | { allowed: false; reason: 'task'; task: string }
  | { allowed: false; reason: 'flavor'; family: FlavorFamily }
  | { allowed: false; reason: 'deleted' }
  | { allowed: false; reason: 'pending'; action: InstanceAction }
  | { allowed: false; reason: 'missing'; need: ActionNeed };

export type ActionRefusal = Exclude<ActionVerdict, { allowed: true }>;

/**
 * Whether an action applies to an instance now, and if not, why (the UI turns the reason into a sentence). Every
 * place that offers an action asks here: the actions menu, the detail page's buttons, the bulk preview. In this
 * order: the spec's status and task rules, the flavor rules (NHN Cloud's: on plain OpenStack every flavor may do
 * what its status allows), an action already asked for and not yet shown, then what the action needs to work on.
 */
export function canPerform(action: InstanceAction, subject: ActionSubject, profile: CloudProfile): ActionVerdict {
  const rule = actionRecord(action);
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
  if (rule.blockedByPending && subject.pendingAction) return { allowed: false, reason: 'pending', action: subject.pendingAction };
  const missing = rule.needs?.find((need) => (subject.has?.[need] ?? 1) <= 0);
  if (missing) return { allowed: false, reason: 'missing', need: missing };
  return { allowed: true };
}
