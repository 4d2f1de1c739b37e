import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../../../lib/zod';
import { isApiError } from '../../../../api/api-error';
import type { Server } from '../../../../api/schemas/server';
import { MAX_METADATA_ITEMS, metadataProblems } from '../../../../domain/create-rules';
import { CopyButton } from '../../../../lib/ui/copy-button';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject } from './dialog-parts';
import { type ImageForm, ImageMetadataFields } from './image-metadata-fields';
import { NewImageStatus } from './new-image-status';

const MAX_NAME = 255;

/** The image name (trimmed) and Nova's metadata rules, each problem at its own field. */
function useImageSchema() {
  const { t } = useTranslation('instances');
  return useMemo(
    () =>
      z.object({ name: z.string(), metadata: z.array(z.object({ key: z.string(), value: z.string() })) }).check(
        z.superRefine(({ name, metadata }, ctx) => {
          const trimmed = name.trim();
          if (trimmed === '') ctx.addIssue({ code: 'custom', path: ['name'], message: t('dialogs.createImage.nameEmpty') });
          else if (trimmed.length > MAX_NAME) ctx.addIssue({ code: 'custom', path: ['name'], message: t('dialogs.createImage.nameTooLong', { max: MAX_NAME }) });
          for (const problem of metadataProblems(metadata)) {
            const field = problem.code === 'value-too-long' ? 'value' : 'key';
            ctx.addIssue({ code: 'custom', path: ['metadata', problem.index, field], message: t(`dialogs.metadata.${problem.code}`, { max: MAX_METADATA_ITEMS }) });
          }
        }),
      ),
    [t],
  );
}

/**
 * Create image (U2 only): a name and optional metadata; on success the new image's id from `Location`, to copy (or,
 * when the answer named none, where to look for the image).
 */
export function CreateImageDialog({ server, onClose }: { server: Server; onClose: () => void }) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const form = useForm<ImageForm>({ resolver: zodResolver(useImageSchema()), mode: 'onChange', defaultValues: { name: `${server.name}-image`, metadata: [] } });
  const { errors, isSubmitted, isValid } = form.formState;
  const sent = mutation.variables?.request;
  const sentName = sent?.action === 'createImage' ? sent.imageName : '';

  const submit = form.handleSubmit(({ name, metadata }) => {
    const entries = metadata.length > 0 ? Object.fromEntries(metadata.map((row) => [row.key, row.value])) : undefined;
    mutation.mutate({ server, request: { action: 'createImage', imageName: name.trim(), metadata: entries } });
  });

  if (mutation.isSuccess) {
    const imageId = mutation.data.imageId;
    return (
      <Stack gap="md">
        <Alert role="status" color="teal" variant="default" icon={<IconCircleCheck aria-hidden />} title={t('dialogs.createImage.doneTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('dialogs.createImage.done', { name: sentName })}</Text>
            {imageId ? (
              <>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm">{t('dialogs.createImage.imageId')}</Text>
                  <Code>{imageId}</Code>
                  <CopyButton
                    value={imageId}
                    label={t('dialogs.createImage.copyId')}
                    copiedLabel={t('dialogs.copied')}
                    failedLabel={t('dialogs.copyFailed')}
                  />
                </Group>
                <NewImageStatus imageId={imageId} />
              </>
            ) : (
              <Text size="sm">{t('dialogs.createImage.noId', { name: sentName })}</Text>
            )}
          </Stack>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('dialogs.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <DialogSubject server={server} />
        {server.status === 'ACTIVE' && (
          <Alert role="note" color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('dialogs.createImage.stopFirst')}
          </Alert>
        )}
        <TextInput {...form.register('name')} label={t('dialogs.createImage.name')} error={errors.name?.message} required autoComplete="off" data-autofocus />
        <ImageMetadataFields form={form} />
        <DialogError error={mutation.error} action="createImage">
          {/* An answer that cannot be read came after the cloud took the request: the image may be on its way. */}
          {isApiError(mutation.error) && mutation.error.kind === 'invalid-response' && (
            <Text size="sm" mt="xs">
              {t('dialogs.createImage.unreadable', { name: sentName })}
            </Text>
          )}
        </DialogError>
        <DialogButtons
          onCancel={onClose}
          confirmLabel={t('action.createImage')}
          loading={mutation.isPending}
          disabled={isSubmitted && !isValid}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
