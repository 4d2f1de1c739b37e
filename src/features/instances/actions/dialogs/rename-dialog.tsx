import { Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../api/schemas/server';
import { currentProfile } from '../../../../api/session';
import { type NameProblem, nameProblem } from '../../../../domain/create-rules';
import { osTypeOf } from '../../server-fields';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject } from './dialog-parts';

function useNameProblemText(): (problem: NameProblem) => string {
  const { t } = useTranslation('instances');
  return (problem) => {
    switch (problem.code) {
      case 'empty':
        return t('dialogs.rename.empty');
      case 'too-long':
        return t('dialogs.rename.tooLong', { max: problem.max });
      case 'characters':
        return t('dialogs.rename.characters', { invalid: problem.invalid });
    }
  };
}

/** Rename: the instance name rules of the create form (1-255 characters, 15 for Windows), spaces at the ends trimmed. */
export function RenameDialog({ server, onClose }: { server: Server; onClose: () => void }) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const problemText = useNameProblemText();
  const [name, setName] = useState(server.name);
  const [touched, setTouched] = useState(false);
  const trimmed = name.trim();
  const osType = osTypeOf(server);
  const problem = nameProblem(trimmed, osType, 1, currentProfile());
  const unchanged = trimmed === server.name;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (problem || unchanged) return;
        mutation.mutate(
          { server, request: { action: 'rename', name: trimmed } },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', role: 'status', message: t('dialogs.rename.done', { from: server.name, to: trimmed }) });
              onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <DialogSubject server={server} />
        <TextInput
          label={t('dialogs.rename.label')}
          description={t(osType === 'windows' ? 'dialogs.rename.hintWindows' : 'dialogs.rename.hint')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setTouched(true);
          }}
          error={touched && problem ? problemText(problem) : undefined}
          required
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <DialogError error={mutation.error} action="rename" />
        <DialogButtons
          onCancel={onClose}
          confirmLabel={t('action.rename')}
          loading={mutation.isPending}
          disabled={unchanged || problem !== null}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
