import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import type { InstanceAction } from '../../../domain/instance-actions';
import { i18n } from '../../../i18n/i18n';
import { AttachVolumeDialog } from './dialogs/attach-volume-dialog';
import { ConfirmActionDialog } from './dialogs/confirm-action-dialog';
import { CreateImageDialog } from './dialogs/create-image-dialog';
import { DeleteDialog } from './dialogs/delete-dialog';
import { DetachVolumeDialog } from './dialogs/detach-volume-dialog';
import { RenameDialog } from './dialogs/rename-dialog';
import { ResizeDialog } from './dialogs/resize-dialog';
import { SecurityGroupDialog } from './dialogs/security-group-dialog';

/** Actions sent at once from the menu: nothing to choose, nothing lost (the ones outside CONFIRMED_ACTIONS). */
export type DirectAction = 'start' | 'unshelve' | 'rebootSoft';

export function isDirectAction(action: InstanceAction): action is DirectAction {
  return action === 'start' || action === 'unshelve' || action === 'rebootSoft';
}

export interface DialogContext {
  flavors?: readonly Flavor[] | undefined;
  /** Detach: the volume picked in the Volumes tab. */
  volumeId?: string;
  /** Remove security group: the group picked in the Security tab. */
  groupName?: string;
}

const WIDE: ReadonlySet<InstanceAction> = new Set(['resize', 'createImage']);

let counter = 0;

/**
 * Opens the dialog of one action. The dialog lives in the ModalsProvider, not in the caller, so it stays open when
 * the row that opened it scrolls out of a virtualized table or the page polls.
 */
export function openActionDialog(action: InstanceAction, server: Server, context: DialogContext = {}): void {
  counter += 1;
  const modalId = `instance-action-${counter}`;
  const close = () => modals.close(modalId);
  const props = { server, onClose: close };
  let body: ReactNode;
  switch (action) {
    case 'delete':
      body = <DeleteDialog {...props} />;
      break;
    case 'resize':
      body = <ResizeDialog {...props} flavors={context.flavors} />;
      break;
    case 'createImage':
      body = <CreateImageDialog {...props} />;
      break;
    case 'addSecurityGroup':
    case 'removeSecurityGroup':
      body = <SecurityGroupDialog {...props} mode={action} initialGroup={context.groupName} />;
      break;
    case 'rename':
      body = <RenameDialog {...props} />;
      break;
    case 'attachVolume':
      body = <AttachVolumeDialog {...props} />;
      break;
    case 'detachVolume':
      body = <DetachVolumeDialog {...props} volumeId={context.volumeId} />;
      break;
    default:
      body = <ConfirmActionDialog {...props} action={action} />;
  }
  modals.open({
    modalId,
    title: i18n.t(`instances:dialogs.title.${action}`, { name: server.name || server.id }),
    size: WIDE.has(action) ? 'xl' : 'lg',
    children: body,
  });
}
