import { Checkbox, Group, Loader, Stack, Table, TagsInput, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VpcSubnet } from '../../../api/schemas/network';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useFieldProblem, useWizardState } from '../wizard-context';
import type { WizardValues } from '../wizard-values';
import classes from '../wizard.module.css';
import { OrderedSubnets } from './ordered-subnets';
import { StepFrame } from './step-frame';

/** The shared external `public_network` and anything router:external cannot take an instance's NIC. */
export function instanceSubnets(subnets: VpcSubnet[]): VpcSubnet[] {
  return subnets.filter((subnet) => !subnet['router:external']);
}

function SubnetTable({ subnets }: { subnets: VpcSubnet[] }) {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'subnetIds' });
  const toggle = (id: string, on: boolean) => field.onChange(on ? [...field.value, id] : field.value.filter((chosen) => chosen !== id));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead className={classes.nowrap}>
          <Table.Tr>
            <Table.Th>{t('network.columns.subnet')}</Table.Th>
            <Table.Th>{t('network.columns.vpc')}</Table.Th>
            <Table.Th>{t('network.columns.cidr')}</Table.Th>
            <Table.Th ta="right">{t('network.columns.free')}</Table.Th>
            <Table.Th>{t('network.columns.internet')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subnets.map((subnet, index) => (
            <Table.Tr key={subnet.id}>
              <Table.Td>
                <Checkbox
                  ref={index === 0 ? field.ref : undefined}
                  label={subnet.name || subnet.id}
                  checked={field.value.includes(subnet.id)}
                  onChange={(event) => toggle(subnet.id, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{subnet.vpc?.name ?? subnet.vpc_id ?? '—'}</Table.Td>
              <Table.Td>{subnet.cidr}</Table.Td>
              <Table.Td ta="right">{subnet.available_ip_count ?? '—'}</Table.Td>
              <Table.Td>
                {subnet.routingtable?.gateway_id ? (
                  <Group gap={4} wrap="nowrap">
                    <IconWorld size={14} aria-hidden />
                    <Text size="sm">{t('network.internetYes')}</Text>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('network.internetNo')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ManualSubnets() {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'subnetIds' });
  const error = useFieldProblem('subnetIds');
  return <TagsInput {...field} label={t('network.manual')} description={t('network.manualHint')} error={error} withAsterisk clearable />;
}

export function NetworkStep() {
  const { t } = useTranslation('wizard');
  const { catalog, queries } = useWizardState();
  const error = useFieldProblem('subnetIds');
  const subnets = Array.isArray(catalog.subnets) ? instanceSubnets(catalog.subnets) : [];
  return (
    <StepFrame step="network">
      {catalog.subnets === 'unavailable' ? (
        <ManualSubnets />
      ) : queries.subnets.isError ? (
        <QueryErrorAlert error={queries.subnets.error} onRetry={() => void queries.subnets.refetch()} title={t('network.loadFailed')} />
      ) : catalog.subnets === null ? (
        <Loader size="sm" aria-label={t('loading')} />
      ) : (
        <Stack gap="md">
          <SubnetTable subnets={subnets} />
          <OrderedSubnets subnets={subnets} error={error} />
        </Stack>
      )}
    </StepFrame>
  );
}
