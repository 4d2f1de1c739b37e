import { Alert, Anchor, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSameNameServers } from '../use-same-name-servers';

/** A warning, not a block: Nova allows equal names, but operators confuse them. */
export function SameNameWarning({ name, count }: { name: string; count: number }) {
  const { t } = useTranslation('wizard');
  const existing = useSameNameServers(name, count).data ?? [];
  if (existing.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={existing.length > 1 ? t('details.sameNameTitleMany', { count: existing.length }) : t('details.sameNameTitleOne')}>
      {t('details.sameNameBody')}
      <Group gap="xs" mt={4}>
        {existing.slice(0, 5).map((server) => (
          <Anchor key={server.id} component={Link} to={`/instances/${server.id}`} size="sm" target="_blank">
            {server.name}
          </Anchor>
        ))}
      </Group>
    </Alert>
  );
}
