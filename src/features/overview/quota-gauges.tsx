import { RingProgress, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type QuotaResource, type QuotaUse, quotaUses } from '../../domain/quota';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { keyPairQueries } from '../key-pairs/key-pair-queries';
import { isQuotaUnavailable, quotaQueries } from '../quotas/quota-queries';
import { OverviewSection } from './overview-section';
import { ramGb } from '../../lib/format-ram';

function gaugeColor(share: number): string {
  if (share >= 0.9) return 'red.7';
  if (share >= 0.75) return 'yellow.6';
  return 'blue.6';
}

function Gauge({ use }: { use: QuotaUse }) {
  const { t } = useTranslation('overview');
  const amount = (value: number) => (use.resource === 'ram' ? t('quotas.gb', { value: ramGb(value) }) : String(value));
  const share = use.used !== null && use.limit ? Math.min(1, use.used / use.limit) : use.limit === 0 ? 1 : 0;
  const text =
    use.used === null
      ? t('quotas.unknown')
      : use.limit === null
        ? t('quotas.unlimited', { used: amount(use.used) })
        : t('quotas.usedOf', { used: amount(use.used), limit: amount(use.limit) });
  return (
    <Stack gap={4} align="center">
      <RingProgress
        aria-hidden
        size={96}
        thickness={10}
        roundCaps
        sections={use.limit === null || use.used === null ? [] : [{ value: share * 100, color: gaugeColor(share) }]}
        label={
          <Text ta="center" size="sm" fw={700}>
            {use.limit === null || use.used === null ? '—' : t('quotas.percent', { value: Math.round(share * 100) })}
          </Text>
        }
      />
      <Text size="sm" fw={600}>
        {t(`quotas.${use.resource satisfies QuotaResource}`)}
      </Text>
      <Text size="sm" c="dimmed" ta="center" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {text}
      </Text>
    </Stack>
  );
}

/** Instances, vCPUs, RAM and key pairs, each used of its limit; a cloud without GET /limits gets one quiet line. */
export function QuotaGauges() {
  const { t } = useTranslation('overview');
  const limits = useQuery(quotaQueries.limits());
  const keyPairs = useQuery(keyPairQueries.list());
  let body;
  if (limits.isPending) body = <Skeleton height={140} />;
  else if (limits.isError)
    body = isQuotaUnavailable(limits.error) ? (
      <Text size="sm" c="dimmed">
        {t('quotas.unavailable')}
      </Text>
    ) : (
      <QueryErrorAlert error={limits.error} onRetry={() => void limits.refetch()} title={t('quotas.loadFailed')} />
    );
  else
    body = (
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        {quotaUses(limits.data, keyPairs.data?.length ?? null).map((use) => (
          <Gauge key={use.resource} use={use} />
        ))}
      </SimpleGrid>
    );
  return (
    <OverviewSection title={t('quotas.title')}>
      {body}
    </OverviewSection>
  );
}
