import { Alert, Button, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../../../lib/ui/error-details';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import type { FleetRow } from './fleet-rows';
import type { Fleet } from './fleet-sync';
import { InstanceTable, type InstanceTableProps } from './instance-table';
import { ListEmpty, ListSkeleton } from './list-empty';

export interface ListBodyProps {
  fleet: UseQueryResult<Fleet>;
  rows: FleetRow[];
  shown: FleetRow[];
  filtered: boolean;
  onClearFilters: () => void;
  table: InstanceTableProps;
}

/** The table, or what stands in for it: the skeleton, the error with Retry, or an empty state. */
export function ListBody({ fleet, rows, shown, filtered, onClearFilters, table }: ListBodyProps) {
  const { t } = useTranslation('instances');
  const { t: tCommon } = useTranslation('common');
  const { data, error } = fleet;
  const retry = () => void fleet.refetch();
  if (!data) return error ? <QueryErrorAlert error={error} onRetry={retry} title={t('list.errors.load')} /> : <ListSkeleton />;

  const failure = error && (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={data.complete ? t('list.errors.refresh') : t('list.progress.stopped', { count: rows.length })}>
      <Stack gap="xs" align="flex-start">
        <ErrorDetails error={error} />
        <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={retry}>
          {tCommon('actions.retry')}
        </Button>
      </Stack>
    </Alert>
  );
  const empty = shown.length === 0 && (data.complete || rows.length > 0);
  return (
    <>
      {failure}
      {empty ? <ListEmpty filtered={filtered || rows.length > 0} onClear={onClearFilters} /> : <InstanceTable {...table} allRows={rows} />}
    </>
  );
}
