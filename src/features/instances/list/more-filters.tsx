import { Badge, Button, Popover, Stack, TextInput } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatchParams } from './list-filters';
import { regexProblem } from './list-params';
import { useUrlText } from './use-url-text';
import classes from './instances-list.module.css';

const isValidRegex = (value: string) => regexProblem(value.trim()) === null;

export interface MoreFiltersProps {
  rawName: string;
  rawReservation: string;
  onPatch: PatchParams;
}

/**
 * The API filters typed as text: `name` (Nova's unanchored regex; an invalid one is flagged and never sent) and
 * `reservation_id`. Each reaches the URL on Enter, on leaving the field, or after a pause in typing.
 */
export function MoreFilters({ rawName, rawReservation, onPatch }: MoreFiltersProps) {
  const { t } = useTranslation('instances');
  const writeName = useCallback((value: string) => onPatch({ name: value }, { replace: true }), [onPatch]);
  const writeReservation = useCallback((value: string) => onPatch({ reservation_id: value.trim() }, { replace: true }), [onPatch]);
  const name = useUrlText(rawName, writeName, 700, isValidRegex);
  const reservation = useUrlText(rawReservation, writeReservation, 700);
  const nameProblem = name.text.trim() ? regexProblem(name.text.trim()) : null;
  const active = (rawName.trim() ? 1 : 0) + (rawReservation.trim() ? 1 : 0);

  return (
    <Popover position="bottom-end" shadow="md" trapFocus returnFocus width={300}>
      <Popover.Target>
        <Button
          variant="default"
          mt={25}
          leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
          rightSection={active > 0 ? <Badge size="sm" circle>{active}</Badge> : null}
        >
          {t('list.filters.more')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown className={classes.errorColors}>
        <Stack gap="sm">
          <TextInput
            label={t('list.filters.name')}
            description={t('list.filters.nameHint')}
            placeholder={t('list.filters.namePlaceholder')}
            value={name.text}
            onChange={(event) => name.setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && nameProblem === null) name.commit(name.text);
            }}
            onBlur={() => nameProblem === null && name.text !== rawName && name.commit(name.text)}
            error={nameProblem ? t('list.filters.nameInvalid', { message: nameProblem }) : null}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <TextInput
            label={t('list.filters.reservation')}
            placeholder={t('list.filters.reservationPlaceholder')}
            value={reservation.text}
            onChange={(event) => reservation.setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') reservation.commit(reservation.text);
            }}
            onBlur={() => reservation.text !== rawReservation && reservation.commit(reservation.text)}
            autoComplete="off"
            spellCheck={false}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
