import {
  IconArchive,
  IconArrowBackUp,
  IconCamera,
  IconCircleCheck,
  IconDatabaseMinus,
  IconDatabasePlus,
  IconPencil,
  IconPlayerPlay,
  IconPlayerStop,
  IconRefresh,
  IconRefreshAlert,
  IconResize,
  IconRestore,
  IconShieldMinus,
  IconShieldPlus,
  IconTrash,
  type Icon,
} from '@tabler/icons-react';
import { actionRecord, INSTANCE_ACTIONS, type InstanceAction } from '../../../domain/instance-actions';
import { dangerColor } from '../../../lib/ui/danger-color';

export const ACTION_ICONS: Record<InstanceAction, Icon> = {
  start: IconPlayerPlay,
  unshelve: IconRestore,
  stop: IconPlayerStop,
  shelve: IconArchive,
  rebootSoft: IconRefresh,
  rebootHard: IconRefreshAlert,
  resize: IconResize,
  confirmResize: IconCircleCheck,
  revertResize: IconArrowBackUp,
  createImage: IconCamera,
  addSecurityGroup: IconShieldPlus,
  removeSecurityGroup: IconShieldMinus,
  attachVolume: IconDatabasePlus,
  detachVolume: IconDatabaseMinus,
  rename: IconPencil,
  delete: IconTrash,
};

export type ActionGroupKey = 'power' | 'configure' | 'network' | 'storage' | 'danger';

/** The menu's section of each action; delete on its own, last. */
export const ACTION_GROUP: Record<InstanceAction, ActionGroupKey> = {
  start: 'power',
  unshelve: 'power',
  stop: 'power',
  rebootSoft: 'power',
  rebootHard: 'power',
  shelve: 'power',
  resize: 'configure',
  confirmResize: 'configure',
  revertResize: 'configure',
  rename: 'configure',
  createImage: 'configure',
  addSecurityGroup: 'network',
  removeSecurityGroup: 'network',
  attachVolume: 'storage',
  detachVolume: 'storage',
  delete: 'danger',
};

const GROUP_ORDER: readonly ActionGroupKey[] = ['power', 'configure', 'network', 'storage', 'danger'];

/** The menu's sections in the order an operator looks for them, each in the order of the action records. */
export const ACTION_GROUPS: ReadonlyArray<{ key: ActionGroupKey; actions: readonly InstanceAction[] }> = GROUP_ORDER.map((key) => ({
  key,
  actions: INSTANCE_ACTIONS.filter((action) => ACTION_GROUP[action] === key),
}));

/** The colour of the button that sends the action: red where the action record says it is destructive. */
export function confirmColor(action: InstanceAction): string | undefined {
  return actionRecord(action).destructive ? dangerColor : undefined;
}
