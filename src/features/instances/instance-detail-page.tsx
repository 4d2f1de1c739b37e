import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import type { Server } from '../../api/schemas/server';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { VisibleName } from '../../lib/ui/visible-name';
import { useDocumentTitle } from '../../lib/use-document-title';
import { flavorQueries } from '../flavors/flavor-queries';
import { LoadingBlock } from './actions/dialogs/dialog-parts';
import { serverGroupNames } from './actions/use-action-availability';
import { usePendingActionNotifications } from './actions/use-pending-action-notifications';
import { ActionLogTab } from './detail/action-log/action-log-tab';
import { ConnectPanel } from './detail/connect-panel';
import { DetailHeader } from './detail/detail-header';
import { GoneState } from './detail/gone-state';
import { MetadataTab } from './detail/metadata-tab';
import { NetworkTab } from './detail/network-tab';
import { OverviewTab } from './detail/overview-tab';
import { ResizeDecision } from './detail/resize-decision';
import { SecurityTab } from './detail/security-tab';
import { useServerDetail } from './detail/use-server-detail';
import { VolumesTab } from './detail/volumes-tab';
import { StatusAnnouncer } from './status/status-announcer';

export const DETAIL_TABS = ['overview', 'network', 'volumes', 'security', 'metadata', 'connect', 'actions'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

function parseTab(value: string | null): DetailTab {
  return (DETAIL_TABS as readonly string[]).includes(value ?? '') ? (value as DetailTab) : 'overview';
}

function counts(server: Server): Partial<Record<DetailTab, number>> {
  return {
    network: Object.values(server.addresses).reduce((sum, list) => sum + list.length, 0),
    volumes: server['os-extended-volumes:volumes_attached'].length,
    security: serverGroupNames(server).length,
    metadata: Object.keys(server.metadata).length,
  };
}

/** `/instances/:serverId`: every field of Get Instance in tabs (`?tab=` in the URL), refreshed live, with its actions. */
export function InstanceDetailPage() {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const { serverId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = parseTab(params.get('tab'));
  usePendingActionNotifications();
  const { query, server, gone } = useServerDetail(serverId);
  const flavors = useQuery(flavorQueries.detail()).data;
  useDocumentTitle(server?.name || t('detail.title', { id: serverId }));

  if (gone || !server) {
    return (
      <Stack gap="lg">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {server?.name ? <VisibleName name={server.name} /> : t('detail.title', { id: serverId })}
        </Title>
        {gone ? (
          <GoneState serverId={serverId} name={server?.name} />
        ) : query.isError ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingBlock height={320} />
        )}
      </Stack>
    );
  }

  const tabCounts = counts(server);
  return (
    <Stack gap="lg">
      <StatusAnnouncer servers={[server]} />
      <DetailHeader server={server} flavors={flavors} updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} />
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('detail.refreshFailed')} />}
      <ResizeDecision server={server} flavors={flavors} />
      <Tabs
        value={tab}
        onChange={(next) =>
          setParams(
            (current) => {
              const updated = new URLSearchParams(current);
              if (next === null || next === 'overview') updated.delete('tab');
              else updated.set('tab', next);
              return updated;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          {DETAIL_TABS.map((key) => (
            <Tabs.Tab
              key={key}
              value={key}
              rightSection={
                tabCounts[key] !== undefined ? (
                  <Text span size="xs" c="dimmed" aria-hidden>
                    {tabCounts[key]}
                  </Text>
                ) : undefined
              }
            >
              {t(`detail.tab.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab server={server} flavors={flavors} />
        </Tabs.Panel>
        <Tabs.Panel value="network" pt="md">
          <NetworkTab server={server} />
        </Tabs.Panel>
        <Tabs.Panel value="volumes" pt="md">
          <VolumesTab server={server} flavors={flavors} />
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="md">
          <SecurityTab server={server} flavors={flavors} />
        </Tabs.Panel>
        <Tabs.Panel value="metadata" pt="md">
          <MetadataTab server={server} />
        </Tabs.Panel>
        <Tabs.Panel value="connect" pt="md">
          <ConnectPanel server={server} />
        </Tabs.Panel>
        <Tabs.Panel value="actions" pt="md">
          <ActionLogTab serverId={server.id} pageUpdatedAt={query.dataUpdatedAt} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
