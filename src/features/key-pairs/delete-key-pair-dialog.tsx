import { Alert, Anchor, Button, Group, List, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WarningAlert } from '../../lib/ui/warning-alert';
import { ErrorDetails } from '../../lib/ui/error-details';
import { VisibleName } from '../../lib/ui/visible-name';
import { useDeleteKeyPair } from './key-pair-mutations';
import { serverQueries } from '../instances/server-queries';
import { groupServers } from './group-servers';

export interface DeleteKeyPairDialogProps {
  /** The key pair to delete; null keeps the dialog closed. */
  name: string | null;
  onClose: () => void;
  onDeleted: (name: string) => void;
}

/** Asks first, naming the instances that were created with the key pair (checked afresh when it opens). */
export function DeleteKeyPairDialog({ name, onClose, onDeleted }: DeleteKeyPairDialogProps) {
  const { t } = useTranslation(['keyPairs', 'common']);
  const remove = useDeleteKeyPair();
  const close = () => {
    if (remove.isPending) return;
    remove.reset();
    onClose();
  };
  return (
    <Modal
      opened={name !== null}
      onClose={close}
      title={t('delete.title', { name: name ?? '' })}
      closeOnEscape={!remove.isPending}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {name !== null && (
        <DeleteBody
          name={name}
          pending={remove.isPending}
          error={remove.error}
          onCancel={close}
          onConfirm={() =>
            remove.mutate(name, {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('delete.done', { name }) });
                remove.reset();
                onDeleted(name);
              },
            })
          }
        />
      )}
    </Modal>
  );
}

interface DeleteBodyProps {
  name: string;
  pending: boolean;
  error: Error | null;
  onCancel: () => void;
  onConfirm: () => void;
}

function DeleteBody({ name, pending, error, onCancel, onConfirm }: DeleteBodyProps) {
  const { t } = useTranslation(['keyPairs', 'common', 'instances']);
  // Mounted with the open dialog: a fresh look at the servers every time someone is about to delete.
  const usage = useQuery({ ...serverQueries.usage(), refetchOnMount: 'always' });
  const checking = usage.isFetching && !usage.isError;
  const users = usage.isSuccess && !usage.isFetching ? (groupServers(usage.data, (server) => server.keyName).get(name) ?? []) : [];

  return (
    <Stack gap="md">
      <Text size="sm">{t('delete.body')}</Text>
      {checking ? (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('delete.checking')}</Text>
        </Group>
      ) : usage.isError ? (
        <WarningAlert title={t('delete.usageFailed')}>
          <Stack gap="xs" align="flex-start">
            <ErrorDetails error={usage.error} />
            <Button size="xs" variant="default" onClick={() => void usage.refetch()}>
              {t('common:actions.retry')}
            </Button>
          </Stack>
        </WarningAlert>
      ) : users.length > 0 ? (
        <>
          <WarningAlert title={t('delete.inUse', { count: users.length })}>
            <Text size="sm">{t('delete.inUseNote')}</Text>
          </WarningAlert>
          {/* A long list scrolls on its own; focusable so that keyboard users can scroll it too. */}
          <Paper withBorder p="xs" mah={200} style={{ overflowY: 'auto' }} tabIndex={0} aria-label={t('delete.inUseList')}>
            <List size="sm" spacing={2}>
              {users.map((server) => (
                <List.Item key={server.id}>
                  <Anchor component={Link} to={`/instances/${encodeURIComponent(server.id)}`} size="sm" underline="always">
                    <VisibleName name={server.name || server.id} />
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`instances:status.${server.status}.label`)})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Paper>
        </>
      ) : (
        <Text size="sm">{t('delete.notUsed')}</Text>
      )}
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('delete.failed')}>
          <ErrorDetails error={error} />
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={pending}>
          {t('common:actions.cancel')}
        </Button>
        {/* red.9: shade 8 of red is under 4.5:1 with white text. */}
        <Button color="red.9" onClick={onConfirm} loading={pending} disabled={checking}>
          {t('delete.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
