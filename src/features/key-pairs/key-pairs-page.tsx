import { EmptyState, Paper, Stack, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';

// Placeholder: the key pair list replaces this.
export function KeyPairsPage() {
  const { t } = useTranslation('keyPairs');
  useDocumentTitle(t('title'));
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('title')}</Title>
      <Paper withBorder p="xl">
        <EmptyState icon={<IconKey aria-hidden />} title={t('empty.title')} description={t('empty.description')} />
      </Paper>
    </Stack>
  );
}
