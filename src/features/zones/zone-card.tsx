import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoneSummary } from './zone-summary';
import classes from './zone-card.module.css';

/** One zone: its state in words, colour and icon (never colour alone), and the project's instances in it. */
export function ZoneCard({ zone }: { zone: ZoneSummary }) {
  const { t, i18n } = useTranslation(['zones', 'instances']);
  const titleId = useId();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  const state =
    zone.available === true
      ? { label: t('state.available'), color: 'teal.9', Icon: IconCircleCheck }
      : zone.available === false
        ? { label: t('state.unavailable'), color: 'red.9', Icon: IconCircleX }
        : zone.available === null
          ? { label: t('state.unlisted'), color: 'gray.7', Icon: IconHelpCircle }
          : { label: t('state.unknown'), color: 'gray.7', Icon: IconHelpCircle };

  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      p="lg"
      radius="md"
      className={classes.card}
      data-unavailable={zone.available === false || undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Title order={2} size="h4" id={titleId} ff="monospace">
            {zone.name}
          </Title>
          <Badge color={state.color} variant="filled" radius="sm" size="lg" leftSection={<state.Icon size={14} aria-hidden />}>
            {state.label}
          </Badge>
        </Group>
        {zone.available === false && (
          <Text size="sm" c="red.9" className={classes.warning}>
            {t('state.unavailableHint')}
          </Text>
        )}
        {zone.available === null && <Text size="sm">{t('state.unlistedHint')}</Text>}
        <Group gap="xs" align="baseline">
          <Text fz={28} fw={700} lh={1}>
            {zone.instances === undefined ? t('unknown') : number.format(zone.instances)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('instances', { count: zone.instances ?? 0 })}
          </Text>
        </Group>
        {zone.statuses.length > 0 && (
          <Text size="sm" c="dimmed">
            {zone.statuses.map(([status, count], index) => (
              <Fragment key={status}>
                {index > 0 && ' · '}
                <span className={classes.status}>
                  {t('statusCount', { status: t(`instances:status.${status}.label`), count: number.format(count) })}
                </span>
              </Fragment>
            ))}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
