import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../api/schemas/server';
import type { ConfirmAction } from '../../../../domain/instance-actions';
import { confirmColor } from '../action-look';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject } from './dialog-parts';

export interface ConfirmActionDialogProps {
  server: Server;
  /** An action whose record asks for a plain confirmation (`dialog: 'confirm'`). */
  action: ConfirmAction;
  onClose: () => void;
  /** What else to know before it runs (unshelve: the quota check). */
  children?: ReactNode;
}

/** "Stop web-01?": what will happen, in the spec's words, then the action's own button. */
export function ConfirmActionDialog({ server, action, onClose, children }: ConfirmActionDialogProps) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const submit = () => mutation.mutate({ server, request: { action } }, { onSuccess: onClose });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <DialogSubject server={server} />
        <Text size="sm">{t(`dialogs.confirm.${action}`, { name: server.name })}</Text>
        {children}
        <DialogError error={mutation.error} action={action} />
        <DialogButtons
          onCancel={onClose}
          confirmLabel={t(`action.${action}`)}
          color={confirmColor(action)}
          loading={mutation.isPending}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
