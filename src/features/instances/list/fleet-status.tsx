import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconFilterOff, IconRefresh } from '@tabler/icons-react';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollingDecision } from '../../../domain/polling';
import { LazyTooltip } from '../../../lib/ui/lazy-tooltip';
import type { Fleet } from './fleet';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function Freshness({ updatedAt, decision }: { updatedAt: number; decision: PollingDecision }) {
  const { t } = useTranslation('instances');
  const seconds = Math.max(0, Math.floor((useNow(1000) - updatedAt) / 1000));
  const text =
    seconds < 2
      ? t('list.freshness.justNow')
      : seconds < 60
        ? t('list.freshness.seconds', { count: seconds })
        : t('list.freshness.minutes', { count: Math.floor(seconds / 60) });
  const mode =
    decision.mode === 'fast' || decision.mode === 'slow'
      ? t(`list.freshness.${decision.mode}`, { seconds: Math.round(decision.intervalMs / 1000) })
      : t('list.freshness.paused');
  return (
    <LazyTooltip label={mode} withArrow>
      <Text size="sm" c="dimmed" tabIndex={0}>
        {text}
      </Text>
    </LazyTooltip>
  );
}

export interface FleetStatusProps {
  fleet: Fleet | undefined;
  shown: number;
  searching: boolean;
  /** The overview's filter (a status group, zone, flavor family, week) narrows the rows. */
  faceted: boolean;
  fetching: boolean;
  decision: PollingDecision;
  onRefresh: () => void;
  /** Shown when any filter or the search is active. */
  onClearFilters: (() => void) | null;
}

/** How many, how fresh, what is loading, and Refresh (which reloads every page). */
export const FleetStatus = memo(function FleetStatus({ fleet, shown, searching, faceted, fetching, decision, onRefresh, onClearFilters }: FleetStatusProps) {
  const { t } = useTranslation('instances');
  const total = fleet?.servers.length ?? 0;
  const loading = fleet === undefined ? fetching : !fleet.complete;
  const progress = fleet === undefined
    ? fetching
      ? t('list.progress.first')
      : null
    : !fleet.complete
      ? t('list.progress.loading', { count: total })
      : fleet.resyncLoaded != null
      ? t('list.progress.resync', { count: fleet.resyncLoaded })
      : null;
  return (
    <Group gap="md" justify="space-between" wrap="wrap">
      <Group gap="md" wrap="wrap">
        {fleet?.complete && (
          <Text size="sm" fw={500}>
            {searching
              ? t('list.count.shown', { shown, total })
              : faceted
                ? t('list.count.matching', { shown, total })
                : t('list.count.total', { count: total })}
          </Text>
        )}
        {progress && (
          <Group gap={6} role="status">
            <Loader size={14} aria-hidden />
            <Text size="sm">{progress}</Text>
          </Group>
        )}
        {fleet?.complete && fleet.syncedAt > 0 && <Freshness updatedAt={fleet.syncedAt} decision={decision} />}
        {fleet?.complete && fleet.pageRepeated && (
          <Group gap={6} role="status">
            <IconAlertTriangle size={14} aria-hidden />
            <Text size="sm">{t('list.progress.pageRepeated')}</Text>
          </Group>
        )}
        {onClearFilters && (
          <Button variant="subtle" size="xs" onClick={onClearFilters} leftSection={<IconFilterOff size={14} aria-hidden />}>
            {t('list.filters.clear')}
          </Button>
        )}
      </Group>
      <Button
        variant="default"
        size="xs"
        leftSection={fetching && !loading ? <Loader size={12} aria-hidden /> : <IconRefresh size={14} aria-hidden />}
        onClick={onRefresh}
        disabled={loading}
        title={t('list.refreshHint')}
      >
        {t('list.refresh')}
      </Button>
    </Group>
  );
});
