import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { currentProfile } from '../../../api/session';
import { type ActionSubject, canPerform } from '../../../domain/action-gate';
import { INSTANCE_ACTIONS, type InstanceAction } from '../../../domain/instance-actions';
import { taskStateOf } from '../server-facts';
import { type PendingAction, unshownAction } from './pending-actions';
import { findServerFlavor, rootIsVolume, serverFlavorFamily } from './server-flavor';
import { usePendingAction } from './use-pending-action';
import { useGatingReason } from './use-gating-reason';

export interface ActionAvailability {
  action: InstanceAction;
  /** Null when the action can be used now; otherwise the sentence that says why not. */
  reason: string | null;
}

/** Security groups by name, once each: Nova lists a group once per port. */
export function serverGroupNames(server: Server): string[] {
  return [...new Set(server.security_groups.map((group) => group.name))];
}

/** Volumes that could be detached: every attached one but a root volume. */
export function detachableCount(server: Server, flavors: readonly Flavor[] | undefined): number | undefined {
  const attached = server['os-extended-volumes:volumes_attached'].length;
  const root = rootIsVolume(server, findServerFlavor(server, flavors), currentProfile());
  return root === undefined ? undefined : attached - (root ? 1 : 0);
}

/**
 * What the gating needs to know of a server. Its networks stand for its ports: a server gets its addresses with its
 * ports, and has neither while it is being scheduled.
 */
export function actionSubjectOf(server: Server, flavors: readonly Flavor[] | undefined, pending: PendingAction | undefined): ActionSubject {
  return {
    status: server.status,
    taskState: taskStateOf(server),
    flavorFamily: serverFlavorFamily(server, flavors),
    pendingAction: unshownAction(pending),
    has: {
      port: Object.keys(server.addresses).length,
      securityGroup: serverGroupNames(server).length,
      detachableVolume: detachableCount(server, flavors),
    },
  };
}

/** Every action with whether it applies now and, if not, why (`canPerform`, in a sentence). */
export function useActionAvailability(server: Server, flavors: readonly Flavor[] | undefined): ActionAvailability[] {
  const gatingReason = useGatingReason();
  const subject = actionSubjectOf(server, flavors, usePendingAction(server.id));
  const profile = currentProfile();
  return INSTANCE_ACTIONS.map((action) => ({ action, reason: gatingReason(action, canPerform(action, subject, profile)) }));
}
