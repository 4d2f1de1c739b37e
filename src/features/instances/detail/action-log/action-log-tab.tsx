import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceAction } from '../../../../api/schemas/instance-action';
import { CopyButton } from '../../../../lib/ui/copy-button';
import { QueryErrorAlert } from '../../../../lib/ui/query-error-alert';
import { LoadingBlock } from '../../actions/dialogs/dialog-parts';
import { TimeValue } from '../overview-tab';
import { ActionEvents } from './action-events';
import { actionLogQueries, isActionLogUnsupported } from './action-log-queries';
import { isWordedAction } from './action-names';
import { useRefreshWithPage } from './use-refresh-with-page';

function useActionWord() {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  return (name: string) => (isWordedAction(name) ? t(`detail.actionLog.name.${name}`) : name || t('detail.none'));
}

/** Nova leaves `message` null or "" for an action that went well, and sets "Error" when one of its events failed. */
const failedMessage = (action: InstanceAction) => (action.message ? action.message : null);

/**
 * Every action Nova recorded for the server (GET /servers/{id}/os-instance-actions), newest first; a row opens the
 * events of its action. Refreshed with the page.
 */
export function ActionLogTab({ serverId, pageUpdatedAt }: { serverId: string; pageUpdatedAt: number }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const word = useActionWord();
  const query = useQuery(actionLogQueries.list(serverId));
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  useRefreshWithPage(serverId, pageUpdatedAt);

  const toggle = (requestId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(requestId)) next.add(requestId);
      return next;
    });

  if (query.isPending) return <LoadingBlock />;
  if (isActionLogUnsupported(query.error)) {
    return (
      <Paper withBorder p="lg">
        <Text size="sm">{t('detail.actionLog.unsupported')}</Text>
      </Paper>
    );
  }
  if (query.isError && !query.data) return <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const actions = query.data ?? [];

  return (
    <Stack gap="md">
      <Text size="sm" maw={720}>
        {t('detail.actionLog.intro')}
      </Text>
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('detail.actionLog.refreshFailed')} />}
      {actions.length === 0 ? (
        <Paper withBorder p="lg">
          <Text size="sm">{t('detail.actionLog.none')}</Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm">
              <Table.Caption>{t('detail.actionLog.caption', { count: actions.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.actionLog.action')}</Table.Th>
                  <Table.Th>{t('detail.actionLog.requestId')}</Table.Th>
                  <Table.Th>{t('detail.actionLog.user')}</Table.Th>
                  <Table.Th>{t('detail.actionLog.started')}</Table.Th>
                  <Table.Th>{t('detail.actionLog.message')}</Table.Th>
                  <Table.Th>{t('detail.actionLog.events')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {actions.map((action) => {
                  const expanded = open.has(action.request_id);
                  const eventsId = `action-events-${action.request_id}`;
                  const failed = failedMessage(action);
                  const name = word(action.action);
                  return (
                    <Fragment key={action.request_id}>
                      <Table.Tr>
                        <Table.Td>
                          <Stack gap={0}>
                            <Text span size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                              {name}
                            </Text>
                            {name !== action.action && (
                              <Text span size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                                {action.action}
                              </Text>
                            )}
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Text span size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                              {action.request_id}
                            </Text>
                            <CopyButton
                              value={action.request_id}
                              label={t('detail.actionLog.copyRequestId', { id: action.request_id })}
                              copiedLabel={t('instances:dialogs.copied')}
                              failedLabel={t('instances:dialogs.copyFailed')}
                              size="xs"
                            />
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Text span size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                            {action.user_id ?? t('detail.none')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text span size="sm">
                            <TimeValue value={action.start_time} />
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {failed ? (
                            <Group gap={4} wrap="nowrap" align="flex-start">
                              <IconAlertTriangle size={16} color="var(--mantine-color-error)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                              <Text span size="sm" fw={500} c="var(--mantine-color-error)" miw={120}>
                                {t('detail.actionLog.failedWith', { message: failed })}
                              </Text>
                            </Group>
                          ) : (
                            <Text span size="sm" c="dimmed">
                              {t('detail.none')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={expanded ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                            aria-expanded={expanded}
                            aria-controls={expanded ? eventsId : undefined}
                            aria-label={t(expanded ? 'detail.actionLog.hideEventsOf' : 'detail.actionLog.showEventsOf', { action: name, id: action.request_id })}
                            onClick={() => toggle(action.request_id)}
                          >
                            {t(expanded ? 'detail.actionLog.hideEvents' : 'detail.actionLog.showEvents')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                      {expanded && (
                        <Table.Tr id={eventsId}>
                          <Table.Td colSpan={6} bg="var(--mantine-color-default-hover)">
                            <ActionEvents serverId={serverId} requestId={action.request_id} actionName={name} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
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
