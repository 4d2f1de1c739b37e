import { Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../api/schemas/network';
import classes from '../wizard.module.css';
import { useNicsField, useNicsFocusTarget } from './use-nics-field';

/** An external network (router:external) carries floating IPs; Neutron does not plug an instance's NIC into it. */
export function instanceNetworks(networks: Network[]): Network[] {
  return networks.filter((network) => !network['router:external']);
}

/** Plain OpenStack: Neutron's networks, each ticked one a NIC (`{"uuid": id}`). */
export function NetworkTable({ networks }: { networks: Network[] }) {
  const { t } = useTranslation('wizard');
  const nics = useNicsField();
  const focusTarget = useNicsFocusTarget();
  if (networks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('network.noNetworks')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead className={classes.nowrap}>
          <Table.Tr>
            <Table.Th>{t('network.columns.network')}</Table.Th>
            <Table.Th>{t('network.columns.status')}</Table.Th>
            <Table.Th>{t('network.columns.shared')}</Table.Th>
            <Table.Th>{t('network.columns.id')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {networks.map((network, index) => (
            <Table.Tr key={network.id}>
              <Table.Td>
                <Checkbox
                  ref={index === 0 ? focusTarget : undefined}
                  label={network.name || network.id}
                  checked={nics.has('network', network.id)}
                  onChange={(event) => nics.toggle('network', network.id, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{network.status ?? '—'}</Table.Td>
              <Table.Td>{network.shared ? t('network.sharedYes') : t('network.sharedNo')}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" className={classes.choice}>
                  {network.id}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
