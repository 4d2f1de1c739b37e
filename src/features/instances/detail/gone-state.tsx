import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** A 404: the instance was deleted (or never existed in this project). */
export function GoneState({ serverId, name }: { serverId: string; name: string | undefined }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack gap="sm" align="flex-start">
        <IconTrash size={32} aria-hidden />
        <Title order={2} size="h3">
          {t('detail.gone.title')}
        </Title>
        <Text size="sm">{t('detail.gone.body', { name: name ?? serverId, id: serverId })}</Text>
        <Anchor component={Link} to="/instances">
          {t('detail.gone.back')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
