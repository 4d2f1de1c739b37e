import { Button, EmptyState, Paper, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { IconFilterOff, IconPlus, IconSearchOff, IconServer2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** No instance at all, or none that matches: each says what to do next. */
export function ListEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation('instances');
  return (
    <Paper withBorder p="xl">
      {filtered ? (
        <EmptyState
          icon={<IconSearchOff aria-hidden />}
          title={t('list.empty.noMatchTitle')}
          description={t('list.empty.noMatchDescription')}
        >
          <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
            {t('list.filters.clear')}
          </Button>
        </EmptyState>
      ) : (
        <EmptyState icon={<IconServer2 aria-hidden />} title={t('list.empty.noneTitle')} description={t('list.empty.noneDescription')}>
          <Button component={Link} to="/instances/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('list.create')}
          </Button>
        </EmptyState>
      )}
    </Paper>
  );
}

/** The table's shape while the first page is on its way. */
export function ListSkeleton() {
  const { t } = useTranslation('instances');
  return (
    <Stack gap={6} role="status">
      <VisuallyHidden>{t('list.progress.first')}</VisuallyHidden>
      <Skeleton height={40} />
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} height={36} opacity={1 - index * 0.1} />
      ))}
    </Stack>
  );
}
