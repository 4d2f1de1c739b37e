import { Button, CloseButton, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_METADATA_ITEMS, MAX_METADATA_LENGTH } from '../../../domain/create-rules';
import { useFieldProblem } from '../wizard-context';
import type { WizardValues } from '../wizard-values';

function MetadataRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useTranslation('wizard');
  const { register } = useFormContext<WizardValues>();
  const keyError = useFieldProblem(`metadata.${index}.key`);
  const valueError = useFieldProblem(`metadata.${index}.value`);
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm">
      <TextInput {...register(`metadata.${index}.key`)} label={t('details.metadataKey', { number: index + 1 })} error={keyError} style={{ flex: 1 }} autoComplete="off" />
      <TextInput {...register(`metadata.${index}.value`)} label={t('details.metadataValue', { number: index + 1 })} error={valueError} style={{ flex: 2 }} autoComplete="off" />
      <CloseButton mt={28} onClick={onRemove} aria-label={t('details.metadataRemove', { number: index + 1 })} />
    </Group>
  );
}

export function MetadataFields() {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'metadata' });
  return (
    <Fieldset legend={t('details.metadata')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('details.metadataHint', { max: MAX_METADATA_LENGTH, items: MAX_METADATA_ITEMS })}
        </Text>
        {fields.map((item, index) => (
          <MetadataRow key={item.id} index={index} onRemove={() => remove(index)} />
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => append({ key: '', value: '' })}
            disabled={fields.length >= MAX_METADATA_ITEMS}
          >
            {t('details.metadataAdd')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
