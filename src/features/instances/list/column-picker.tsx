import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COLUMN_IDS, type ColumnId, DEFAULT_COLUMNS, isColumnId } from './list-params';
import type { ColumnChoice } from './use-column-choice';

const CHOOSABLE = COLUMN_IDS.filter((id) => id !== 'name');

/** Which columns the table shows; the name always is. Remembered in this browser. */
export function ColumnPicker({ choice }: { choice: ColumnChoice }) {
  const { t } = useTranslation('instances');
  return (
    <Popover position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} aria-hidden />}>
          {t('list.columns.picker')}
        </Button>
      </Popover.Target>
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
