import { Button, Group, Menu, Paper, Text } from '@mantine/core';
import { IconChevronDown, IconX } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_ACTIONS, type BulkAction } from '../../../../domain/instance-actions';
import { dangerColor } from '../../../../lib/ui/danger-color';
import { ACTION_GROUP, ACTION_ICONS } from '../../actions/action-look';
import type { PendingAction } from '../../actions/pending-actions';
import type { FleetRow } from '../fleet-rows';
import { planBulk } from './bulk-plan';

export interface BulkToolbarProps {
  selected: FleetRow[];
  pending: ReadonlyMap<string, PendingAction>;
  onPick: (action: BulkAction) => void;
  onClear: () => void;
}

/** Rendered only while the menu is open: counting what each action applies to walks the whole selection. */
function BulkMenuItems({ selected, pending, onPick }: Omit<BulkToolbarProps, 'onClear'>) {
  const { t } = useTranslation('instances');
  return BULK_ACTIONS.map((action) => {
    const Icon = ACTION_ICONS[action];
    const count = planBulk(action, selected, pending).eligible.length;
    const danger = ACTION_GROUP[action] === 'danger';
    return (
      <Fragment key={action}>
        {danger && <Menu.Divider />}
        <Menu.Item leftSection={<Icon size={16} aria-hidden />} color={danger ? dangerColor : undefined} onClick={() => onPick(action)}>
          {t('list.bulk.menuItem', { action: t(`action.${action}`), count, total: selected.length })}
        </Menu.Item>
      </Fragment>
    );
  });
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
        <Menu position="bottom-start" shadow="md" width={320}>
          <Menu.Target>
            <Button size="xs" rightSection={<IconChevronDown size={14} aria-hidden />}>
              {t('list.bulk.menu')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <BulkMenuItems selected={selected} pending={pending} onPick={onPick} />
          </Menu.Dropdown>
        </Menu>
        <Button size="xs" variant="subtle" leftSection={<IconX size={14} aria-hidden />} onClick={onClear}>
          {t('list.bulk.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
