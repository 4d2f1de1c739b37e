import { BarChart, DonutChart } from '@mantine/charts';
import { Anchor, Box, ColorSwatch, Group, Table, Text } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { OverviewSection } from './overview-section';

export interface ChartEntry {
  key: string;
  label: string;
  count: number;
  /** The instance list filtered to exactly these instances. */
  href: string;
  color?: string;
}

interface ChartCardProps {
  title: string;
  /** The table's first column header. */
  column: string;
  entries: readonly ChartEntry[];
  kind: 'donut' | 'bars' | 'columns';
  /** Rows of the table; defaults to every entry. */
  tableEntries?: readonly ChartEntry[];
  footer?: ReactNode;
}

const CHART_HEIGHT = 220;

/**
 * One chart and its table. The picture is for the mouse (a click on a bar or a segment opens the list filtered to it);
 * the table under it says the same numbers to a screen reader and links each one for the keyboard, so the picture is
 * hidden from assistive technology.
 */
export function ChartCard({ title, column, entries, kind, tableEntries = entries, footer }: ChartCardProps) {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  const open = (entry: ChartEntry | undefined) => {
    if (entry) void navigate(entry.href);
  };
  const shown = kind === 'donut' ? entries.filter((entry) => entry.count > 0) : entries;
  return (
    <OverviewSection title={title}>
      {(titleId) => (
        <>
          <Box aria-hidden style={{ cursor: 'pointer' }}>
            {kind === 'donut' ? (
              <DonutChart
                h={CHART_HEIGHT}
                mx="auto"
                size={180}
                thickness={28}
                withTooltip
                tooltipDataSource="segment"
                chartLabel={shown.reduce((sum, entry) => sum + entry.count, 0)}
                data={shown.map((entry) => ({ name: entry.label, value: entry.count, color: entry.color ?? 'blue.6' }))}
                pieProps={{ onClick: (_: unknown, index: number) => open(shown[index]), rootTabIndex: -1 }}
                pieChartProps={{ accessibilityLayer: false }}
              />
            ) : (
              <BarChart
                h={CHART_HEIGHT}
                data={shown.map((entry) => ({ label: entry.label, count: entry.count }))}
                dataKey="label"
                orientation={kind === 'bars' ? 'vertical' : 'horizontal'}
                series={[{ name: 'count', label: t('chart.count'), color: 'blue.6' }]}
                yAxisProps={kind === 'bars' ? { width: 110 } : { allowDecimals: false }}
                xAxisProps={kind === 'bars' ? { allowDecimals: false } : undefined}
                barProps={{ onClick: (_: unknown, index: number) => open(shown[index]) }}
                barChartProps={{ accessibilityLayer: false }}
              />
            )}
          </Box>
          <Table withRowBorders={false} verticalSpacing={4} fz="sm" aria-labelledby={titleId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{column}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('chart.count')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tableEntries.map((entry) => (
                <Table.Tr key={entry.key}>
                  <Table.Th scope="row" fw={400}>
                    <Group gap={8} wrap="nowrap">
                      {kind === 'donut' && <ColorSwatch color={`var(--mantine-color-${(entry.color ?? 'blue.6').replace('.', '-')})`} size={12} aria-hidden />}
                      <Anchor component={Link} to={entry.href}>
                        {entry.label}
                      </Anchor>
                    </Group>
                  </Table.Th>
                  <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {entry.count}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {footer && (
            <Text size="sm" c="dimmed">
              {footer}
            </Text>
          )}
        </>
      )}
    </OverviewSection>
  );
}
