import { Alert, Button, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { IconAlertTriangle, IconFilterOff, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import type { ServerStatus } from '../../../api/schemas/server-status';
import { isDeletedListingRefused } from '../../../domain/deleted-listing';
import { ErrorDetails } from '../../../lib/ui/error-details';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import type { FleetRow } from './fleet-rows';
import type { Fleet } from './fleet';
import { InstanceTable, type InstanceTableProps } from './instance-table';
import { ListEmpty, ListSkeleton } from './list-empty';

export interface ListBodyProps {
  /** The fleet as the rows show it (during the first load it may follow the query a render later), its error, a retry. */
  fleet: Pick<UseQueryResult<Fleet>, 'data' | 'error' | 'refetch'>;
  rows: FleetRow[];
  shown: FleetRow[];
  filtered: boolean;
  onClearFilters: () => void;
  /** The status the API filters on, and how to drop that filter alone. */
  status: ServerStatus | undefined;
  onClearStatus: () => void;
  table: InstanceTableProps;
}

/** Nova's 403 to `status=DELETED` for a non-administrator: said as what it is, with the server's words and a way out. */
function DeletedRefused({ error, onClearStatus }: { error: unknown; onClearStatus: () => void }) {
  const { t } = useTranslation('instances');
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('list.errors.deletedAdminOnly')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('list.errors.deletedAdminOnlyHint')}</Text>
        <ErrorDetails error={error} />
        <Button size="xs" variant="default" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={onClearStatus}>
          {t('list.errors.showEveryStatus')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** The table, or what stands in for it: the skeleton, the error with Retry, or an empty state. */
export function ListBody({ fleet, rows, shown, filtered, onClearFilters, status, onClearStatus, table }: ListBodyProps) {
  const { t } = useTranslation('instances');
  const { t: tCommon } = useTranslation('common');
  const { data, error } = fleet;
  const retry = () => void fleet.refetch();
  if (isApiError(error) && isDeletedListingRefused(error, status)) return <DeletedRefused error={error} onClearStatus={onClearStatus} />;
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
