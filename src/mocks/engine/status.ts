/**
 * `status` is derived from (vm_state, task_state) exactly as Nova's _STATE_MAP does
 * (nova/api/openstack/common.py); most running tasks leave it unchanged.
 */
import type { SimServer } from '../state';

const RESIZE_TASKS = ['resize_prep', 'resize_migrating', 'resize_migrated', 'resize_finish'];
const REBUILD_TASKS = ['rebuilding', 'rebuild_block_device_mapping', 'rebuild_spawning'];

function map(defaultStatus: string, overrides: Array<[string[], string]> = []): Record<string, string> {
  const out: Record<string, string> = { default: defaultStatus };
  for (const [tasks, status] of overrides) for (const task of tasks) out[task] = status;
  return out;
}

export const STATE_MAP: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  active: map('ACTIVE', [
    [['rebooting', 'reboot_pending', 'reboot_started'], 'REBOOT'],
    [['rebooting_hard', 'reboot_pending_hard', 'reboot_started_hard'], 'HARD_REBOOT'],
    [['updating_password'], 'PASSWORD'],
    [REBUILD_TASKS, 'REBUILD'],
    [['migrating'], 'MIGRATING'],
    [RESIZE_TASKS, 'RESIZE'],
  ]),
  building: map('BUILD'),
  stopped: map('SHUTOFF', [
    [RESIZE_TASKS, 'RESIZE'],
    [REBUILD_TASKS, 'REBUILD'],
  ]),
  resized: map('VERIFY_RESIZE', [[['resize_reverting'], 'REVERT_RESIZE']]),
  paused: map('PAUSED', [[['migrating'], 'MIGRATING']]),
  suspended: map('SUSPENDED'),
  rescued: map('RESCUE'),
  error: map('ERROR', [[REBUILD_TASKS, 'REBUILD']]),
  deleted: map('DELETED'),
  'soft-delete': map('SOFT_DELETED'),
  shelved: map('SHELVED'),
  shelved_offloaded: map('SHELVED_OFFLOADED'),
};

export function statusOf(server: Pick<SimServer, 'vmState' | 'taskState' | 'deleted'>): string {
  if (server.deleted) return 'DELETED';
  const taskMap = STATE_MAP[server.vmState];
  if (!taskMap) return 'UNKNOWN';
  return (server.taskState !== null ? taskMap[server.taskState] : undefined) ?? taskMap.default ?? 'UNKNOWN';
}

export interface StatusFilter {
  vmStates: Set<string>;
  /** null: any task_state (the status maps through a vm_state's default). */
  taskStates: Set<string> | null;
}

/**
 * Nova's task_and_vm_state_from_status: a status becomes a set of vm_states and, unless one of them maps
 * through its default, a set of task_states. So `status=ACTIVE` also returns servers shown as REBOOT.
 * Returns null for a status no state maps to (Nova answers an empty list at 2.1).
 */
export function statusFilter(statuses: string[]): StatusFilter | null {
  const wanted = new Set(statuses.map((s) => s.toLowerCase()));
  const vmStates = new Set<string>();
  const taskStates = new Set<string>();
  for (const [vmState, taskMap] of Object.entries(STATE_MAP)) {
    for (const [taskState, status] of Object.entries(taskMap)) {
      if (!wanted.has(status.toLowerCase())) continue;
      vmStates.add(vmState);
      taskStates.add(taskState);
    }
  }
  if (vmStates.size === 0) return null;
  return { vmStates, taskStates: taskStates.has('default') ? null : taskStates };
}

export function matchesStatusFilter(server: SimServer, filter: StatusFilter): boolean {
  if (!filter.vmStates.has(server.vmState)) return false;
  return filter.taskStates === null || (server.taskState !== null && filter.taskStates.has(server.taskState));
}
