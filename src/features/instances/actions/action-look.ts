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
import type { InstanceAction } from '../../../domain/instance-actions';

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

/** The menu's sections, in the order an operator looks for them; delete last, on its own. */
export const ACTION_GROUPS: ReadonlyArray<{ key: 'power' | 'configure' | 'network' | 'storage' | 'danger'; actions: readonly InstanceAction[] }> = [
  { key: 'power', actions: ['start', 'unshelve', 'stop', 'rebootSoft', 'rebootHard', 'shelve'] },
  { key: 'configure', actions: ['resize', 'confirmResize', 'revertResize', 'rename', 'createImage'] },
  { key: 'network', actions: ['addSecurityGroup', 'removeSecurityGroup'] },
  { key: 'storage', actions: ['attachVolume', 'detachVolume'] },
  { key: 'danger', actions: ['delete'] },
];
