import { Button, Popover, Stack, Text, TextInput } from '@mantine/core';
import { cloneElement, type MouseEventHandler, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDateTimeLocalValue } from '../../../lib/time';
import type { WithTrigger } from '../../../lib/ui/lazy-popup';
import type { ChangesSinceFilterProps } from './changes-since-filter';

const PRESETS = [
  ['hour', 60 * 60_000],
  ['day', 24 * 60 * 60_000],
  ['week', 7 * 24 * 60 * 60_000],
] as const;

/** Nova's form: second precision, UTC, `Z`. */
export function toApiTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The presets and the custom time of the changes-since filter, downloaded when first wanted (see changes-since-filter.tsx). */
export function ChangesSinceDropdown({ trigger, value, onChange }: WithTrigger<ChangesSinceFilterProps>) {
  const { t } = useTranslation('instances');
  const [opened, setOpened] = useState(false);
  const [local, setLocal] = useState('');

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
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus returnFocus>
      <Popover.Target>{cloneElement(trigger as ReactElement<{ onClick?: MouseEventHandler }>, { onClick: open })}</Popover.Target>
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
  );
}
