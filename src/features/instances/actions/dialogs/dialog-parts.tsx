import { Alert, Button, Group, Paper, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../api/schemas/server';
import type { InstanceAction } from '../../../../domain/instance-actions';
import { StatusBadge } from '../../status/status-badge';
import { ErrorDetails } from '../../../../lib/ui/error-details';
import { VisibleName } from '../../../../lib/ui/visible-name';

/** The server's own answer to a failed action, inside the dialog, above what the user typed (which stays). */
export function DialogError({ error, action, children }: { error: unknown; action: InstanceAction; children?: ReactNode }) {
  const { t } = useTranslation('instances');
  if (error === null || error === undefined) return null;
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('dialogs.errorTitle', { action: t(`action.${action}`) })}>
      <ErrorDetails error={error} />
      {children}
    </Alert>
  );
}

export interface DialogButtonsProps {
  onCancel: () => void;
  /** The submit button's words: the action itself ("Stop"), never a bare "OK". */
  confirmLabel: string;
  color?: string | undefined;
  loading?: boolean;
  disabled?: boolean;
  /** After a failure the same button sends again. */
  failed?: boolean;
}

/** Cancel and the action's own button; the button is a form submit, so Enter in a field sends it. */
export function DialogButtons({ onCancel, confirmLabel, color, loading, disabled, failed }: DialogButtonsProps) {
  const { t } = useTranslation(['instances', 'common']);
  return (
    <Group justify="flex-end" gap="sm" mt="md">
      <Button variant="default" onClick={onCancel}>
        {t('common:actions.cancel')}
      </Button>
      <Button type="submit" color={color} loading={loading} disabled={disabled}>
        {failed ? t('instances:dialogs.tryAgain', { action: confirmLabel }) : confirmLabel}
      </Button>
    </Group>
  );
}

/** Which instance the dialog acts on: name, status and id, so nobody acts on the wrong one. */
export function DialogSubject({ server }: { server: Server }) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            <VisibleName name={server.name} />
          </Text>
          <StatusBadge status={server.status} taskState={server['OS-EXT-STS:task_state']} />
        </Group>
        <Text size="xs" c="dimmed" ff="monospace">
          {server.id}
        </Text>
      </Stack>
    </Paper>
  );
}

/** A placeholder while a list loads; the words are for screen readers, the skeleton for the eye. */
export function LoadingBlock({ height = 120 }: { height?: number }) {
  const { t } = useTranslation('common');
  return (
    <div role="status">
      <VisuallyHidden>{t('loading')}</VisuallyHidden>
      <Skeleton height={height} />
    </div>
  );
}
