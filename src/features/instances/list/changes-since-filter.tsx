import { Button, Input, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconClockHour4 } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, toDateTimeLocalValue } from '../../../lib/time';

const PRESETS = [
  ['hour', 60 * 60_000],
  ['day', 24 * 60 * 60_000],
  ['week', 7 * 24 * 60 * 60_000],
] as const;

/** Nova's form: second precision, UTC, `Z`. */
export function toApiTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface ChangesSinceFilterProps {
  /** ISO-8601 UTC, or undefined for any time. */
  value: string | undefined;
  onChange: (value: string | null) => void;
}

/** `changes-since`: presets and a local date-time, sent as an absolute UTC time (a shared link means the same instant). */
export function ChangesSinceFilter({ value, onChange }: ChangesSinceFilterProps) {
  const { t, i18n } = useTranslation('instances');
  const id = useId();
  const [opened, setOpened] = useState(false);
  const [local, setLocal] = useState('');
  const label = value ? t('list.filters.since', { time: formatDateTime(value, i18n.language) }) : t('list.filters.anyTime');

  const pick = (next: string | null) => {
    onChange(next);
    setOpened(false);
  };
  const open = () => {
    setLocal(toDateTimeLocalValue(value));
    setOpened((was) => !was);
  };
  const customValid = local !== '' && !Number.isNaN(new Date(local).getTime());

  return (
    <Input.Wrapper label={t('list.filters.changesSince')} labelProps={{ id: `${id}-label` }}>
      <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus returnFocus>
        <Popover.Target>
          <Button
            variant="default"
            fw={400}
            onClick={open}
            aria-labelledby={`${id}-label ${id}-value`}
            leftSection={<IconClockHour4 size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            display="flex"
          >
            <span id={`${id}-value`}>{label}</span>
          </Button>
        </Popover.Target>
        <Popover.Dropdown aria-label={t('list.filters.changesSince')}>
          <Stack gap="xs" w={260}>
            {PRESETS.map(([key, ms]) => (
              <Button key={key} variant="subtle" justify="flex-start" onClick={() => pick(toApiTime(new Date(Date.now() - ms)))}>
                {t(`list.filters.presets.${key}`)}
              </Button>
            ))}
            <Button variant="subtle" justify="flex-start" onClick={() => pick(null)}>
              {t('list.filters.clearTime')}
            </Button>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                if (customValid) pick(toApiTime(new Date(local)));
              }}
            >
              <Stack gap="xs">
                <TextInput
                  type="datetime-local"
                  label={t('list.filters.customTime')}
                  value={local}
                  onChange={(event) => setLocal(event.currentTarget.value)}
                  size="sm"
                />
                <Button type="submit" size="sm" variant="default" disabled={!customValid} style={{ alignSelf: 'flex-end' }}>
                  {t('list.filters.apply')}
                </Button>
              </Stack>
            </form>
            <Text size="xs" c="dimmed">
              {t('list.filters.deletedHint')}
            </Text>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Input.Wrapper>
  );
}
