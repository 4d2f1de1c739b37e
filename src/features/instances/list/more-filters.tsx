import { Badge, Button } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lazyPopup } from '../../../lib/ui/lazy-popup';
import type { PatchParams } from './list-filters';

const MoreFiltersDropdown = lazyPopup<MoreFiltersProps>(async () => (await import('./more-filters-dropdown')).MoreFiltersDropdown, 'dialog');

export interface MoreFiltersProps {
  rawName: string;
  rawReservation: string;
  onPatch: PatchParams;
}

/**
 * The API filters typed as text: `name` (Nova's unanchored regex; an invalid one is flagged and never sent) and
 * `reservation_id`. Each reaches the URL on Enter, on leaving the field, or after a pause in typing.
 */
export function MoreFilters(props: MoreFiltersProps) {
  const { t } = useTranslation('instances');
  const active = (props.rawName.trim() ? 1 : 0) + (props.rawReservation.trim() ? 1 : 0);
  return (
    <MoreFiltersDropdown
      {...props}
      trigger={
        <Button
          variant="default"
          mt={25}
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          rightSection={active > 0 ? <Badge size="sm" circle>{active}</Badge> : null}
        >
          {t('list.filters.more')}
        </Button>
      }
    />
  );
}
