import { Alert, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuotaExcess, QuotaResource } from '../../domain/quota';
import { formatRam } from '../../lib/format-ram';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { type QuotaAdds, type QuotaLine, useQuotaCheck } from './quota-queries';

/** RAM is counted in MB; people read it in GB. */
const amount = (resource: QuotaResource, value: number) => (resource === 'ram' ? formatRam(value) : String(value));

function useLineText(): (line: QuotaLine) => string {
  const { t } = useTranslation('common');
  return ({ use, adds, excess }) => {
    const values = { resource: t(`quotaCheck.resource.${use.resource}`), adds: amount(use.resource, adds) };
    if (use.limit === null) return t('quotaCheck.lineUnlimited', values);
    if (use.left === null) return t('quotaCheck.lineUnknown', { ...values, limit: amount(use.resource, use.limit) });
    const counted = { ...values, left: amount(use.resource, use.left), limit: amount(use.resource, use.limit) };
    return excess ? t('quotaCheck.lineOver', { ...counted, over: amount(use.resource, excess.over) }) : t('quotaCheck.line', counted);
  };
}

export function useExcessText(): (excess: QuotaExcess) => string {
  const { t } = useTranslation('common');
  return ({ resource, requested, left, over }) =>
    t('quotaCheck.over', {
      resource: t(`quotaCheck.resource.${resource}`),
      requested: amount(resource, requested),
      left: amount(resource, left),
      over: amount(resource, over),
      count: left,
    });
}

/**
 * What the request adds to each quota against what is left, one line each; where the cloud has no quotas, one
 * quiet line; where asking failed, the server's message and Retry (nothing is blocked either way).
 */
export function QuotaUsage({ adds }: { adds: QuotaAdds }) {
  const { t } = useTranslation('common');
  const check = useQuotaCheck(adds);
  const text = useLineText();
  switch (check.kind) {
    case 'loading':
      return (
        <Text size="xs" c="dimmed">
          {t('quotaCheck.loading')}
        </Text>
      );
    case 'unavailable':
      return (
        <Text size="xs" c="dimmed">
          {t('quotaCheck.unavailable')}
        </Text>
      );
    case 'failed':
      return <QueryErrorAlert error={check.error} onRetry={check.retry} title={t('quotaCheck.loadFailed')} />;
    case 'ready':
      return (
        <Stack gap={2}>
          {check.lines.map((line) => (
            <Group key={line.use.resource} gap={4} wrap="nowrap" align="flex-start">
              {line.excess && <IconAlertTriangle size={14} color="var(--mantine-color-yellow-filled)" aria-hidden />}
              <Text size="xs" fw={line.excess ? 600 : undefined}>
                {text(line)}
              </Text>
            </Group>
          ))}
        </Stack>
      );
  }
}

/** Before sending: every quota the request would exceed, by how much. A warning, never a block. */
export function QuotaWarning({ adds }: { adds: QuotaAdds }) {
  const { t } = useTranslation('common');
  const check = useQuotaCheck(adds);
  const text = useExcessText();
  if (check.kind !== 'ready' || check.excesses.length === 0) return null;
  return (
    <Alert role="status" color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('quotaCheck.warningTitle')}>
      <Stack gap="xs">
        <List size="sm" spacing={2}>
          {check.excesses.map((excess) => (
            <List.Item key={excess.resource}>{text(excess)}</List.Item>
          ))}
        </List>
        <Text size="sm">{t('quotaCheck.warningNote')}</Text>
      </Stack>
    </Alert>
  );
}
