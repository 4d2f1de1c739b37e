import { Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../api/schemas/server';
import { CopyButton } from '../../../lib/ui/copy-button';

/** Every address of every port, by network: IP, fixed or floating, MAC and IP version. */
export function NetworkTab({ server }: { server: Server }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const rows = Object.entries(server.addresses).flatMap(([network, addresses]) => addresses.map((address) => ({ network, address })));
  if (rows.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text size="sm">{t(server.status === 'BUILD' ? 'detail.network.building' : 'detail.network.none')}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Caption>{t('detail.network.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.network.network')}</Table.Th>
              <Table.Th>{t('detail.network.address')}</Table.Th>
              <Table.Th>{t('detail.network.type')}</Table.Th>
              <Table.Th>{t('detail.network.mac')}</Table.Th>
              <Table.Th>{t('detail.network.version')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ network, address }) => {
              const floating = address['OS-EXT-IPS:type'] === 'floating';
              return (
                <Table.Tr key={`${network}-${address.addr}`}>
                  <Table.Td>{network}</Table.Td>
                  <Table.Td>
                    <Text span size="sm" ff="monospace">
                      {address.addr}
                    </Text>{' '}
                    <CopyButton value={address.addr} label={t('detail.network.copy', { ip: address.addr })} copiedLabel={t('instances:dialogs.copied')} failedLabel={t('instances:dialogs.copyFailed')} size="xs" />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant={floating ? 'filled' : 'default'} color={floating ? 'indigo.8' : undefined} radius="sm">
                      {t(floating ? 'detail.network.floating' : 'detail.network.fixed')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text span size="sm" ff="monospace">
                      {address['OS-EXT-IPS-MAC:mac_addr'] ?? t('detail.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{address.version ? `IPv${address.version}` : t('detail.none')}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
