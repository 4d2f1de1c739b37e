import { ActionIcon, Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/api-error';
import type { Server } from '../../../../api/schemas/server';
import { MAX_METADATA_ITEMS, metadataProblems } from '../../../../domain/create-rules';
import { NewImageStatus } from './new-image-status';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject } from './dialog-parts';
import { CopyButton } from '../../../../lib/ui/copy-button';

interface Row {
  id: number;
  key: string;
  value: string;
}

const MAX_NAME = 255;

/** One more empty row, unless the cloud's limit is reached (the button is disabled then; quick clicks land here). */
function withEmptyRow(rows: Row[]): Row[] {
  if (rows.length >= MAX_METADATA_ITEMS) return rows;
  return [...rows, { id: Math.max(0, ...rows.map((row) => row.id)) + 1, key: '', value: '' }];
}

/**
 * Create image (U2 only): a name and optional metadata; on success the new image's id from `Location`, to copy (or,
 * when the answer named none, where to look for the image).
 */
export function CreateImageDialog({ server, onClose }: { server: Server; onClose: () => void }) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const [name, setName] = useState(`${server.name}-image`);
  const [rows, setRows] = useState<Row[]>([]);
  const [touched, setTouched] = useState(false);

  const trimmed = name.trim();
  const nameError = trimmed === '' ? t('dialogs.createImage.nameEmpty') : trimmed.length > MAX_NAME ? t('dialogs.createImage.nameTooLong', { max: MAX_NAME }) : null;
  const problems = metadataProblems(rows);
  const rowError = (index: number) => problems.find((problem) => problem.index === index);
  if (mutation.isSuccess) {
    const imageId = mutation.data.imageId;
    return (
      <Stack gap="md">
        <Alert role="status" color="teal" variant="default" icon={<IconCircleCheck aria-hidden />} title={t('dialogs.createImage.doneTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('dialogs.createImage.done', { name: trimmed })}</Text>
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
              <Text size="sm">{t('dialogs.createImage.noId', { name: trimmed })}</Text>
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
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (nameError || problems.length > 0) return;
        const metadata = rows.length > 0 ? Object.fromEntries(rows.map((row) => [row.key, row.value])) : undefined;
        mutation.mutate({ server, request: { action: 'createImage', imageName: trimmed, metadata } });
      }}
    >
      <Stack gap="md">
        <DialogSubject server={server} />
        {server.status === 'ACTIVE' && (
          <Alert role="note" color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('dialogs.createImage.stopFirst')}
          </Alert>
        )}
        <TextInput
          label={t('dialogs.createImage.name')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setTouched(true);
          }}
          error={touched ? nameError : undefined}
          required
          autoComplete="off"
          data-autofocus
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('dialogs.createImage.metadata')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('dialogs.createImage.metadataHint', { items: MAX_METADATA_ITEMS })}
          </Text>
          {rows.map((row, index) => {
            const problem = rowError(index);
            const keyProblem = problem && problem.code !== 'value-too-long' ? t(`dialogs.metadata.${problem.code}`, { max: MAX_METADATA_ITEMS }) : undefined;
            const valueProblem = problem?.code === 'value-too-long' ? t('dialogs.metadata.value-too-long') : undefined;
            const update = (patch: Partial<Row>) => setRows((all) => all.map((r) => (r.id === row.id ? { ...r, ...patch } : r)));
            return (
              <Group key={row.id} align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  flex={1}
                  label={t('dialogs.createImage.key', { n: index + 1 })}
                  value={row.key}
                  onChange={(event) => update({ key: event.currentTarget.value })}
                  error={keyProblem}
                />
                <TextInput
                  flex={1}
                  label={t('dialogs.createImage.value', { n: index + 1 })}
                  value={row.value}
                  onChange={(event) => update({ value: event.currentTarget.value })}
                  error={valueProblem}
                />
                <ActionIcon
                  mt={26}
                  variant="subtle"
                  color="gray"
                  aria-label={t('dialogs.createImage.removeRow', { n: index + 1 })}
                  onClick={() => setRows((all) => all.filter((r) => r.id !== row.id))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            );
          })}
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={rows.length >= MAX_METADATA_ITEMS}
              onClick={() => setRows(withEmptyRow)}
            >
              {t('dialogs.createImage.addRow')}
            </Button>
          </Group>
        </Stack>
        <DialogError error={mutation.error} action="createImage">
          {/* An answer that cannot be read came after the cloud took the request: the image may be on its way. */}
          {isApiError(mutation.error) && mutation.error.kind === 'invalid-response' && (
            <Text size="sm" mt="xs">
              {t('dialogs.createImage.unreadable', { name: trimmed })}
            </Text>
          )}
        </DialogError>
        <DialogButtons
          onCancel={onClose}
          confirmLabel={t('action.createImage')}
          loading={mutation.isPending}
          disabled={touched && (nameError !== null || problems.length > 0)}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
