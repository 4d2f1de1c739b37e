import { EmptyState, Paper, Stack, Title } from '@mantine/core';
import { IconServer2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';

// Placeholder: the create-instance wizard replaces this.
export function CreateInstancePage() {
  const { t } = useTranslation('wizard');
  useDocumentTitle(t('title'));
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('title')}</Title>
      <Paper withBorder p="xl">
        <EmptyState icon={<IconServer2 aria-hidden />} description={t('empty')} />
      </Paper>
    </Stack>
  );
}
