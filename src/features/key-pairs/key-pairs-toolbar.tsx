import { Button, CloseButton, Group, TextInput } from '@mantine/core';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RefreshButton } from '../../lib/ui/refresh-button';

export interface KeyPairsToolbarProps {
  search: string;
  onSearch: (value: string) => void;
  refreshing: boolean;
  onRefresh: () => void;
  onCreate: () => void;
  onImport: () => void;
}

export function KeyPairsToolbar({ search, onSearch, refreshing, onRefresh, onCreate, onImport }: KeyPairsToolbarProps) {
  const { t } = useTranslation(['keyPairs', 'common']);
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <TextInput
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={search ? <CloseButton size="sm" aria-label={t('clearSearch')} onClick={() => onSearch('')} /> : null}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        w={{ base: '100%', xs: 320 }}
      />
      <Group gap="sm" wrap="wrap">
        <RefreshButton onRefresh={onRefresh} refreshing={refreshing} />
        <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={onImport}>
          {t('actions.import')}
        </Button>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
          {t('actions.create')}
        </Button>
      </Group>
    </Group>
  );
}
