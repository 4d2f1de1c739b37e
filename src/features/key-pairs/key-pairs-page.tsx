import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSortParam } from '../../lib/table-sort';
import { WarningAlert } from '../../lib/ui/warning-alert';
import { ErrorDetails } from '../../lib/ui/error-details';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CreateKeyPairDialog } from './create-key-pair-dialog';
import { DeleteKeyPairDialog } from './delete-key-pair-dialog';
import { ImportKeyPairDialog } from './import-key-pair-dialog';
import { KeyPairDrawer } from './key-pair-drawer';
import { keyPairQueries } from './key-pair-queries';
import { KeyPairsEmpty } from './key-pairs-empty';
import { KeyPairsToolbar } from './key-pairs-toolbar';
import { keyPairRows } from './key-pair-rows';
import { KEY_PAIR_SORT_KEYS, type KeyPairSortKey, KeyPairsTable } from './key-pairs-table';
import { serverQueries } from '../instances/server-queries';
import { groupServers } from './group-servers';

const DEFAULT_SORT = { key: 'name', direction: 'asc' } as const;

/** `/key-pairs?q=<search>&sort=<column>&dir=asc|desc&key=<name shown in the drawer>` */
export function KeyPairsPage() {
  const { t } = useTranslation(['keyPairs', 'common']);
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const selected = params.get('key');
  const [sort, toggleSort] = useSortParam<KeyPairSortKey>(KEY_PAIR_SORT_KEYS, DEFAULT_SORT);
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  // A new key pair opens in the drawer after its dialog closed, so the drawer cannot know who opened it: focus goes
  // back to the Create or Import button when it closes, not to the page.
  const opener = useRef<HTMLElement | null>(null);
  const returnFocusAfterDrawer = useRef<HTMLElement | null>(null);
  const openDialog = (which: 'create' | 'import') => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setDialog(which);
  };
  const showCreated = (name: string) => {
    returnFocusAfterDrawer.current = opener.current;
    setParam('key', name);
  };
  const closeDrawer = () => {
    setParam('key', null);
    const target = returnFocusAfterDrawer.current;
    returnFocusAfterDrawer.current = null;
    // The drawer's own focus return aims at a control of the closed dialog, which no longer exists.
    if (target?.isConnected) target.focus();
  };

  const list = useQuery(keyPairQueries.list());
  const usage = useQuery(serverQueries.usage());
  const byKey = useMemo(() => (usage.data ? groupServers(usage.data, (server) => server.keyName) : undefined), [usage.data]);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name === 'q' },
    );

  const rows = useMemo(() => keyPairRows(list.data ?? [], byKey, search, sort), [list.data, byKey, search, sort]);

  const total = list.data?.length ?? 0;
  const showType = (list.data ?? []).some((keyPair) => keyPair.type !== undefined);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          {list.isSuccess && (
            <Badge variant="light" color="gray" size="lg" radius="sm">
              {t('count', { count: total })}
            </Badge>
          )}
        </Group>
        <Text c="dimmed" size="sm" maw={760}>
          {t('description')}
        </Text>
      </Stack>

      <KeyPairsToolbar
        search={search}
        onSearch={(value) => setParam('q', value)}
        refreshing={list.isFetching || usage.isFetching}
        onRefresh={() => {
          void list.refetch();
          void usage.refetch();
        }}
        onCreate={() => openDialog('create')}
        onImport={() => openDialog('import')}
      />

      {usage.isError && list.isSuccess && total > 0 && (
        <WarningAlert title={t('usage.failed')}>
          <Stack gap="xs" align="flex-start">
            <ErrorDetails error={usage.error} />
            <Button size="xs" variant="default" onClick={() => void usage.refetch()}>
              {t('common:actions.retry')}
            </Button>
          </Stack>
        </WarningAlert>
      )}

      {list.isPending ? (
        <Paper withBorder p="md" aria-busy>
          <Stack gap="sm">
            {[1, 2, 3].map((row) => (
              <Skeleton key={row} height={28} />
            ))}
          </Stack>
        </Paper>
      ) : list.isError ? (
        <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} title={t('loadFailed')} />
      ) : total === 0 ? (
        <KeyPairsEmpty onCreate={() => openDialog('create')} onImport={() => openDialog('import')} />
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="sm">
            <Text>{t('noMatch', { query: search })}</Text>
            <Button variant="default" size="xs" onClick={() => setParam('q', null)}>
              {t('clearSearch')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder>
          <KeyPairsTable
            rows={rows}
            sort={sort}
            onSort={toggleSort}
            showType={showType}
            onShow={(name) => setParam('key', name)}
            onDelete={setDeleting}
          />
        </Paper>
      )}

      <KeyPairDrawer
        name={selected}
        usedBy={selected && byKey ? (byKey.get(selected) ?? []) : undefined}
        onClose={closeDrawer}
        onDelete={setDeleting}
      />
      <CreateKeyPairDialog opened={dialog === 'create'} onClose={() => setDialog(null)} onCreated={showCreated} />
      <ImportKeyPairDialog opened={dialog === 'import'} onClose={() => setDialog(null)} onCreated={showCreated} />
      <DeleteKeyPairDialog
        name={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(name) => {
          setDeleting(null);
          if (selected === name) setParam('key', null);
        }}
      />
    </Stack>
  );
}

