import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../api/schemas/server';

/** The instance's metadata as a key/value table, sorted by key (NHN copies the image's properties here). */
export function MetadataTab({ server }: { server: Server }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const entries = Object.entries(server.metadata).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text size="sm">{t('detail.metadata.none')}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs" highlightOnHover striped>
          <Table.Caption>{t('detail.metadata.caption', { count: entries.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="35%">{t('detail.metadata.key')}</Table.Th>
              <Table.Th>{t('detail.metadata.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Td>
                  <Text span size="sm" ff="monospace">
                    {key}
                  </Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
