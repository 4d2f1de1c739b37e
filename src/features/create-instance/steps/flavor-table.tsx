import { Chip, Group, Radio, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../api/schemas/flavor';
import { ruleApplies } from '../../../domain/cloud-profile';
import { hasFixedRootDisk } from '../../../domain/create-rules';
import { FLAVOR_FAMILIES, type FlavorFamily } from '../../../domain/flavor-family';
import { flavorIssues } from '../draft-problems';
import { formatRam } from '../../../lib/format-ram';
import { useProblemText, useWizardState } from '../wizard-context';
import { flavorFacts } from '../wizard-facts';
import classes from '../wizard.module.css';

interface FlavorTableProps {
  flavors: Flavor[];
  /** For a Windows image: the ids the API returned for `minRam`; a flavor outside it does not fit. */
  apiFit: Set<string> | null;
  selected: string;
  focusRef: Ref<HTMLInputElement>;
}

const FAMILY_ORDER: readonly FlavorFamily[] = [...FLAVOR_FAMILIES, 'other'];

export function FlavorTable({ flavors, apiFit, selected, focusRef }: FlavorTableProps) {
  const { t } = useTranslation('wizard');
  const { facts } = useWizardState();
  const text = useProblemText();
  const rows = flavors
    .map(flavorFacts)
    .sort((a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) || a.vcpus - b.vcpus || a.ram - b.ram || a.name.localeCompare(b.name));
  // Flavor families are NHN Cloud's naming; elsewhere a name says nothing the console relies on.
  const byFamily = ruleApplies('flavorFamilies', facts.profile);
  const families = byFamily ? FAMILY_ORDER.filter((family) => rows.some((row) => row.family === family)) : [];
  const [shown, setShown] = useState<string[]>([]);
  const visible = rows.filter((row) => shown.length === 0 || shown.includes(row.family) || row.id === selected);
  const focusId = visible.some((row) => row.id === selected) ? selected : visible[0]?.id;

  return (
    <>
      {byFamily && (
        <Group gap="xs" role="group" aria-label={t('flavor.familyFilter')}>
          {families.map((family) => (
            <Chip key={family} size="xs" checked={shown.includes(family)} onChange={(on) => setShown((current) => (on ? [...current, family] : current.filter((f) => f !== family)))}>
              {t(`flavor.families.${family}`)}
            </Chip>
          ))}
        </Group>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead className={classes.nowrap}>
            <Table.Tr>
              <Table.Th>{t('flavor.columns.name')}</Table.Th>
              {byFamily && <Table.Th>{t('flavor.columns.family')}</Table.Th>}
              <Table.Th ta="right">{t('flavor.columns.vcpus')}</Table.Th>
              <Table.Th ta="right">{t('flavor.columns.ram')}</Table.Th>
              <Table.Th>{t('flavor.columns.disk')}</Table.Th>
              <Table.Th>{t('flavor.columns.fit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row) => {
              const issues = flavorIssues(row, facts.image, facts.profile).map(text);
              if (issues.length === 0 && apiFit && !apiFit.has(row.id)) issues.push(t('flavor.notReturned'));
              const disabled = issues.length > 0 && row.id !== selected;
              return (
                <Table.Tr key={row.id} className={row.id === selected ? classes.selectedRow : undefined}>
                  <Table.Td>
                    <Radio value={row.id} label={row.name} disabled={disabled} ref={row.id === focusId ? focusRef : undefined} classNames={{ label: classes.nowrap }} />
                  </Table.Td>
                  {byFamily && <Table.Td className={classes.nowrap}>{row.family === 'other' ? t('flavor.families.other') : row.family}</Table.Td>}
                  <Table.Td ta="right">{row.vcpus}</Table.Td>
                  <Table.Td ta="right" className={classes.nowrap}>
                    {formatRam(row.ram)}
                  </Table.Td>
                  <Table.Td className={classes.nowrap}>
                    {hasFixedRootDisk(row.family, row.disk, facts.profile) ? t('flavor.localDisk', { size: row.disk }) : t('flavor.volumeDisk')}
                  </Table.Td>
                  <Table.Td>
                    {issues.length === 0 ? (
                      <Group gap={4} wrap="nowrap">
                        <IconCheck size={14} aria-hidden />
                        <Text size="sm">{t('flavor.fits')}</Text>
                      </Group>
                    ) : (
                      issues.map((issue) => (
                        <Text key={issue} size="sm" className={classes.problemText}>
                          {issue}
                        </Text>
                      ))
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
