import { Button } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lazyPopup } from '../../../lib/ui/lazy-popup';
import type { ColumnChoice } from './use-column-choice';

const ColumnPickerDropdown = lazyPopup<{ choice: ColumnChoice }>(async () => (await import('./column-picker-dropdown')).ColumnPickerDropdown, 'dialog');

/** Which columns the table shows; the name always is. Remembered in this browser. */
export function ColumnPicker({ choice }: { choice: ColumnChoice }) {
  const { t } = useTranslation('instances');
  return (
    <ColumnPickerDropdown
      choice={choice}
      trigger={
        <Button variant="default" leftSection={<IconColumns3 size={16} aria-hidden />}>
          {t('list.columns.picker')}
        </Button>
      }
    />
  );
}
