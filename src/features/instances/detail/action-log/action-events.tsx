import { Badge, Code, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { InstanceActionEvent } from '../../../../api/schemas/instance-action';
import { QueryErrorAlert } from '../../../../lib/ui/query-error-alert';
import { LoadingBlock } from '../../actions/dialogs/dialog-parts';
import { TimeValue } from '../overview-tab';
import { actionLogQueries } from './action-log-queries';

function EventResult({ event }: { event: InstanceActionEvent }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  if (event.result === null && event.finish_time === null) {
    return (
      <Badge variant="filled" color="blue.8" radius="sm">
        {t('detail.actionLog.running')}
      </Badge>
    );
  }
  const failed = event.result?.toLowerCase() === 'error';
  return (
    <Badge variant="filled" color={failed ? 'red.9' : 'teal.9'} radius="sm">
      {event.result ?? t('detail.none')}
    </Badge>
  );
}

/** The events of one action (GET .../os-instance-actions/{request_id}), as the services that ran them recorded them. */
export function ActionEvents({ serverId, requestId, actionName }: { serverId: string; requestId: string; actionName: string }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const query = useQuery(actionLogQueries.detail(serverId, requestId));
  if (query.isPending) return <LoadingBlock height={60} />;
  if (query.isError) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('detail.actionLog.eventsFailed')} />;
  const { events } = query.data;
  // Before microversion 2.51 Nova shows events to administrators only: the key is then missing, not empty.
  if (events === undefined) return <Text size="sm">{t('detail.actionLog.eventsHidden')}</Text>;
  if (events.length === 0) return <Text size="sm">{t('detail.actionLog.noEvents')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" withRowBorders={false}>
        <Table.Caption>{t('detail.actionLog.eventsCaption', { action: actionName, count: events.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.actionLog.event')}</Table.Th>
            <Table.Th>{t('detail.actionLog.started')}</Table.Th>
            <Table.Th>{t('detail.actionLog.finished')}</Table.Th>
            <Table.Th>{t('detail.actionLog.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event, index) => (
            <Table.Tr key={`${event.event}-${index}`}>
              <Table.Td>
                <Stack gap={4}>
                  <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {event.event}
                  </Text>
                  {event.traceback && (
                    <details>
                      <summary>
                        <Text span size="xs">
                          {t('detail.actionLog.traceback')}
                        </Text>
                      </summary>
                      <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {event.traceback}
                      </Code>
                    </details>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text span size="sm">
                  <TimeValue value={event.start_time} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Text span size="sm">
                  {event.finish_time ? <TimeValue value={event.finish_time} /> : t('detail.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <EventResult event={event} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
