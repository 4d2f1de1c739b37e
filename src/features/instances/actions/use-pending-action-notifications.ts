import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { i18n } from '../../../i18n/i18n';
import { type PendingEvent, pendingActions } from './pending-actions';

function statusLabel(status: string): string {
  return i18n.exists(`instances:status.${status}.label`) ? i18n.t(`instances:status.${status as 'ACTIVE'}.label`) : status;
}

function notify(event: PendingEvent): void {
  const { pending } = event;
  const name = pending.serverName || pending.serverId;
  const action = i18n.t(`instances:action.${pending.action}`);
  if (event.kind === 'failed') {
    notifications.show({
      color: 'red',
      autoClose: false,
      title: i18n.t('instances:dialogs.events.failedTitle', { name, action }),
      message: event.faultMessage ?? i18n.t('instances:dialogs.events.noFault'),
    });
    return;
  }
  // The status the server reports, which for a resize or its confirmation is not known in advance.
  const status = event.server?.status ?? pending.targetStatus;
  const message =
    pending.action === 'delete'
      ? i18n.t('instances:dialogs.events.deleted', { name })
      : pending.action === 'resize' && status === 'VERIFY_RESIZE'
        ? i18n.t('instances:dialogs.events.verifyResize', { name })
        : i18n.t('instances:dialogs.events.reached', { name, status: statusLabel(status), code: status });
  // Good news is polite: role="status" is announced without interrupting (Mantine's default is role="alert").
  notifications.show({ color: 'teal', role: 'status', title: i18n.t('instances:dialogs.events.reachedTitle', { action }), message });
}

let mounted = 0;
let unsubscribe: (() => void) | null = null;

/**
 * Tells the user when an action they asked for reached its goal or fell into ERROR (with the fault message).
 * Mount it on every page that shows instances: however many are mounted at once, each event is told once.
 */
export function usePendingActionNotifications(): void {
  useEffect(() => {
    mounted += 1;
    unsubscribe ??= pendingActions.onEvent(notify);
    return () => {
      mounted -= 1;
      if (mounted === 0) {
        unsubscribe?.();
        unsubscribe = null;
      }
    };
  }, []);
}
