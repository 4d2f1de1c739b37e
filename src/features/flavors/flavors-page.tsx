import { EmptyState, Paper, Stack, Title } from '@mantine/core';
import { IconCpu } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/use-document-title';

// Placeholder: the flavor list replaces this.
export function FlavorsPage() {
  const { t } = useTranslation('flavors');
  useDocumentTitle(t('title'));
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('title')}</Title>
      <Paper withBorder p="xl">
        <EmptyState icon={<IconCpu aria-hidden />} title={t('empty.title')} description={t('empty.description')} />
      </Paper>
    </Stack>
  );
}
