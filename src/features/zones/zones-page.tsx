import { Alert, Badge, Button, EmptyState, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBuildingWarehouse } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WarningAlert } from '../../lib/ui/warning-alert';
import { ErrorDetails } from '../../lib/ui/error-details';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { useDocumentTitle } from '../../lib/use-document-title';
import { serverQueries } from '../instances/server-queries';
import { ZoneCard } from './zone-card';
import { zoneQueries } from './zone-queries';
import { summarizeZones } from './zone-summary';
import { RefreshButton } from '../../lib/ui/refresh-button';

const UNPLACED_REASONS = ['scheduling', 'failed', 'other'] as const;

/** `/zones`: each availability zone, whether it is available, and how many of the project's instances run there. */
export function ZonesPage() {
  const { t } = useTranslation(['zones', 'common']);
  useDocumentTitle(t('title'));
  const zones = useQuery(zoneQueries.list());
  const servers = useQuery(serverQueries.usage());
  const summary = useMemo(() => summarizeZones(zones.data ?? [], servers.data), [zones.data, servers.data]);
  const unavailable = summary.zones.filter((zone) => zone.available === false).map((zone) => zone.name);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="sm" align="center" justify="space-between">
          <Group gap="sm">
            <Title order={1} size="h2">
              {t('title')}
            </Title>
            {zones.isSuccess && (
              <Badge variant="light" color="gray" size="lg" radius="sm">
                {t('count', { count: zones.data.length })}
              </Badge>
            )}
          </Group>
          <RefreshButton
            refreshing={zones.isFetching || servers.isFetching}
            onRefresh={() => {
              void zones.refetch();
              void servers.refetch();
            }}
          />
        </Group>
        <Text c="dimmed" size="sm" maw={760}>
          {t('description')}
        </Text>
      </Stack>

      {unavailable.length > 0 && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('unavailableAlert.title', { count: unavailable.length, zones: unavailable.join(', ') })}>
          {t('unavailableAlert.body')}
        </Alert>
      )}
      {servers.isError && (
        <WarningAlert title={t('usageFailed')}>
          <Stack gap="xs" align="flex-start">
            <ErrorDetails error={servers.error} />
            <Button size="xs" variant="default" onClick={() => void servers.refetch()}>
              {t('common:actions.retry')}
            </Button>
          </Stack>
        </WarningAlert>
      )}

      {zones.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy>
          {[1, 2].map((card) => (
            <Skeleton key={card} height={150} radius="md" />
          ))}
        </SimpleGrid>
      ) : zones.isError ? (
        <QueryErrorAlert error={zones.error} onRetry={() => void zones.refetch()} title={t('loadFailed')} />
      ) : summary.zones.length === 0 ? (
        <Paper withBorder p="xl">
          <EmptyState icon={<IconBuildingWarehouse aria-hidden />} title={t('empty.title')} description={t('empty.description')} />
        </Paper>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {summary.zones.map((zone) => (
            <ZoneCard key={zone.name} zone={zone} />
          ))}
        </SimpleGrid>
      )}
      {UNPLACED_REASONS.filter((reason) => summary.unplaced[reason] > 0).map((reason) => (
        <Text key={reason} size="sm" c="dimmed">
          {t(`unplaced.${reason}`, { count: summary.unplaced[reason] })}
        </Text>
      ))}
    </Stack>
  );
}
