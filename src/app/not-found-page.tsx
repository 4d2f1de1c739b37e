import { Button, Code, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation(['errors', 'common']);
  const { pathname } = useLocation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Stack gap="md" maw={640} py="md" align="flex-start">
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text>{t('notFound.body')}</Text>
      <Code>{pathname}</Code>
      <Button component={Link} to="/instances" leftSection={<IconArrowLeft size={16} aria-hidden />}>
        {t('common:actions.goHome')}
      </Button>
    </Stack>
  );
}
