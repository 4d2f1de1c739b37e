import { Alert, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../../api/schemas/block-storage';
import type { Server } from '../../../../api/schemas/server';
import { hasService } from '../../../../api/session';
import { QueryErrorAlert } from '../../../../lib/ui/query-error-alert';
import { volumeQueries } from '../../../volumes/volume-queries';
import { zoneOf } from '../../server-facts';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject, LoadingBlock } from './dialog-parts';

/** Volumes this server can take: available (a multi-attach volume in use is not offered) and in its zone. */
export function attachableVolumes(volumes: readonly Volume[], server: Server): { usable: Volume[]; otherZone: number } {
  const available = volumes.filter((volume) => volume.status === 'available' && volume.attachments.length === 0);
  const zone = zoneOf(server);
  const usable = available.filter((volume) => !zone || !volume.availability_zone || volume.availability_zone === zone);
  return { usable, otherZone: available.length - usable.length };
}

/** Attach block storage: an available volume of the instance's zone, from the Block Storage list. */
export function AttachVolumeDialog({ server, onClose }: { server: Server; onClose: () => void }) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const volumeKnown = hasService('volume');
  const volumes = useQuery({ ...volumeQueries.list(), staleTime: 0 });
  const [volumeId, setVolumeId] = useState<string | null>(null);
  const { usable, otherZone } = attachableVolumes(volumes.data ?? [], server);
  const chosen = volumeId?.trim() ?? '';
  const chosenVolume = usable.find((volume) => volume.id === chosen);

  let picker;
  if (!volumeKnown) {
    picker = (
      <TextInput label={t('dialogs.attach.idLabel')} description={t('dialogs.attach.noVolumeService')} value={volumeId ?? ''} onChange={(e) => setVolumeId(e.currentTarget.value)} required />
    );
  } else if (volumes.isError) {
    picker = <QueryErrorAlert error={volumes.error} onRetry={() => void volumes.refetch()} />;
  } else if (volumes.isPending) {
    picker = <LoadingBlock height={36} />;
  } else if (usable.length === 0) {
    picker = (
      <Alert role="note" color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t('dialogs.attach.none', { zone: zoneOf(server) })}
      </Alert>
    );
  } else {
    const data = usable.map((volume) => ({
      value: volume.id,
      label: t('dialogs.attach.option', { name: volume.name || volume.id, size: volume.size, type: volume.volume_type ?? '—' }),
    }));
    picker = <Select label={t('dialogs.attach.label')} data={data} value={volumeId} onChange={setVolumeId} searchable required allowDeselect={false} />;
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === '') return;
        mutation.mutate(
          { server, request: { action: 'attachVolume', volumeId: chosen } },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', role: 'status', message: t('dialogs.attach.done', { volume: chosenVolume?.name || chosen, name: server.name }) });
              onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <DialogSubject server={server} />
        <Text size="sm">{t('dialogs.attach.body', { zone: zoneOf(server) || '—' })}</Text>
        {picker}
        {otherZone > 0 && (
          <Text size="xs" c="dimmed">
            {t('dialogs.attach.otherZone', { count: otherZone })}
          </Text>
        )}
        <DialogError error={mutation.error} action="attachVolume" />
        <DialogButtons onCancel={onClose} confirmLabel={t('action.attachVolume')} loading={mutation.isPending} disabled={chosen === ''} failed={mutation.isError} />
      </Stack>
    </form>
  );
}
