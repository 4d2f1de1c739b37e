import { Badge, Group, Loader, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../../lib/ui/describe-error';
import type { BulkRun, ItemResult } from './use-bulk-run';

function ResultCell({ result }: { result: ItemResult | undefined }) {
  const { t } = useTranslation('instances');
  const { t: tErrors } = useTranslation('errors');
  switch (result?.state) {
    case 'ok':
      return <Badge color="green.9">{t('list.bulk.ok')}</Badge>;
    case 'running':
      return (
        <Group gap={6} wrap="nowrap">
          <Loader size={14} aria-hidden />
          <Text size="sm">{t('list.bulk.running')}</Text>
        </Group>
      );
    case 'failed': {
      const { summary, message, status } = describeError(result.error, tErrors);
      return (
        <Stack gap={2}>
          <Badge color="red.9">{t('list.bulk.failed')}</Badge>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {[status, message ?? summary].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      );
    }
    case 'gone':
      return <Badge color="gray.7">{t('list.bulk.gone')}</Badge>;
    default:
      return <Text size="sm" c="dimmed">{t('list.bulk.queued')}</Text>;
  }
}

/** One line per instance: accepted, or the server's own message (a 409 included). */
export function BulkResults({ run }: { run: BulkRun }) {
  const { t } = useTranslation('instances');
  const states = run.items.map(({ id }) => run.results.get(id)?.state);
  const done = states.filter((state) => state === 'ok' || state === 'failed' || state === 'gone').length;
  const ok = states.filter((state) => state === 'ok').length;
  const failed = states.filter((state) => state === 'failed' || state === 'gone').length;
  const total = run.items.length;
  return (
    <Stack gap="sm">
      <Progress value={total === 0 ? 100 : (done / total) * 100} aria-label={t('list.bulk.progress', { done, total })} />
      <Text size="sm" role="status">
        {run.running ? t('list.bulk.progress', { done, total }) : t('list.bulk.summaryResult', { ok, failed })}
      </Text>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.bulk.nameColumn')}</Table.Th>
              <Table.Th>{t('list.bulk.resultColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.items.map(({ id, name }) => (
              <Table.Tr key={id}>
                <Table.Td style={{ overflowWrap: 'anywhere', width: '40%', verticalAlign: 'top' }}>{name}</Table.Td>
                <Table.Td>
                  <ResultCell result={run.results.get(id)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
