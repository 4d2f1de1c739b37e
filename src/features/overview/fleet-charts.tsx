import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_GROUPS, type StatusGroup } from '../../domain/status-groups';
import { currentLanguage } from '../../i18n/i18n';
import { formatWeek } from '../../lib/time';
import { ChartCard, type ChartEntry } from './chart-card';
import { CHARTED_WEEKS, type FleetSummary } from './fleet-summary';
import { listHref } from './list-links';

const GROUP_COLOR: Record<StatusGroup, string> = {
  running: 'teal.6',
  stopped: 'gray.6',
  busy: 'blue.5',
  error: 'red.7',
  shelved: 'violet.4',
};

/** The four charts of the fleet: by status group, zone, flavor family and week of creation. */
export function FleetCharts({ summary, nowMs }: { summary: FleetSummary; nowMs: number }) {
  const { t } = useTranslation(['overview', 'instances', 'flavors']);
  const lang = currentLanguage();

  const status: ChartEntry[] = STATUS_GROUPS.map((group) => ({
    key: group,
    label: t(`instances:statusGroup.${group}`),
    count: summary.groups[group],
    href: listHref({ group }),
    color: GROUP_COLOR[group],
  }));
  const zones: ChartEntry[] = summary.zones.map(({ zone, count }) => ({
    key: zone,
    label: zone === '' ? t('chart.zone.noZone') : zone,
    count,
    href: listHref({ zone }),
  }));
  const families: ChartEntry[] = summary.families.map(({ family, count }) => ({
    key: family,
    label: family === 'other' ? t('flavors:families.other.label') : `${family} · ${t(`flavors:families.${family}.label`)}`,
    count,
    href: listHref({ family }),
  }));
  const weeks: ChartEntry[] = summary.created.weeks.map(({ week, count }) => ({
    key: week,
    label: formatWeek(week, lang, nowMs),
    count,
    href: listHref({ week }),
  }));
  const recent = weeks.reduce((sum, entry) => sum + entry.count, 0);
  const { earlier } = summary.created;
  const createdSummary = [
    recent > 0 ? `${t('chart.created.summary', { count: recent, weeks: CHARTED_WEEKS })}.` : t('chart.created.none', { weeks: CHARTED_WEEKS }),
    earlier > 0 ? t('chart.created.earlier', { count: earlier }) : '',
    t('chart.created.weekStart'),
  ].filter(Boolean).join(' ');

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard title={t('chart.status.title')} column={t('chart.status.column')} entries={status} kind="donut" />
      <ChartCard title={t('chart.zone.title')} column={t('chart.zone.column')} entries={zones} kind="bars" />
      <ChartCard title={t('chart.family.title')} column={t('chart.family.column')} entries={families} kind="bars" />
      <ChartCard
        title={t('chart.created.title')}
        column={t('chart.created.column')}
        entries={weeks}
        tableEntries={weeks.filter((entry) => entry.count > 0)}
        kind="columns"
        footer={createdSummary}
      />
    </SimpleGrid>
  );
}
