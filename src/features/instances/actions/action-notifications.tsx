import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../../i18n/i18n';
import { ErrorDetails } from '../../../lib/ui/error-details';
import type { ActionOutcome } from './run-instance-action';
import type { InstanceActionVariables } from './use-instance-action';

let counter = 0;

function RetryableError({ error, onRetry }: { error: unknown; onRetry: () => Promise<void> }) {
  const { t } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  return (
    <Stack gap="xs" align="flex-start">
      <ErrorDetails error={error} />
      <Button
        size="xs"
        variant="default"
        loading={busy}
        leftSection={<IconRefresh size={14} aria-hidden />}
        onClick={() => {
          setBusy(true);
          void onRetry().finally(() => setBusy(false));
        }}
      >
        {t('actions.retry')}
      </Button>
    </Stack>
  );
}

/**
 * A failed action as a notification that stays until closed: what failed, the server's own message (a 409
 * included) and Retry. A failed retry replaces it with the new error.
 */
export function showActionError(error: unknown, { server, request }: InstanceActionVariables, retry: () => Promise<ActionOutcome>): void {
  counter += 1;
  const id = `instance-action-error-${counter}`;
  const action = i18n.t(`instances:action.${request.action}`);
  notifications.show({
    id,
    color: 'red',
    autoClose: false,
    title: i18n.t('instances:dialogs.failedTitle', { action, name: server.name || server.id }),
    message: (
      <RetryableError
        error={error}
        onRetry={() =>
          retry().then(
            () => {
              notifications.hide(id);
            },
            (next: unknown) => {
              notifications.hide(id);
              showActionError(next, { server, request }, retry);
            },
          )
        }
      />
    ),
  });
}
