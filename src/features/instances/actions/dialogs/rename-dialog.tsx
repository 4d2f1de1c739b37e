import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../../../lib/zod';
import type { Server } from '../../../../api/schemas/server';
import { currentProfile } from '../../../../api/session';
import { type NameProblem, nameProblem, type OsType } from '../../../../domain/create-rules';
import { osTypeOf } from '../../server-facts';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject } from './dialog-parts';

function useNameProblemText(): (problem: NameProblem) => string {
  const { t } = useTranslation('instances');
  return useCallback(
    (problem) => {
      switch (problem.code) {
        case 'empty':
          return t('dialogs.rename.empty');
        case 'too-long':
          return t('dialogs.rename.tooLong', { max: problem.max });
        case 'characters':
          return t('dialogs.rename.characters', { invalid: problem.invalid });
      }
    },
    [t],
  );
}

/** The create form's instance name rules, on the name with the spaces at its ends trimmed. */
function useRenameSchema(osType: OsType) {
  const problemText = useNameProblemText();
  return useMemo(
    () =>
      z.object({
        name: z.string().check(
          z.superRefine((value: string, ctx) => {
            const problem = nameProblem(value.trim(), osType, 1, currentProfile());
            if (problem) ctx.addIssue({ code: 'custom', message: problemText(problem) });
          }),
        ),
      }),
    [osType, problemText],
  );
}

/** Rename: the instance name rules of the create form (1-255 characters, 15 for Windows), spaces at the ends trimmed. */
export function RenameDialog({ server, onClose }: { server: Server; onClose: () => void }) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const osType = osTypeOf(server);
  const form = useForm({ resolver: zodResolver(useRenameSchema(osType)), mode: 'onChange', defaultValues: { name: server.name } });
  const { errors, isValid } = form.formState;
  const unchanged = useWatch({ control: form.control, name: 'name' }).trim() === server.name;

  const submit = form.handleSubmit(({ name }) => {
    const trimmed = name.trim();
    if (trimmed === server.name) return;
    mutation.mutate(
      { server, request: { action: 'rename', name: trimmed } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', role: 'status', message: t('dialogs.rename.done', { from: server.name, to: trimmed }) });
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <DialogSubject server={server} />
        <TextInput
          {...form.register('name')}
          label={t('dialogs.rename.label')}
          description={t(osType === 'windows' ? 'dialogs.rename.hintWindows' : 'dialogs.rename.hint')}
          error={errors.name?.message}
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
          disabled={unchanged || !isValid}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
