import { Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { networkNicKind } from '../../../domain/nic-rules';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useFieldProblem, useWizardState } from '../wizard-context';
import { FreePorts } from './free-ports';
import { ManualNics } from './manual-nics';
import { instanceNetworks, NetworkTable } from './network-table';
import { OrderedNics } from './ordered-nics';
import { StepFrame } from './step-frame';
import { instanceSubnets, SubnetTable } from './subnet-table';

/**
 * NHN Cloud: its VPC subnets; plain OpenStack: Neutron's networks. Either way free ports too, the NIC order and
 * an optional fixed IP per NIC. Without a network service, ids are typed.
 */
export function NetworkStep() {
  const { t } = useTranslation('wizard');
  const { catalog, queries } = useWizardState();
  const error = useFieldProblem('nics');
  const kind = networkNicKind(catalog.profile);
  const list = kind === 'subnet' ? catalog.subnets : catalog.networks;
  const query = kind === 'subnet' ? queries.subnets : queries.networks;
  return (
    <StepFrame step="network" intro={t(kind === 'subnet' ? 'intro.network' : 'intro.networkOpenstack')}>
      {list === 'unavailable' ? (
        <ManualNics kind={kind} />
      ) : query.isError ? (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t(kind === 'subnet' ? 'network.loadFailed' : 'network.loadFailedNetworks')} />
      ) : list === null ? (
        <Loader size="sm" aria-label={t('loading')} />
      ) : (
        <Stack gap="md">
          {Array.isArray(catalog.subnets) && <SubnetTable subnets={instanceSubnets(catalog.subnets)} />}
          {Array.isArray(catalog.networks) && <NetworkTable networks={instanceNetworks(catalog.networks)} />}
          <FreePorts />
          <OrderedNics error={error} />
        </Stack>
      )}
    </StepFrame>
  );
}
