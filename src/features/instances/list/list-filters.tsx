import { Alert, CloseButton, Group, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasService, sessionStore } from '../../../api/session';
import { SPEC_SERVER_STATUSES } from '../../../api/schemas/server-status';
import { mayListDeleted } from '../../../domain/deleted-listing';
import { LazySelect } from '../../../lib/ui/lazy-select';
import { flavorQueries } from '../../flavors/flavor-queries';
import { imageQueries } from '../../images/image-queries';
import { ChangesSinceFilter } from './changes-since-filter';
import { type ListParams, regexProblem } from './list-params';
import { MoreFilters } from './more-filters';

export type PatchParams = (patch: Record<string, string | null>, options?: { replace?: boolean }) => void;

export interface ListFiltersProps extends ApiFiltersProps {
  searchText: string;
  onSearchText: (value: string) => void;
  /** Writes the search to the URL now (the clear button). */
  onSearchCommit: (value: string) => void;
}

interface ApiFiltersProps {
  params: ListParams;
  /** The raw URL values of the typed filters (the text as typed, before trimming). */
  rawName: string;
  rawReservation: string;
  onPatch: PatchParams;
}

function withUnknown(options: Array<{ value: string; label: string }>, value: string | undefined) {
  return value === undefined || options.some((option) => option.value === value) ? options : [{ value, label: value }, ...options];
}

/** Status, flavor, image, changes-since and the rest: each goes to Nova and reloads the list. */
const ApiFilters = memo(function ApiFilters({ params, rawName, rawReservation, onPatch }: ApiFiltersProps) {
  const { t } = useTranslation('instances');
  const flavors = useQuery({ ...flavorQueries.detail(), select: (list) => [...list].sort((a, b) => a.name.localeCompare(b.name)) });
  const images = useQuery({ ...imageQueries.list(), select: (list) => [...list].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')) });
  const imageService = hasService('image');

  // DELETED only for an administrator (Nova refuses it to others), or when the URL already asks for it.
  const offerDeleted = mayListDeleted(sessionStore.get()?.roles) || params.filters.status === 'DELETED';
  const statusOptions = useMemo(
    () =>
      SPEC_SERVER_STATUSES.filter((code) => code !== 'DELETED' || offerDeleted).map((code) => ({
        value: code,
        label: t('list.filters.statusOption', { label: t(`status.${code}.label`), code }),
      })),
    [t, offerDeleted],
  );
  const flavorOptions = withUnknown((flavors.data ?? []).map((f) => ({ value: f.id, label: f.name })), params.filters.flavor);
  const imageOptions = withUnknown((images.data ?? []).map((i) => ({ value: i.id, label: i.name ?? i.id })), params.filters.image);

  return (
    <>
      <LazySelect
        label={t('list.filters.status')}
        placeholder={t('list.filters.anyStatus')}
        data={statusOptions}
        value={params.filters.status ?? null}
        onChange={(value) => onPatch({ status: value })}
        clearable
        searchable
        w={200}
      />
      <LazySelect
        label={t('list.filters.flavor')}
        placeholder={t('list.filters.anyFlavor')}
        data={flavorOptions}
        value={params.filters.flavor ?? null}
        onChange={(value) => onPatch({ flavor: value })}
        clearable
        searchable
        w={160}
      />
      <LazySelect
        label={t('list.filters.image')}
        placeholder={imageService ? t('list.filters.anyImage') : t('list.filters.noImageService')}
        data={imageOptions}
        value={params.filters.image ?? null}
        onChange={(value) => onPatch({ image: value })}
        disabled={!imageService}
        clearable
        searchable
        w={200}
        comboboxProps={{ width: 340, position: 'bottom-start' }}
      />
      <ChangesSinceFilter value={params.filters['changes-since']} onChange={(value) => onPatch({ 'changes-since': value })} />
      <MoreFilters rawName={rawName} rawReservation={rawReservation} onPatch={onPatch} />
    </>
  );
});

/**
 * The instant search (the loaded list only) and the API's own filters (each goes to Nova and reloads the list). A key
 * press in the search renders the search box only: the filters beside it keep their props while it is typed in.
 */
export const ListFilters = memo(function ListFilters({ searchText, onSearchText, onSearchCommit, ...filters }: ListFiltersProps) {
  const { t } = useTranslation('instances');
  return (
    <>
      <Group gap="sm" align="flex-start" wrap="wrap" role="search" aria-label={t('list.filters.label')}>
        <TextInput
          label={t('list.search.label')}
          placeholder={t('list.search.placeholder')}
          value={searchText}
          onChange={(event) => onSearchText(event.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={searchText ? <CloseButton size="sm" aria-label={t('list.search.clear')} onClick={() => onSearchCommit('')} /> : null}
          w={240}
          autoComplete="off"
        />
        <ApiFilters {...filters} />
      </Group>
      {filters.params.invalidName && (
        <Alert role="alert" color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} py="xs">
          {t('list.filters.nameInvalid', { message: regexProblem(filters.params.invalidName) })}
        </Alert>
      )}
    </>
  );
});
