import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCopyPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { CopyButton } from '../../../lib/ui/copy-button';
import { TimeAgo } from '../../../lib/time-ago';
import { VisibleName } from '../../../lib/ui/visible-name';
import { InstanceActionsMenu } from '../actions/instance-actions-menu';
import { usePendingAction } from '../actions/use-pending-action';
import { taskStateOf } from '../server-facts';
import { StatusBadge } from '../status/status-badge';
import { useTaskLabel } from '../status/use-task-label';
import { RefreshButton } from '../../../lib/ui/refresh-button';

export interface DetailHeaderProps {
  server: Server;
  flavors: Flavor[] | undefined;
  /** When the page last heard from the API (ms since epoch). */
  updatedAt: number;
  refreshing: boolean;
  onRefresh: () => void;
}

/** Name, status (with the running task or the action requested), the actions menu and "Create similar". */
export function DetailHeader({ server, flavors, updatedAt, refreshing, onRefresh }: DetailHeaderProps) {
  const { t } = useTranslation(['instanceDetail', 'instances', 'common']);
  const pending = usePendingAction(server.id);
  const taskLabel = useTaskLabel();
  const task = taskStateOf(server);
  const requested = pending && !pending.acknowledged ? t(`instances:action.${pending.action}`) : undefined;
  const titleId = useId();

  return (
    <Stack gap="xs">
      <Breadcrumbs>
        <Anchor component={Link} to="/instances" size="sm">
          {t('instances:title')}
        </Anchor>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <VisibleName name={server.name || server.id} />
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          {/* A group named by the heading: the server's name and its status belong together (and are found together). */}
          <Group gap="sm" align="center" role="group" aria-labelledby={titleId}>
            <Title order={1} size="h2" id={titleId} style={{ overflowWrap: 'anywhere' }}>
              <VisibleName name={server.name || server.id} />
            </Title>
            <StatusBadge status={server.status} taskState={task} requested={requested} />
          </Group>
          <Group gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed" ff="monospace">
              {server.id}
            </Text>
            <CopyButton value={server.id} label={t('detail.copyId')} copiedLabel={t('instances:dialogs.copied')} failedLabel={t('instances:dialogs.copyFailed')} size="xs" />
            <Text size="xs" c="dimmed">
              · {t('detail.refreshed')} <TimeAgo value={new Date(updatedAt).toISOString()} />
            </Text>
          </Group>
          {/* Polite: status changes are read out when they happen, not on every poll (the text only changes then). */}
          <VisuallyHidden aria-live="polite" aria-atomic>
            {t('detail.announce', {
              name: server.name,
              status: t(`instances:status.${server.status}.label`),
              code: server.status,
              task: task ? taskLabel(task) : t('detail.noTask'),
            })}
          </VisuallyHidden>
        </Stack>
        <Group gap="xs">
          <RefreshButton onRefresh={onRefresh} refreshing={refreshing} />
          <Button component={Link} to={`/instances/new?from=${encodeURIComponent(server.id)}`} variant="default" leftSection={<IconCopyPlus size={16} aria-hidden />}>
            {t('detail.createSimilar')}
          </Button>
          <InstanceActionsMenu server={server} flavors={flavors} />
        </Group>
      </Group>
    </Stack>
  );
}
