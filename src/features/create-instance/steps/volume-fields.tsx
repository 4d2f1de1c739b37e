import { Checkbox, Group, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ruleApplies } from '../../../domain/cloud-profile';
import { useFieldProblem, useWizardState } from '../wizard-context';
import { isEncryptedTypeName } from '../wizard-facts';
import type { WizardValues } from '../wizard-values';

type Prefix = 'root' | `extraVolumes.${number}`;

interface VolumeFieldsProps {
  prefix: Prefix;
  /** The size's hint: the allowed range and why. */
  sizeHint: string;
  min: number;
  /** Null: no limit the console knows of. */
  max: number | null;
  deleteLabel: string;
}

function VolumeTypeField({ prefix }: { prefix: Prefix }) {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { catalog, queries } = useWizardState();
  const error = useFieldProblem(`${prefix}.volumeType`) ?? (queries.volumeTypes.isError ? t('storage.typesFailed') : undefined);
  const name = `${prefix}.volumeType` as const;
  // NHN Cloud asks for a type; plain OpenStack may leave it to Cinder's default.
  const required = ruleApplies('volumeTypeChoice', catalog.profile);
  if (catalog.volumeTypes === 'unavailable') {
    return (
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <TextInput {...field} label={t('storage.type')} description={t(required ? 'storage.typeManual' : 'storage.typeManualOptional')} error={error} withAsterisk={required} />
        )}
      />
    );
  }
  const data = (catalog.volumeTypes ?? []).map((type) => ({
    value: type.name,
    label: isEncryptedTypeName(type.name, catalog.volumeTypes) ? t('storage.encryptedType', { type: type.name }) : type.name,
  }));
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          {...field}
          onChange={(value) => field.onChange(value ?? '')}
          data={data}
          label={t('storage.type')}
          description={t('storage.typeHint')}
          placeholder={catalog.volumeTypes === null ? t('loading') : undefined}
          error={error}
          withAsterisk={required}
          allowDeselect={!required}
          clearable={!required}
        />
      )}
    />
  );
}

/** Type, size, delete-on-termination and (for an encrypted type) the Secure Key Manager key of one volume. */
export function VolumeFields({ prefix, sizeHint, min, max, deleteLabel }: VolumeFieldsProps) {
  const { t } = useTranslation('wizard');
  const { control, register } = useFormContext<WizardValues>();
  const { catalog } = useWizardState();
  const typeName = useWatch({ control, name: `${prefix}.volumeType` });
  const encrypted = isEncryptedTypeName(typeName, catalog.volumeTypes) === true;
  const sizeError = useFieldProblem(`${prefix}.sizeGb`);
  const appKeyError = useFieldProblem(`${prefix}.skmAppKey`);
  const keyIdError = useFieldProblem(`${prefix}.skmKeyId`);

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <VolumeTypeField prefix={prefix} />
        <Controller
          control={control}
          name={`${prefix}.sizeGb`}
          render={({ field }) => (
            <NumberInput
              {...field}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              label={t('storage.size')}
              description={sizeHint}
              error={sizeError}
              min={min}
              max={max ?? undefined}
              suffix=" GB"
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              withAsterisk
            />
          )}
        />
      </SimpleGrid>
      {encrypted && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...register(`${prefix}.skmAppKey`)} label={t('storage.skmAppKey')} description={t('storage.skmAppKeyHint')} error={appKeyError} withAsterisk autoComplete="off" spellCheck={false} />
          <TextInput {...register(`${prefix}.skmKeyId`)} label={t('storage.skmKeyId')} description={t('storage.skmKeyIdHint')} error={keyIdError} withAsterisk autoComplete="off" spellCheck={false} />
        </SimpleGrid>
      )}
      <Group>
        <Controller
          control={control}
          name={`${prefix}.deleteOnTermination`}
          render={({ field: { value, onChange, ref, name } }) => (
            <Checkbox name={name} ref={ref} checked={value} onChange={(event) => onChange(event.currentTarget.checked)} label={deleteLabel} description={t('storage.deleteHint')} />
          )}
        />
      </Group>
    </>
  );
}
