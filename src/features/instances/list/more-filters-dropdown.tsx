import { Popover, Stack, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WithTrigger } from '../../../lib/ui/lazy-popup';
import type { MoreFiltersProps } from './more-filters';
import { regexProblem } from './list-params';
import { useUrlText } from './use-url-text';
import classes from './instances-list.module.css';

const isValidRegex = (value: string) => regexProblem(value.trim()) === null;

/** The popover of More filters, downloaded when first wanted (see more-filters.tsx). */
export function MoreFiltersDropdown({ trigger, rawName, rawReservation, onPatch }: WithTrigger<MoreFiltersProps>) {
  const { t } = useTranslation('instances');
  const writeName = useCallback((value: string) => onPatch({ name: value }, { replace: true }), [onPatch]);
  const writeReservation = useCallback((value: string) => onPatch({ reservation_id: value.trim() }, { replace: true }), [onPatch]);
  const name = useUrlText(rawName, writeName, 700, isValidRegex);
  const reservation = useUrlText(rawReservation, writeReservation, 700);
  const nameProblem = name.text.trim() ? regexProblem(name.text.trim()) : null;

  return (
    <Popover position="bottom-end" shadow="md" trapFocus returnFocus width={300}>
      <Popover.Target>{trigger}</Popover.Target>
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
