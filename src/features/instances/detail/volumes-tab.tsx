import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconDatabaseMinus, IconDatabasePlus } from '@tabler/icons-react';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../../api/schemas/block-storage';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { FAST_POLL_MS } from '../../../domain/polling';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { volumeQueries } from '../../volumes/volume-queries';
import { openActionDialog } from '../actions/open-action-dialog';
import { isRootDevice } from '../actions/server-flavor';
import { useActionAvailability } from '../actions/use-action-availability';
import { LoadingBlock } from '../actions/dialogs/dialog-parts';
import { DisabledReason } from './disabled-reason';
import { ATTACHMENT_PAGE_SIZE, attachmentsQuery, useVolumeAttachments } from './use-volume-attachments';

/** An attached volume whose Block Storage status is not `in-use` yet (attaching) or any more (detaching, available). */
function attachmentsBusy(queryClient: QueryClient, serverId: string): boolean {
  const pages = queryClient.getQueryData(attachmentsQuery(serverId).queryKey)?.pages ?? [];
  const volumes = queryClient.getQueryData(volumeQueries.list().queryKey) ?? [];
  const status = new Map(volumes.map((volume) => [volume.id, volume.status]));
  return pages.flat().some((attachment) => {
    const current = status.get(attachment.volumeId);
    return current !== undefined && current !== 'in-use';
  });
}

function volumeColor(status: string): string {
  if (status === 'in-use') return 'teal.9';
  if (status.startsWith('error')) return 'red.9';
  return 'blue.8';
}

/** The attachments (read page by page with limit/offset), with the Block Storage list's names, sizes and types. */
export function VolumesTab({ server, flavors }: { server: Server; flavors: Flavor[] | undefined }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const queryClient = useQueryClient();
  // Poll while a volume of this server is on its way (attaching, detaching), until both lists agree again.
  const poll = () => (attachmentsBusy(queryClient, server.id) ? FAST_POLL_MS : false);
  const volumes = useQuery({ ...volumeQueries.list(), staleTime: 0, refetchInterval: poll });
  const { attachments, complete, pagesRead, query } = useVolumeAttachments(server.id, { refetchInterval: poll });
  const byId = new Map<string, Volume>((volumes.data ?? []).map((volume) => [volume.id, volume]));

  const availability = useActionAvailability(server, flavors);
  const reasonOf = (action: 'attachVolume' | 'detachVolume') => availability.find((entry) => entry.action === action)?.reason ?? null;
  const attachReason = reasonOf('attachVolume');
  const detachReason = reasonOf('detachVolume');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" maw={640}>
          {t('detail.volumes.intro')}
        </Text>
        <Stack gap={4} align="flex-end">
          <Button
            leftSection={<IconDatabasePlus size={16} aria-hidden />}
            disabled={attachReason !== null}
            aria-describedby={attachReason ? 'attach-reason' : undefined}
            onClick={() => openActionDialog('attachVolume', server, { flavors })}
          >
            {t('instances:action.attachVolume')}
          </Button>
          <DisabledReason id="attach-reason" reason={attachReason} />
        </Stack>
      </Group>
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {volumes.isError && <QueryErrorAlert error={volumes.error} onRetry={() => void volumes.refetch()} title={t('detail.volumes.namesFailed')} />}
      {query.isPending ? (
        <LoadingBlock />
      ) : attachments.length === 0 && complete ? (
        <Paper withBorder p="lg">
          <Text size="sm">{t('detail.volumes.none')}</Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Caption>{t('detail.volumes.paging', { count: attachments.length, pages: pagesRead, size: ATTACHMENT_PAGE_SIZE })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.volumes.device')}</Table.Th>
                  <Table.Th>{t('detail.volumes.volume')}</Table.Th>
                  <Table.Th ta="right">{t('detail.volumes.size')}</Table.Th>
                  <Table.Th>{t('detail.volumes.type')}</Table.Th>
                  <Table.Th>{t('detail.volumes.status')}</Table.Th>
                  <Table.Th>{t('detail.volumes.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {attachments.map((attachment) => {
                  const volume = byId.get(attachment.volumeId);
                  const root = isRootDevice(attachment.device);
                  const status = volume?.status;
                  const name = volume?.name || attachment.volumeId;
                  const reason = root ? t('detail.volumes.rootReason') : detachReason ?? (status && status !== 'in-use' ? t('detail.volumes.busyReason', { status }) : null);
                  const reasonId = `detach-reason-${attachment.volumeId}`;
                  return (
                    <Table.Tr key={attachment.volumeId}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text span size="sm" ff="monospace">
                            {attachment.device ?? t('detail.none')}
                          </Text>
                          {root && (
                            <Badge variant="default" radius="sm" size="sm">
                              {t('detail.volumes.root')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          <Text span size="sm">
                            {name}
                          </Text>
                          {volume?.name && (
                            <Text span size="xs" c="dimmed" ff="monospace">
                              {attachment.volumeId}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                      <Table.Td ta="right">{volume ? t('instances:dialogs.resize.gb', { value: volume.size }) : t('detail.none')}</Table.Td>
                      <Table.Td>{volume?.volume_type ?? t('detail.none')}</Table.Td>
                      <Table.Td>
                        {status ? (
                          <Badge variant="filled" color={volumeColor(status)} radius="sm">
                            {status}
                          </Badge>
                        ) : (
                          t('detail.none')
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconDatabaseMinus size={14} aria-hidden />}
                            disabled={reason !== null}
                            aria-label={t('detail.volumes.detachNamed', { name })}
                            aria-describedby={reason ? reasonId : undefined}
                            onClick={() => openActionDialog('detachVolume', server, { flavors, volumeId: attachment.volumeId })}
                          >
                            {t('detail.volumes.detach')}
                          </Button>
                          {reason && (
                            <Text id={reasonId} size="xs" c="dimmed" maw={260}>
                              {reason}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
