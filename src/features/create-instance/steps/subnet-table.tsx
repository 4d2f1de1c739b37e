import { Checkbox, Group, Table, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VpcSubnet } from '../../../api/schemas/network';
import classes from '../wizard.module.css';
import { useNicsField, useNicsFocusTarget } from './use-nics-field';

/** The shared external `public_network` and anything router:external cannot take an instance's NIC. */
export function instanceSubnets(subnets: VpcSubnet[]): VpcSubnet[] {
  return subnets.filter((subnet) => !subnet['router:external']);
}

/** NHN Cloud: the project's VPC subnets, each ticked one a NIC (`{"subnet": id}`). */
export function SubnetTable({ subnets }: { subnets: VpcSubnet[] }) {
  const { t } = useTranslation('wizard');
  const nics = useNicsField();
  const focusTarget = useNicsFocusTarget();
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
                  ref={index === 0 ? focusTarget : undefined}
                  label={subnet.name || subnet.id}
                  checked={nics.has('subnet', subnet.id)}
                  onChange={(event) => nics.toggle('subnet', subnet.id, event.currentTarget.checked)}
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
