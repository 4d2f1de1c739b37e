import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceTotals as Totals } from './fleet-summary';

const MB_PER_GB = 1024;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Stack>
  );
}

/** vCPUs, RAM and local root disk the fleet's flavors add up to. */
export function ResourceTotals({ totals }: { totals: Totals }) {
  const { t } = useTranslation('overview');
  const titleId = useId();
  const ramGb = Math.round((totals.ramMb / MB_PER_GB) * 10) / 10;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('totals.title')}
        </Title>
        <SimpleGrid cols={3} spacing="md">
          <Figure label={t('totals.vcpus')} value={t('totals.count', { value: totals.vcpus })} />
          <Figure label={t('totals.ram')} value={t('totals.gb', { value: ramGb })} />
          <Figure label={t('totals.disk')} value={t('totals.gb', { value: totals.diskGb })} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('totals.note')}
          {totals.unknown > 0 && ` ${t('totals.unknown', { count: totals.unknown })}`}
        </Text>
      </Stack>
    </Paper>
  );
}
