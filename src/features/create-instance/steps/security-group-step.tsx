import { Alert, Checkbox, List, Loader, Table, TagsInput, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SecurityGroup } from '../../../api/schemas/network';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useFieldProblem, useWizardState } from '../wizard-context';
import type { WizardValues } from '../wizard-values';
import classes from '../wizard.module.css';
import { inboundRules } from './security-group-rules';
import { StepFrame } from './step-frame';

function GroupTable({ groups }: { groups: SecurityGroup[] }) {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'securityGroups' });
  const toggle = (name: string, on: boolean) => field.onChange(on ? [...field.value, name] : field.value.filter((chosen) => chosen !== name));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead className={classes.nowrap}>
          <Table.Tr>
            <Table.Th>{t('securityGroups.columns.name')}</Table.Th>
            <Table.Th>{t('securityGroups.columns.description')}</Table.Th>
            <Table.Th>{t('securityGroups.columns.inbound')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group, index) => {
            const rules = inboundRules(group, groups);
            return (
              <Table.Tr key={group.id}>
                <Table.Td>
                  <Checkbox ref={index === 0 ? field.ref : undefined} label={group.name} checked={field.value.includes(group.name)} onChange={(event) => toggle(group.name, event.currentTarget.checked)} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className={classes.choice}>
                    {group.description || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {rules.length === 0 ? (
                    <Text size="sm">{t('securityGroups.noInbound')}</Text>
                  ) : (
                    <List size="sm" spacing={0}>
                      {rules.map((rule, ruleIndex) => (
                        <List.Item key={ruleIndex}>{t('securityGroups.rule', { what: rule.what, from: rule.from })}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function SecurityGroupStep() {
  const { t } = useTranslation('wizard');
  const { catalog, queries } = useWizardState();
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'securityGroups' });
  const error = useFieldProblem('securityGroups');
  return (
    <StepFrame step="securityGroups">
      {field.value.length === 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('securityGroups.noneTitle')}>
          {t('securityGroups.noneBody')}
        </Alert>
      )}
      {catalog.securityGroups === 'unavailable' ? (
        <TagsInput {...field} label={t('securityGroups.manual')} description={t('securityGroups.manualHint')} clearable />
      ) : queries.securityGroups.isError ? (
        <QueryErrorAlert error={queries.securityGroups.error} onRetry={() => void queries.securityGroups.refetch()} title={t('securityGroups.loadFailed')} />
      ) : catalog.securityGroups === null ? (
        <Loader size="sm" aria-label={t('loading')} />
      ) : (
        <GroupTable groups={catalog.securityGroups} />
      )}
      {error && (
        <Text size="sm" className={classes.problemText}>
          {error}
        </Text>
      )}
    </StepFrame>
  );
}
