import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import type { DialogAction } from '../../../domain/instance-actions';
import { i18n } from '../../../i18n/i18n';
import type { actionDialog } from './action-dialog-body';

export interface DialogContext {
  flavors?: readonly Flavor[] | undefined;
  /** Detach: the volume picked in the Volumes tab. */
  volumeId?: string;
  /** Remove security group: the group picked in the Security tab. */
  groupName?: string;
  /** Where focus goes when the dialog closes, when the control that opened it does not outlive it (a menu item). */
  returnFocusTo?: HTMLElement | null;
}

let counter = 0;

let bodies: Promise<{ actionDialog: typeof actionDialog }> | null = null;

/** The dialogs' code (their own chunk); a failed download is tried again on the next call. */
function loadBodies() {
  bodies ??= import('./action-dialog-body').catch((error: unknown) => {
    bodies = null;
    throw error;
  });
  return bodies;
}

/** Starts downloading the dialogs before one is asked for (an open actions menu), so opening one does not wait. */
export function preloadActionDialogs(): void {
  loadBodies().catch(() => undefined);
}

/**
 * Opens the dialog of one action. The dialog lives in the ModalsProvider, not in the caller, so it stays open when
 * the row that opened it scrolls out of a virtualized table or the page polls. It opens once its code is there, so
 * its first field gets the focus as in any dialog.
 */
export function openActionDialog(action: DialogAction, server: Server, context: DialogContext = {}): void {
  counter += 1;
  const modalId = `instance-action-${counter}`;
  loadBodies().then(
    ({ actionDialog }) => {
      const { size, body } = actionDialog(action);
      modals.open({
        modalId,
        title: i18n.t(`instances:dialogs.title.${action}`, { name: server.name || server.id }),
        size,
        children: body({ server, context, onClose: () => modals.close(modalId) }),
        onClose: () => {
          if (context.returnFocusTo?.isConnected) context.returnFocusTo.focus();
        },
      });
    },
    () => notifications.show({ color: 'red', message: i18n.t('errors:chunk') }),
  );
}
