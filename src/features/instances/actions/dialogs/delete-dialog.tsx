import { List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../api/schemas/server';
import { dangerColor } from '../../../../app/theme';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject } from './dialog-parts';

/** Delete asks for the instance's name, typed exactly: a slip of the mouse must not delete a server. */
export function DeleteDialog({ server, onClose }: { server: Server; onClose: () => void }) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const [typed, setTyped] = useState('');
  const matches = typed === server.name;
  const volumes = server['os-extended-volumes:volumes_attached'].length;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (matches) mutation.mutate({ server, request: { action: 'delete' } }, { onSuccess: onClose });
      }}
    >
      <Stack gap="md">
        <DialogSubject server={server} />
        <Text size="sm">{t('dialogs.delete.body')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('dialogs.delete.ips')}</List.Item>
          <List.Item>{t('dialogs.delete.volumes', { count: volumes })}</List.Item>
        </List>
        <TextInput
          label={t('dialogs.delete.typeLabel', { name: server.name })}
          description={t('dialogs.delete.typeHint')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={typed !== '' && !matches ? t('dialogs.delete.mismatch') : undefined}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <DialogError error={mutation.error} action="delete" />
        <DialogButtons
          onCancel={onClose}
          confirmLabel={t('dialogs.delete.confirm')}
          color={dangerColor}
          loading={mutation.isPending}
          disabled={!matches}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
