import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResourceTotals as Totals } from './fleet-summary';
import { OverviewSection } from './overview-section';
import { ramGb } from '../../lib/format-ram';

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
    return (
    <OverviewSection title={t('totals.title')}>
      <SimpleGrid cols={3} spacing="md">
        <Figure label={t('totals.vcpus')} value={t('totals.count', { value: totals.vcpus })} />
        <Figure label={t('totals.ram')} value={t('totals.gb', { value: ramGb(totals.ramMb) })} />
        <Figure label={t('totals.disk')} value={t('totals.gb', { value: totals.diskGb })} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('totals.note')}
        {totals.unknown > 0 && ` ${t('totals.unknown', { count: totals.unknown })}`}
      </Text>
    </OverviewSection>
  );
}
