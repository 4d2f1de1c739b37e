import { Button, EmptyState, Group, Paper } from '@mantine/core';
import { IconFileImport, IconKey, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** No key pair at all: say what they are for and offer both ways to get one. */
export function KeyPairsEmpty({ onCreate, onImport }: { onCreate: () => void; onImport: () => void }) {
  const { t } = useTranslation('keyPairs');
  return (
    <Paper withBorder p="xl">
      <EmptyState icon={<IconKey aria-hidden />} title={t('empty.title')} description={t('empty.description')}>
        <EmptyState.Actions>
          <Group gap="sm" justify="center">
            <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={onImport}>
              {t('actions.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
              {t('actions.create')}
            </Button>
          </Group>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}
