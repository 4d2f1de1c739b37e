import { Alert, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../api/schemas/server';
import { QueryErrorAlert } from '../../../../lib/ui/query-error-alert';
import { volumeQueries } from '../../../volumes/volume-queries';
import { useVolumeAttachments } from '../../detail/use-volume-attachments';
import { confirmColor } from '../action-look';
import { isRootDevice } from '../server-flavor';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject, LoadingBlock } from './dialog-parts';

export interface DetachVolumeDialogProps {
  server: Server;
  /** Already chosen in the Volumes tab; otherwise the dialog asks which one. */
  volumeId?: string | undefined;
  onClose: () => void;
}

/** Detach block storage, after a confirmation; the root disk is never offered. */
export function DetachVolumeDialog({ server, volumeId: given, onClose }: DetachVolumeDialogProps) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const { attachments, complete, query } = useVolumeAttachments(server.id);
  const volumes = useQuery(volumeQueries.list());
  const [picked, setPicked] = useState<string | null>(given ?? null);

  const nameOf = (id: string) => volumes.data?.find((volume) => volume.id === id)?.name || id;
  const detachable = attachments.filter((attachment) => !isRootDevice(attachment.device));
  const chosen = detachable.find((attachment) => attachment.volumeId === picked);

  let picker;
  if (query.isError) picker = <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (!complete) picker = <LoadingBlock height={36} />;
  else if (given !== undefined) picker = null;
  else {
    const data = detachable.map((attachment) => ({
      value: attachment.volumeId,
      label: t('dialogs.detach.option', { name: nameOf(attachment.volumeId), device: attachment.device ?? '—' }),
    }));
    picker = <Select label={t('dialogs.detach.label')} data={data} value={picked} onChange={setPicked} required allowDeselect={false} />;
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        mutation.mutate(
          { server, request: { action: 'detachVolume', volumeId: chosen.volumeId } },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', role: 'status', message: t('dialogs.detach.done', { volume: nameOf(chosen.volumeId), name: server.name }) });
              onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <DialogSubject server={server} />
        {chosen && given !== undefined && (
          <Text size="sm">{t('dialogs.detach.which', { volume: nameOf(chosen.volumeId), device: chosen.device ?? '—' })}</Text>
        )}
        {complete && given !== undefined && !chosen && (
          <Alert role="note" color="yellow" variant="light">
            {t('dialogs.detach.gone')}
          </Alert>
        )}
        {picker}
        <Alert role="note" color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('dialogs.detach.unmountFirst')}
        </Alert>
        <DialogError error={mutation.error} action="detachVolume" />
        <DialogButtons
          onCancel={onClose}
          confirmLabel={t('action.detachVolume')}
          color={confirmColor('detachVolume')}
          loading={mutation.isPending}
          disabled={!chosen}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
