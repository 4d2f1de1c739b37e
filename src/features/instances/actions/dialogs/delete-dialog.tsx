import { Alert, Code, List, Stack, Text, TextInput } from '@mantine/core';
import { IconEyeExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../api/schemas/server';
import { countHiddenCharacters, escapeHiddenCharacters, typedNameMatches } from '../../../../lib/hidden-characters';
import { VisibleName } from '../../../../lib/ui/visible-name';
import { confirmColor } from '../action-look';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject } from './dialog-parts';

/** Says that the name is not what it looks like, and shows what it is. */
function HiddenCharactersNote({ name }: { name: string }) {
  const { t } = useTranslation('instances');
  const count = countHiddenCharacters(name);
  if (count === 0) return null;
  return (
    <Alert role="note" color="yellow" variant="light" icon={<IconEyeExclamation aria-hidden />} title={t('dialogs.delete.hiddenTitle')}>
      <Stack gap={6}>
        <Code style={{ overflowWrap: 'anywhere' }}>
          <VisibleName name={name} />
        </Code>
        <Text size="sm">{t('dialogs.delete.hiddenBody', { count })}</Text>
      </Stack>
    </Alert>
  );
}

/**
 * Delete asks for the instance's name, typed exactly: a slip of the mouse must not delete a server. A name with
 * hidden characters (a bidi override, a zero-width space) is shown and taken as written out, `\u202E` and all.
 */
export function DeleteDialog({ server, onClose }: { server: Server; onClose: () => void }) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const [typed, setTyped] = useState('');
  const matches = typedNameMatches(typed, server.name);
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
        <HiddenCharactersNote name={server.name} />
        <TextInput
          label={t('dialogs.delete.typeLabel', { name: escapeHiddenCharacters(server.name) })}
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
          color={confirmColor('delete')}
          loading={mutation.isPending}
          disabled={!matches}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
