import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../lib/ui/error-details';
import { useDocumentTitle } from '../lib/use-document-title';

interface ErrorPageProps {
  title: string;
  body: string;
  error: unknown;
  onRetry: () => void;
  retryLabel?: string;
  /** A way out, e.g. a link home. */
  extraAction?: ReactNode;
}

/** What an error boundary shows: plain words, the server's details when there are some, Retry and a way out. */
export function ErrorPage({ title, body, error, onRetry, retryLabel, extraAction }: ErrorPageProps) {
  const { t } = useTranslation('common');
  useDocumentTitle(title);
  return (
    <Stack gap="md" maw={640} py="md" role="alert">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{body}</Text>
      <ErrorDetails error={error} />
      <Group gap="sm">
        <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry}>
          {retryLabel ?? t('actions.retry')}
        </Button>
        {extraAction}
      </Group>
    </Stack>
  );
}
