import { actionRecord, type InstanceAction } from './instance-actions';

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

export interface ServerBefore {
  status: string;
  powerState: number | null | undefined;
}

/**
 * The status that means an action asked for on this server is done (its record's `leadsTo`, made concrete); null for
 * an action whose effect shows at once, which is not tracked.
 */
export function targetStatusFor(action: InstanceAction, before: ServerBefore): string | null {
  const leadsTo = actionRecord(action).leadsTo;
  if (leadsTo === 'statusBefore') return before.status;
  if (leadsTo === 'powerState') return statusAfterResizeDecision(before.powerState);
  return leadsTo;
}

/**
 * Whether a settled status ends the action. A resize also ends in VERIFY_RESIZE, where Nova waits for the user; a
 * confirm or revert ends in whichever of ACTIVE and SHUTOFF the server reports, should the power state have misled.
 */
export function endsAction(action: InstanceAction, targetStatus: string, status: string): boolean {
  if (status === targetStatus) return true;
  switch (actionRecord(action).leadsTo) {
    case 'statusBefore':
      return status === 'VERIFY_RESIZE';
    case 'powerState':
      return status === 'ACTIVE' || status === 'SHUTOFF';
    default:
      return false;
  }
}
