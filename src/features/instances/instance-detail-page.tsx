import { EmptyState, Paper, Stack, Title } from '@mantine/core';
import { IconServer2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/use-document-title';

// Placeholder: the instance detail page replaces this.
export function InstanceDetailPage() {
  const { t } = useTranslation('instances');
  const { serverId = '' } = useParams();
  const title = t('detail.title', { id: serverId });
  useDocumentTitle(title);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{title}</Title>
      <Paper withBorder p="xl">
        <EmptyState icon={<IconServer2 aria-hidden />} description={t('detail.empty')} />
      </Paper>
    </Stack>
  );
}
