import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from './error-details';

export interface QueryErrorAlertProps {
  error: unknown;
  /** Usually the query's `refetch`; without it no Retry button is shown. */
  onRetry?: () => void;
  /** Defaults to "Could not load the data". */
  title?: string;
}

/** The one way a page shows a failed query: what failed, the server's details, and Retry. */
export function QueryErrorAlert({ error, onRetry, title }: QueryErrorAlertProps) {
  const { t } = useTranslation(['errors', 'common']);
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title ?? t('query.title')}>
      <Stack gap="sm" align="flex-start">
        <ErrorDetails error={error} />
        {onRetry && (
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
            {t('common:actions.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
