import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { lazy, memo, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Server } from '../../api/schemas/server';
import type { BulkAction } from '../../domain/instance-actions';
import { useDocumentTitle } from '../../lib/use-document-title';
import { flavorQueries } from '../flavors/flavor-queries';
import { usePendingActionNotifications } from './actions/use-pending-action-notifications';
import { usePendingActions } from './actions/use-pending-action';
import { type BulkPlan, planBulk } from './list/bulk/bulk-plan';
import { BulkToolbar } from './list/bulk/bulk-toolbar';
import { useBulkSelection } from './list/bulk/use-bulk-selection';
import { ColumnPicker } from './list/column-picker';
import { facetRows, flavorNamesOf, rowsOf, searchRows } from './list/fleet-rows';
import { FacetChips } from './list/facet-chips';
import { FleetStatus } from './list/fleet-status';
import { ListBody } from './list/list-body';
import { ListFilters } from './list/list-filters';
import { type ColumnChoice, useColumnChoice } from './list/use-column-choice';
import { useFleet, useStableFilters } from './list/use-fleet';
import { useImageLookup } from './list/use-image-lookup';
import { useListState } from './list/use-list-state';
import { useUrlText } from './list/use-url-text';
import { StatusAnnouncer } from './status/status-announcer';
import classes from './list/instances-list.module.css';

const NO_SERVERS: Server[] = [];

// Only once an action is picked from the bulk menu (which starts this download when it opens).
const BulkDialog = lazy(async () => ({ default: (await import('./list/bulk/bulk-dialog')).BulkDialog }));

/** The title, the column picker and Create: typing in the search leaves them be. */
const ListHeading = memo(function ListHeading({ columns }: { columns: ColumnChoice }) {
  const { t } = useTranslation('instances');
  return (
    <Group justify="space-between" wrap="wrap">
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Group gap="sm">
        <ColumnPicker choice={columns} />
        <Button component={Link} to="/instances/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('list.create')}
        </Button>
      </Group>
    </Group>
  );
});

/** `/instances`: the whole fleet, live, filtered by the API and searched instantly, with bulk actions. */
export function InstancesPage() {
  const { t } = useTranslation('instances');
  useDocumentTitle(t('title'));
  usePendingActionNotifications();
  const list = useListState();
  const filters = useStableFilters(list.params.filters);
  const { query: fleetQuery, polling, reload } = useFleet(filters);
  // While a fleet of several pages loads, each page reaches the rows at a transition's priority, the first one too: the
  // rows are derived and mounted in pieces the browser can draw and answer input between, instead of in the one long
  // task a query update renders in (the first page's rows, mounted at once, took 80-150 ms on a busy machine). A fleet
  // of one page and a loaded fleet show at once: a deferred poll would hold back the search's next rows.
  const loadingFleet = useDeferredValue(fleetQuery.data);
  const fleetData = fleetQuery.data?.complete === false && loadingFleet?.complete !== true ? loadingFleet : fleetQuery.data;
  const fleet = { data: fleetData, error: fleetQuery.error, refetch: fleetQuery.refetch };
  const flavors = useQuery(flavorQueries.detail());
  const flavorNames = useMemo(() => flavorNamesOf(flavors.data), [flavors.data]);
  const images = useImageLookup(fleetData?.servers ?? NO_SERVERS);
  const rows = useMemo(() => rowsOf(fleetData?.servers ?? NO_SERVERS, flavorNames, images), [fleetData?.servers, flavorNames, images]);

  const { patch } = list;
  const writeSearch = useCallback((value: string) => patch({ q: value }, { replace: true }), [patch]);
  const search = useUrlText(list.params.q, writeSearch, 300);
  const query = useDeferredValue(search.text);
  const facets = list.params.facets;
  const faceted = useMemo(() => facetRows(rows, facets), [rows, facets]);
  const shown = useMemo(() => searchRows(faceted, query), [faceted, query]);

  const pending = usePendingActions();

  const columns = useColumnChoice(list.columns, list.setColumns);
  const bulk = useBulkSelection(shown);
  const [plan, setPlan] = useState<{ plan: BulkPlan; total: number } | null>(null);
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  const clearStatus = useCallback(() => patch({ status: null }), [patch]);
  const pick = (action: BulkAction) => setPlan({ plan: planBulk(action, bulk.selected, pending), total: bulk.selected.length });

  return (
    <Stack className={classes.page}>
      <ListHeading columns={columns} />
      <StatusAnnouncer servers={rows} />
      <ListFilters
        params={list.params}
        rawName={list.rawName}
        rawReservation={list.rawReservation}
        searchText={search.text}
        onSearchText={search.setText}
        onSearchCommit={search.commit}
        onPatch={list.patch}
      />
      <FacetChips facets={facets} onPatch={list.patch} />
      {filters.reservation_id && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} py="xs">
          {t('list.filters.reservationBanner', { id: filters.reservation_id })}
        </Alert>
      )}
      {bulk.selected.length > 0 ? (
        <BulkToolbar selected={bulk.selected} pending={pending} onPick={pick} onClear={bulk.clear} />
      ) : (
        <FleetStatus
          fleet={fleet.data}
          shown={shown.length}
          searching={query.trim() !== ''}
          faceted={faceted !== rows}
          fetching={fleetQuery.isFetching}
          decision={polling}
          onRefresh={reload}
          onClearFilters={list.activeFilters > 0 ? list.clearFilters : null}
        />
      )}
      <ListBody
        fleet={fleet}
        rows={rows}
        shown={shown}
        filtered={list.activeFilters > 0}
        onClearFilters={list.clearFilters}
        status={filters.status}
        onClearStatus={clearStatus}
        table={{
          rows: shown,
          columns: columns.columns,
          sort: list.sort,
          onSortChange: list.setSort,
          selection: bulk.selection,
          onSelectionChange: bulk.onChange,
          pending,
          flavors: flavors.data,
        }}
      />
      {plan && (
        <Suspense fallback={null}>
          <BulkDialog
            plan={plan.plan}
            total={plan.total}
            lookup={(id) => rowsById.get(id)}
            onClose={(finished) => {
              setPlan(null);
              if (finished) bulk.clear();
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}
