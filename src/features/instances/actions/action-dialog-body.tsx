import type { ReactNode } from 'react';
import type { Server } from '../../../api/schemas/server';
import type { DialogAction } from '../../../domain/instance-actions';
import { AttachVolumeDialog } from './dialogs/attach-volume-dialog';
import { ConfirmActionDialog } from './dialogs/confirm-action-dialog';
import { CreateImageDialog } from './dialogs/create-image-dialog';
import { DeleteDialog } from './dialogs/delete-dialog';
import { DetachVolumeDialog } from './dialogs/detach-volume-dialog';
import { RenameDialog } from './dialogs/rename-dialog';
import { ResizeDialog } from './dialogs/resize-dialog';
import { SecurityGroupDialog } from './dialogs/security-group-dialog';
import { UnshelveDialog } from './dialogs/unshelve-dialog';
import type { DialogContext } from './open-action-dialog';

interface DialogProps {
  server: Server;
  context: DialogContext;
  onClose: () => void;
}

interface ActionDialog {
  /** `xl` for the dialogs with a table or a list of fields. */
  size: 'lg' | 'xl';
  body: (props: DialogProps) => ReactNode;
}

/** Each action's dialog; one that sends at once from the menu (the record's `dialog: 'none'`) has none. */
const DIALOGS: Record<DialogAction, ActionDialog> = {
  stop: { size: 'lg', body: ({ server, onClose }) => <ConfirmActionDialog server={server} action="stop" onClose={onClose} /> },
  rebootHard: { size: 'lg', body: ({ server, onClose }) => <ConfirmActionDialog server={server} action="rebootHard" onClose={onClose} /> },
  unshelve: { size: 'lg', body: ({ server, onClose }) => <UnshelveDialog server={server} onClose={onClose} /> },
  shelve: { size: 'lg', body: ({ server, onClose }) => <ConfirmActionDialog server={server} action="shelve" onClose={onClose} /> },
  revertResize: { size: 'lg', body: ({ server, onClose }) => <ConfirmActionDialog server={server} action="revertResize" onClose={onClose} /> },
  resize: { size: 'xl', body: ({ server, context, onClose }) => <ResizeDialog server={server} flavors={context.flavors} onClose={onClose} /> },
  rename: { size: 'lg', body: ({ server, onClose }) => <RenameDialog server={server} onClose={onClose} /> },
  createImage: { size: 'xl', body: ({ server, onClose }) => <CreateImageDialog server={server} onClose={onClose} /> },
  addSecurityGroup: {
    size: 'lg',
    body: ({ server, onClose }) => <SecurityGroupDialog server={server} mode="addSecurityGroup" onClose={onClose} />,
  },
  removeSecurityGroup: {
    size: 'lg',
    body: ({ server, context, onClose }) => (
      <SecurityGroupDialog server={server} mode="removeSecurityGroup" initialGroup={context.groupName} onClose={onClose} />
    ),
  },
  attachVolume: { size: 'lg', body: ({ server, onClose }) => <AttachVolumeDialog server={server} onClose={onClose} /> },
  detachVolume: {
    size: 'lg',
    body: ({ server, context, onClose }) => <DetachVolumeDialog server={server} volumeId={context.volumeId} onClose={onClose} />,
  },
  delete: { size: 'lg', body: ({ server, onClose }) => <DeleteDialog server={server} onClose={onClose} /> },
};

/** One action's dialog. Its own chunk: the list page does not download dialogs nobody opened. */
export function actionDialog(action: DialogAction): ActionDialog {
  return DIALOGS[action];
}
