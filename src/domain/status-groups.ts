/**
 * The five ways an operator sorts a fleet at a glance: running, stopped, busy with a task, in error, and terminated or
 * shelved. Built on the status tones (server-status.ts) and on `isInTransition`, so a server that is changing always
 * counts as busy, whatever its status says meanwhile.
 */
import { isInTransition, statusTone } from './server-status';

export const STATUS_GROUPS = ['running', 'stopped', 'busy', 'error', 'shelved'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export function isStatusGroup(value: string): value is StatusGroup {
  return (STATUS_GROUPS as readonly string[]).includes(value);
}

/**
 * Spec, "Instance Status": ERROR "Previous operation on the instance has failed" and UNKNOWN "Contact the administrator
 * if the instance is in this status" both need someone to look, so both are in error, even with a task running.
 * SHELVED_OFFLOADED "Instance is terminated": with SHELVED and the deleted statuses, it holds no host. PAUSED,
 * SUSPENDED and RESCUE ("running in recovery mode") keep the host but do not serve as usual: stopped, like SHUTOFF.
 */
export function statusGroup(server: { status: string; taskState: string | null | undefined }): StatusGroup {
  const tone = statusTone(server.status);
  if (tone === 'error' || tone === 'unknown') return 'error';
  if (isInTransition(server)) return 'busy';
  if (tone === 'running') return 'running';
  if (tone === 'gone' || /^SHELVED/.test(server.status.toUpperCase())) return 'shelved';
  return 'stopped';
}

/** How many servers are in each group, every group named (0 included), in STATUS_GROUPS' order. */
export function countByStatusGroup(servers: Iterable<{ status: string; taskState: string | null | undefined }>): Record<StatusGroup, number> {
  const counts: Record<StatusGroup, number> = { running: 0, stopped: 0, busy: 0, error: 0, shelved: 0 };
  for (const server of servers) counts[statusGroup(server)] += 1;
  return counts;
}
