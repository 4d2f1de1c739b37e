import { Badge, Button, Code, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasLocalRootDisk, isGpu } from '../../domain/flavor-family';
import type { SortState } from '../../lib/table-sort';
import { SortableTh } from '../../lib/ui/sortable-th';
import { mbToGb } from './flavor-filters';
import { FamilyBadge } from './family-badge';
import type { FlavorRow, FlavorSortKey } from './flavor-row';
import classes from './flavors-table.module.css';

export interface FlavorsTableProps {
  rows: FlavorRow[];
  sort: SortState<FlavorSortKey>;
  onSort: (key: FlavorSortKey) => void;
}

export function FlavorsTable({ rows, sort, onSort }: FlavorsTableProps) {
  const { t, i18n } = useTranslation('flavors');
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { maximumFractionDigits: 2 });
  const header = (key: FlavorSortKey, label: string, numeric = false) => (
    <SortableTh column={key} sort={sort} onSort={onSort} numeric={numeric} ta={numeric ? 'right' : undefined}>
      {label}
    </SortableTh>
  );
  const yesNo = (value: boolean | undefined) => (value === undefined ? t('unknown') : value ? t('yes') : t('no'));

  return (
    <Table.ScrollContainer minWidth={1120}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <SortableTh column="name" sort={sort} onSort={onSort} className={classes.stickyStart}>
              {t('columns.name')}
            </SortableTh>
            {header('family', t('columns.family'))}
            {header('vcpus', t('columns.vcpus'), true)}
            {header('ram', t('columns.ram'), true)}
            {header('disk', t('columns.disk'))}
            {header('ephemeral', t('columns.ephemeral'), true)}
            {header('swap', t('columns.swap'), true)}
            {header('rxtx', t('columns.rxtx'), true)}
            {header('public', t('columns.public'))}
            {header('enabled', t('columns.enabled'))}
            {header('extraSpecs', t('columns.extraSpecs'))}
            <Table.Th className={classes.stickyEnd}>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ flavor, family, enabled, isPublic, ephemeral, extraSpecs }) => (
            <Table.Tr key={flavor.id}>
              {/* The row's header: screen readers name each cell's row by its flavor. */}
              <Table.Th scope="row" className={classes.stickyStart}>
                <Text size="sm" fw={600} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {flavor.name}
                </Text>
              </Table.Th>
              <Table.Td>
                <FamilyBadge family={family} />
              </Table.Td>
              <Table.Td ta="right">{number.format(flavor.vcpus)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('gb', { value: number.format(mbToGb(flavor.ram)) })}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {flavor.disk === 0 ? (
                  <Tooltip label={t('disk.blockStorageHint')} multiline maw={300} withArrow>
                    <Text span size="sm" tabIndex={0} td="underline dotted">
                      {t('disk.blockStorage')}
                    </Text>
                  </Tooltip>
                ) : (
                  <Tooltip label={hasLocalRootDisk(family) ? t('disk.u2Hint') : isGpu(family) ? t('disk.gpuHint') : t('disk.localHint')} multiline maw={300} withArrow>
                    <Text span size="sm" tabIndex={0} td="underline dotted">
                      {t('disk.local', { size: number.format(flavor.disk) })}
                    </Text>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td ta="right">{t('gb', { value: number.format(ephemeral) })}</Table.Td>
              <Table.Td ta="right">{flavor.swap ? t('mb', { value: number.format(flavor.swap) }) : t('none')}</Table.Td>
              <Table.Td ta="right">{flavor.rxtx_factor === undefined ? t('unknown') : number.format(flavor.rxtx_factor)}</Table.Td>
              <Table.Td>{yesNo(isPublic)}</Table.Td>
              <Table.Td>
                {enabled ? (
                  t('yes')
                ) : (
                  <Badge color="red.9" variant="filled" radius="sm">
                    {t('disabled')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {extraSpecs.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('none')}
                  </Text>
                ) : (
                  <Stack gap={2}>
                    {extraSpecs.map(([key, value]) => (
                      <Code key={key} fz="xs" className={classes.specs}>
                        {key}={value}
                      </Code>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td className={classes.stickyEnd}>
                <Group gap={4} wrap="nowrap">
                  {enabled ? (
                    <Button
                      component={Link}
                      to={`/instances/new?flavor=${encodeURIComponent(flavor.id)}`}
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconRocket size={14} aria-hidden />}
                      aria-label={t('launchWith', { name: flavor.name })}
                    >
                      {t('launch')}
                    </Button>
                  ) : (
                    <Tooltip label={t('launchDisabled')} withArrow>
                      <Button size="compact-sm" variant="light" data-disabled aria-disabled leftSection={<IconRocket size={14} aria-hidden />}>
                        {t('launch')}
                      </Button>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
