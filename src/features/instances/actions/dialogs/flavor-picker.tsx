import { Radio, ScrollArea, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResizeChoice, ResizeProblem } from '../resize-choices';
import classes from './flavor-picker.module.css';

function useProblemText(): (problem: ResizeProblem) => string {
  const { t } = useTranslation('instances');
  return (problem) =>
    problem.code === 'windows-ram' ? t('dialogs.resize.problem.windows-ram', { gb: problem.minRamMb / 1024 }) : t(`dialogs.resize.problem.${problem.code}`);
}

const gb = (mb: number) => Number((mb / 1024).toFixed(1)).toString();

export interface FlavorPickerProps {
  choices: ResizeChoice[];
  value: string | null;
  onChange: (flavorId: string) => void;
}

/** The flavor list as a table of radio buttons; unavailable flavors stay visible, disabled, with their reason. */
export function FlavorPicker({ choices, value, onChange }: FlavorPickerProps) {
  const { t } = useTranslation('instances');
  const problemText = useProblemText();
  const [search, setSearch] = useState('');
  const baseId = useId();
  const needle = search.trim().toLowerCase();
  const shown = needle ? choices.filter((choice) => choice.flavor.name.toLowerCase().includes(needle)) : choices;

  return (
    <Radio.Group value={value} onChange={onChange} label={t('dialogs.resize.pick')} name={`${baseId}-flavor`}>
      <TextInput
        mt="xs"
        mb="xs"
        aria-label={t('dialogs.resize.search')}
        placeholder={t('dialogs.resize.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      <ScrollArea.Autosize mah={360} type="auto">
        <Table highlightOnHover stickyHeader verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr className={classes.nowrap}>
              <Table.Th w={36}>
                <VisuallyHidden>{t('dialogs.resize.choose')}</VisuallyHidden>
              </Table.Th>
              <Table.Th>{t('dialogs.resize.col.name')}</Table.Th>
              <Table.Th>{t('dialogs.resize.col.family')}</Table.Th>
              <Table.Th ta="right">{t('dialogs.resize.col.vcpus')}</Table.Th>
              <Table.Th ta="right">{t('dialogs.resize.col.ram')}</Table.Th>
              <Table.Th ta="right">{t('dialogs.resize.col.disk')}</Table.Th>
              <Table.Th>{t('dialogs.resize.col.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map(({ flavor, family, problem }) => {
              const reasonId = `${baseId}-${flavor.id}-reason`;
              return (
                <Table.Tr key={flavor.id} data-disabled={problem ? true : undefined} onClick={() => !problem && onChange(flavor.id)}>
                  <Table.Td>
                    <Radio
                      value={flavor.id}
                      disabled={problem !== null}
                      aria-label={flavor.name}
                      aria-describedby={problem ? reasonId : undefined}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} c={problem ? 'dimmed' : undefined}>
                      {flavor.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text span size="sm" c={problem ? 'dimmed' : undefined}>
                      {family === 'other' ? t('dialogs.resize.otherFamily') : family.toUpperCase()}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{flavor.vcpus}</Table.Td>
                  <Table.Td ta="right" className={classes.nowrap}>
                    {t('dialogs.resize.gb', { value: gb(flavor.ram) })}
                  </Table.Td>
                  <Table.Td ta="right" className={classes.nowrap}>
                    {flavor.disk === 0 ? t('dialogs.resize.volumeDisk') : t('dialogs.resize.gb', { value: flavor.disk })}
                  </Table.Td>
                  <Table.Td>
                    {problem && (
                      <Text id={reasonId} size="xs" c="dimmed">
                        {problemText(problem)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {shown.length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            {t('dialogs.resize.noMatch')}
          </Text>
        )}
      </ScrollArea.Autosize>
    </Radio.Group>
  );
}
