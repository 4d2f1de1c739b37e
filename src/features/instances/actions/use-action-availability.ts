import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { currentProfile } from '../../../api/session';
import { canPerform, INSTANCE_ACTIONS, type InstanceAction } from '../../../domain/instance-actions';
import { taskStateOf } from '../server-fields';
import { targetStatusFor } from './pending-actions';
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
 * Every action with whether it applies now and, if not, why: the spec's status and task rules (canPerform), the
 * flavor rules, then what the console knows besides (nothing to remove or detach; a status change already requested
 * that the API does not show yet: a second click must not send it twice).
 */
export function useActionAvailability(server: Server, flavors: readonly Flavor[] | undefined): ActionAvailability[] {
  const { t } = useTranslation('instances');
  const gatingReason = useGatingReason();
  const pending = usePendingAction(server.id);
  const subject = { status: server.status, taskState: taskStateOf(server), flavorFamily: serverFlavorFamily(server, flavors) };
  const detachable = detachableCount(server, flavors);

  return INSTANCE_ACTIONS.map((action) => {
    const verdict = canPerform(action, subject, currentProfile());
    if (!verdict.allowed) return { action, reason: gatingReason(action, verdict) };
    if (pending && !pending.acknowledged && action !== 'delete' && targetStatusFor(action, server) !== null) {
      return { action, reason: t('dialogs.menu.pending', { action: t(`action.${pending.action}`) }) };
    }
    if (action === 'removeSecurityGroup' && serverGroupNames(server).length === 0) return { action, reason: t('dialogs.menu.noGroups') };
    if (action === 'detachVolume' && detachable !== undefined && detachable <= 0) return { action, reason: t('dialogs.menu.noVolumes') };
    return { action, reason: null };
  });
}
