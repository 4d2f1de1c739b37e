import { Button, Input } from '@mantine/core';
import { IconChevronDown, IconClockHour4 } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/time';
import { lazyPopup } from '../../../lib/ui/lazy-popup';

const ChangesSinceDropdown = lazyPopup<ChangesSinceFilterProps>(async () => (await import('./changes-since-dropdown')).ChangesSinceDropdown, 'dialog');

export interface ChangesSinceFilterProps {
  /** ISO-8601 UTC, or undefined for any time. */
  value: string | undefined;
  onChange: (value: string | null) => void;
}

/** `changes-since`: presets and a local date-time, sent as an absolute UTC time (a shared link means the same instant). */
export function ChangesSinceFilter({ value, onChange }: ChangesSinceFilterProps) {
  const { t, i18n } = useTranslation('instances');
  const id = useId();
  const label = value ? t('list.filters.since', { time: formatDateTime(value, i18n.language) }) : t('list.filters.anyTime');

  return (
    <Input.Wrapper label={t('list.filters.changesSince')} labelProps={{ id: `${id}-label` }}>
      <ChangesSinceDropdown
        value={value}
        onChange={onChange}
        trigger={
          <Button
            variant="default"
            fw={400}
            aria-labelledby={`${id}-label ${id}-value`}
            leftSection={<IconClockHour4 size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            display="flex"
          >
            <span id={`${id}-value`}>{label}</span>
          </Button>
        }
      />
    </Input.Wrapper>
  );
}
