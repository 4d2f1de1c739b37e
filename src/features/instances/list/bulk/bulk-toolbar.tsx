import { Button, Group, Paper, Text } from '@mantine/core';
import { IconChevronDown, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lazyPopup } from '../../../../lib/ui/lazy-popup';
import type { BulkMenuProps } from './bulk-menu';

const BulkMenu = lazyPopup<BulkMenuProps>(async () => (await import('./bulk-menu')).BulkMenu, 'menu');

export interface BulkToolbarProps extends BulkMenuProps {
  onClear: () => void;
}

/** Shown while rows are selected: how many, the status actions with how many each applies to, and Clear. */
export function BulkToolbar({ selected, pending, onPick, onClear }: BulkToolbarProps) {
  const { t } = useTranslation('instances');
  return (
    <Paper withBorder px="sm" py={6} radius="sm" bg="var(--mantine-primary-color-light)">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600} role="status">
          {t('list.bulk.selected', { count: selected.length })}
        </Text>
        <BulkMenu
          selected={selected}
          pending={pending}
          onPick={onPick}
          trigger={
            <Button size="xs" rightSection={<IconChevronDown size={14} aria-hidden />}>
              {t('list.bulk.menu')}
            </Button>
          }
        />
        <Button size="xs" variant="subtle" leftSection={<IconX size={14} aria-hidden />} onClick={onClear}>
          {t('list.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
