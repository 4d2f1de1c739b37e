import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { sortRows, useSortParam } from '../../lib/table-sort';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { useDocumentTitle } from '../../lib/use-document-title';
import { type FlavorFilterPatch, readFlavorFilters, writeFlavorFilters } from './flavor-filters';
import { FlavorFamilyGuide } from './flavor-family-guide';
import { FlavorFiltersBar } from './flavor-filters-bar';
import { flavorQueries } from './flavor-queries';
import { FLAVOR_SORT_KEYS, type FlavorSortKey, flavorSortValue, matchesFlavorSearch, toFlavorRow } from './flavor-row';
import { FlavorsTable } from './flavors-table';
import { RefreshButton } from '../../lib/ui/refresh-button';

const DEFAULT_SORT = { key: 'name', direction: 'asc' } as const;

/** `/flavors?minRam=<MB>&minDisk=<GB>&family=<code>&q=<text>&sort=<column>&dir=asc|desc` */
export function FlavorsPage() {
  const { t } = useTranslation(['flavors', 'common']);
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFlavorFilters(params), [params]);
  const [sort, toggleSort] = useSortParam<FlavorSortKey>(FLAVOR_SORT_KEYS, DEFAULT_SORT);
  // The previous answer stays on screen while a new minimum is asked for, instead of a flash of skeletons.
  const flavors = useQuery({ ...flavorQueries.detail(filters.api), placeholderData: keepPreviousData });

  const change = (patch: FlavorFilterPatch) => setParams((current) => writeFlavorFilters(current, patch), { replace: true });

  const all = useMemo(() => (flavors.data ?? []).map(toFlavorRow), [flavors.data]);
  const rows = useMemo(
    () =>
      sortRows(
        all.filter((row) => (filters.family === null || row.family === filters.family) && matchesFlavorSearch(row, filters.search)),
        sort,
        flavorSortValue,
      ),
    [all, filters.family, filters.search, sort],
  );
  const filtered = filters.family !== null || filters.search.trim() !== '';
  const anyFilter = filtered || Object.keys(filters.api).length > 0;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="sm" align="center" justify="space-between">
          <Group gap="sm" align="center">
            <Title order={1} size="h2">
              {t('title')}
            </Title>
            {flavors.isSuccess && (
              <Badge variant="light" color="gray" size="lg" radius="sm">
                {filtered ? t('countFiltered', { count: rows.length, total: all.length }) : t('count', { count: all.length })}
              </Badge>
            )}
          </Group>
          <RefreshButton onRefresh={() => void flavors.refetch()} refreshing={flavors.isFetching} />
        </Group>
        <Text c="dimmed" size="sm" maw={760}>
          {t('description')}
        </Text>
      </Stack>

      <FlavorFiltersBar filters={filters} onChange={change} />
      {filters.api.minDisk !== undefined && (
        <Text size="xs" c="dimmed" mt={-8}>
          {t('filters.minDiskNote')}
        </Text>
      )}

      <FlavorFamilyGuide />

      {flavors.isPending ? (
        <Paper withBorder p="md" aria-busy>
          <Stack gap="sm">
            {[1, 2, 3, 4].map((row) => (
              <Skeleton key={row} height={28} />
            ))}
          </Stack>
        </Paper>
      ) : flavors.isError ? (
        <QueryErrorAlert error={flavors.error} onRetry={() => void flavors.refetch()} title={t('loadFailed')} />
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="sm">
            <Text>{anyFilter ? t('noMatch') : t('empty.title')}</Text>
            {anyFilter && (
              <Button variant="default" size="xs" onClick={() => change({ minRam: null, minDisk: null, family: null, search: '' })}>
                {t('filters.clearAll')}
              </Button>
            )}
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder>
          <FlavorsTable rows={rows} sort={sort} onSort={toggleSort} />
        </Paper>
      )}
    </Stack>
  );
}
