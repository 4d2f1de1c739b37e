import { Menu } from '@mantine/core';
import { Fragment, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BULK_ACTIONS, type BulkAction } from '../../../../domain/instance-actions';
import { dangerColor } from '../../../../lib/ui/danger-color';
import type { WithTrigger } from '../../../../lib/ui/lazy-popup';
import { ACTION_GROUP, ACTION_ICONS } from '../../actions/action-look';
import type { PendingAction } from '../../actions/pending-actions';
import type { FleetRow } from '../fleet-rows';
import { planBulk } from './bulk-plan';

export interface BulkMenuProps {
  selected: FleetRow[];
  pending: ReadonlyMap<string, PendingAction>;
  onPick: (action: BulkAction) => void;
}

/** The bulk actions menu, downloaded when first wanted (see bulk-toolbar.tsx). */
export function BulkMenu({ trigger, ...items }: WithTrigger<BulkMenuProps>) {
  // An action picked here opens the bulk dialog: its code comes along now, so the dialog opens at once.
  useEffect(() => {
    void import('./bulk-dialog');
  }, []);
  return (
    <Menu position="bottom-start" shadow="md" width={320}>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        <BulkMenuItems {...items} />
      </Menu.Dropdown>
    </Menu>
  );
}

/** Rendered only while the menu is open: counting what each action applies to walks the whole selection. */
function BulkMenuItems({ selected, pending, onPick }: BulkMenuProps) {
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
