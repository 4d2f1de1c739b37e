import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WithTrigger } from '../../../lib/ui/lazy-popup';
import { COLUMN_IDS, type ColumnId, DEFAULT_COLUMNS, isColumnId } from './list-params';
import type { ColumnChoice } from './use-column-choice';

const CHOOSABLE = COLUMN_IDS.filter((id) => id !== 'name');

/** The column picker's popover, downloaded when first wanted (see column-picker.tsx). */
export function ColumnPickerDropdown({ trigger, choice }: WithTrigger<{ choice: ColumnChoice }>) {
  const { t } = useTranslation('instances');
  return (
    <Popover position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>{trigger}</Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={<Text fw={600} size="sm">{t('list.columns.pickerTitle')}</Text>}
          value={choice.columns.filter((id) => id !== 'name')}
          onChange={(values) => choice.set(['name', ...values.filter(isColumnId)] as ColumnId[])}
        >
          <Stack gap="xs" mt="xs">
            {CHOOSABLE.map((id) => (
              <Checkbox key={id} value={id} label={t(`list.columns.${id}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button variant="subtle" size="xs" mt="sm" disabled={choice.isDefault} onClick={() => choice.set(DEFAULT_COLUMNS)}>
          {t('list.columns.reset')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
