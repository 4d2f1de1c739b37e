import { NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentProfile } from '../../../api/session';
import { instanceNames, MAX_INSTANCE_COUNT, maxNameLength, multiNameStyle } from '../../../domain/create-rules';
import { DraftQuotaWarning } from '../draft-quota';
import { useFieldProblem, useWizardState } from '../wizard-context';
import type { WizardValues } from '../wizard-values';
import { MetadataFields } from './metadata-fields';
import { SameNameWarning } from './same-name-warning';
import { StepFrame } from './step-frame';
import { UserDataField } from './user-data-field';

function ZoneField() {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { catalog } = useWizardState();
  const error = useFieldProblem('availabilityZone');
  const zones = Array.isArray(catalog.zones) ? catalog.zones : [];
  const data = [
    { value: '', label: t('choices.anyZone') },
    ...zones.map((zone) => ({ value: zone.zoneName, label: zone.zoneState.available ? zone.zoneName : t('details.zoneUnavailable', { zone: zone.zoneName }), disabled: !zone.zoneState.available })),
  ];
  return (
    <Controller
      control={control}
      name="availabilityZone"
      render={({ field }) => (
        <Select {...field} onChange={(value) => field.onChange(value ?? '')} data={data} label={t('details.zone')} description={t('details.zoneHint')} error={error} allowDeselect={false} />
      )}
    />
  );
}

export function DetailsStep() {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { facts } = useWizardState();
  const [name, countValue] = useWatch({ control, name: ['name', 'count'] });
  const count = typeof countValue === 'number' && Number.isInteger(countValue) && countValue >= 1 ? Math.min(countValue, MAX_INSTANCE_COUNT) : 1;
  const max = maxNameLength(facts.osType, count, facts.profile);
  const nameError = useFieldProblem('name');
  const countError = useFieldProblem('count');
  const names = instanceNames(name || t('details.namePlaceholder'), count, multiNameStyle(currentProfile()));

  return (
    <StepFrame step="details">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name="name"
          render={({ field }) => (
            <TextInput
              {...field}
              label={t('details.name')}
              description={t(facts.osType === 'windows' ? 'details.nameHintWindows' : 'details.nameHint', { max })}
              error={nameError}
              withAsterisk
              autoComplete="off"
              spellCheck={false}
              rightSectionWidth={72}
              rightSection={
                <Text size="xs" c="dimmed" aria-hidden>
                  {name.length}/{max}
                </Text>
              }
            />
          )}
        />
        <Controller
          control={control}
          name="count"
          render={({ field }) => (
            <NumberInput
              {...field}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              label={t('details.count')}
              description={count > 1 ? t('details.countNames', { first: names[0], last: names.at(-1) }) : t('details.countHint', { max: MAX_INSTANCE_COUNT })}
              error={countError}
              min={1}
              max={MAX_INSTANCE_COUNT}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              withAsterisk
            />
          )}
        />
      </SimpleGrid>
      <SameNameWarning name={name} count={count} />
      <DraftQuotaWarning />
      <ZoneField />
      <Stack gap="lg">
        <MetadataFields />
        <UserDataField />
      </Stack>
    </StepFrame>
  );
}
