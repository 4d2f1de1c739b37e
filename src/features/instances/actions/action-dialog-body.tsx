import type { ReactNode } from 'react';
import type { Server } from '../../../api/schemas/server';
import type { InstanceAction } from '../../../domain/instance-actions';
import { AttachVolumeDialog } from './dialogs/attach-volume-dialog';
import { ConfirmActionDialog } from './dialogs/confirm-action-dialog';
import { CreateImageDialog } from './dialogs/create-image-dialog';
import { DeleteDialog } from './dialogs/delete-dialog';
import { DetachVolumeDialog } from './dialogs/detach-volume-dialog';
import { RenameDialog } from './dialogs/rename-dialog';
import { ResizeDialog } from './dialogs/resize-dialog';
import { SecurityGroupDialog } from './dialogs/security-group-dialog';
import type { DialogContext } from './open-action-dialog';

/** The body of one action's dialog. Its own chunk: the list page does not download dialogs nobody opened. */
export function actionDialogBody(action: InstanceAction, server: Server, context: DialogContext, onClose: () => void): ReactNode {
  const props = { server, onClose };
  switch (action) {
    case 'delete':
      return <DeleteDialog {...props} />;
    case 'resize':
      return <ResizeDialog {...props} flavors={context.flavors} />;
    case 'createImage':
      return <CreateImageDialog {...props} />;
    case 'addSecurityGroup':
    case 'removeSecurityGroup':
      return <SecurityGroupDialog {...props} mode={action} initialGroup={context.groupName} />;
    case 'rename':
      return <RenameDialog {...props} />;
    case 'attachVolume':
      return <AttachVolumeDialog {...props} />;
    case 'detachVolume':
      return <DetachVolumeDialog {...props} volumeId={context.volumeId} />;
    default:
      return <ConfirmActionDialog {...props} action={action} />;
  }
}
