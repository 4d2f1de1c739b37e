import { Button, Group, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentProfile, hasService } from '../../api/session';
import { ruleApplies } from '../../domain/cloud-profile';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { serverQueries } from '../instances/server-queries';
import { networkQueries } from '../networks/network-queries';
import { volumeQueries } from '../volumes/volume-queries';
import { valuesFromServer } from './prefill-from-server';
import type { WizardValues } from './wizard-values';

interface PrefillLoaderProps {
  serverId: string;
  onReady: (values: WizardValues, serverName: string) => void;
  onSkip: () => void;
}

/** "Create similar": reads the server, and the subnets (or networks) and volumes that tell its NICs and root disk apart. */
export function PrefillLoader({ serverId, onReady, onSkip }: PrefillLoaderProps) {
  const { t } = useTranslation('wizard');
  const server = useQuery(serverQueries.detail(serverId));
  // NHN Cloud's NICs are VPC subnets, plain OpenStack's are Neutron networks.
  const vpc = ruleApplies('vpcSubnets', currentProfile());
  const subnets = useQuery({ ...networkQueries.subnets(), enabled: hasService('network') && vpc });
  const networks = useQuery({ ...networkQueries.networks(), enabled: hasService('network') && !vpc });
  const volumes = useQuery(volumeQueries.list());
  // A list that failed or is not in the catalog only means less can be told; it does not stop the copy.
  const settled = (query: { isPending: boolean; fetchStatus: string }) => !query.isPending || query.fetchStatus === 'idle';
  const ready = server.data && settled(subnets) && settled(networks) && settled(volumes);

  useEffect(() => {
    if (!ready || !server.data) return;
    const sources = { subnets: subnets.data ?? null, networks: networks.data ?? null, volumes: volumes.data ?? null };
    onReady(valuesFromServer(server.data, sources), server.data.name);
  }, [ready, server.data, subnets.data, networks.data, volumes.data, onReady]);

  if (server.isError) {
    return (
      <Stack gap="sm" align="flex-start">
        <QueryErrorAlert error={server.error} onRetry={() => void server.refetch()} title={t('draft.fromServerFailed')} />
        <Group>
          <Button variant="default" onClick={onSkip}>
            {t('draft.startEmpty')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return <Loader size="sm" aria-label={t('loading')} />;
}
