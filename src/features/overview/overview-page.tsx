import '@mantine/charts/styles.css';
import { Button, EmptyState, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconList, IconPlus, IconServer2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { RefreshButton } from '../../lib/ui/refresh-button';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FleetCharts } from './fleet-charts';
import { quotaKeys } from '../quotas/quota-queries';
import { QuotaGauges } from './quota-gauges';
import { ResourceTotals } from './resource-totals';
import { useOverview } from './use-overview';

function Loading() {
  const { t } = useTranslation('overview');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} aria-busy aria-label={t('loading')} role="status">
      {[1, 2, 3, 4].map((card) => (
        <Skeleton key={card} height={320} radius="md" />
      ))}
    </SimpleGrid>
  );
}

/** `/overview`: the console's landing page. The fleet at a glance, each number a way into the filtered list. */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  useDocumentTitle(t('title'));
  const { fleet, flavors, summary, nowMs } = useOverview();
  const queryClient = useQueryClient();
  const refresh = () => {
    void fleet.refetch();
    void queryClient.invalidateQueries({ queryKey: quotaKeys.all });
  };

  let body;
  if (summary) {
    body =
      summary.total === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState
            icon={<IconServer2 aria-hidden />}
            title={t('empty.title')}
            description={t('empty.description')}
          >
            <Button component={Link} to="/instances/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('empty.create')}
            </Button>
          </EmptyState>
        </Paper>
      ) : (
        <>
          <FleetCharts summary={summary} nowMs={nowMs} />
          <ResourceTotals totals={summary.totals} />
        </>
      );
  } else if (fleet.isError) {
    body = <QueryErrorAlert error={fleet.error} onRetry={() => void fleet.refetch()} title={t('loadFailed')} />;
  } else if (flavors.isError) {
    body = <QueryErrorAlert error={flavors.error} onRetry={() => void flavors.refetch()} title={t('flavorsFailed')} />;
  } else {
    body = <Loading />;
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="sm" justify="space-between">
          <Group gap="sm">
            <Title order={1} size="h2">
              {t('title')}
            </Title>
            {summary && summary.total > 0 && (
              <Text size="lg" c="dimmed">
                {t('total', { count: summary.total })}
              </Text>
            )}
          </Group>
          <Group gap="sm">
            <RefreshButton refreshing={fleet.isFetching} onRefresh={refresh} />
            <Button component={Link} to="/instances" variant="default" leftSection={<IconList size={16} aria-hidden />}>
              {t('viewAll')}
            </Button>
          </Group>
        </Group>
        <Text c="dimmed" size="sm" maw={760}>
          {t('description')}
        </Text>
      </Stack>
      {body}
      <QuotaGauges />
    </Stack>
  );
}
