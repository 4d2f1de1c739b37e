import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_METADATA_ITEMS } from '../../../../domain/create-rules';

export interface ImageForm {
  name: string;
  metadata: Array<{ key: string; value: string }>;
}


/** Key-value rows for the new image; a key checked against the others re-checks them all (a duplicate moves). */
export function ImageMetadataFields({ form }: { form: UseFormReturn<ImageForm> }) {
  const { t } = useTranslation('instances');
  const { register, control, getValues } = form;
  const { errors } = form.formState;
  const { fields, append, remove } = useFieldArray({ control, name: 'metadata' });
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('dialogs.createImage.metadata')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('dialogs.createImage.metadataHint', { items: MAX_METADATA_ITEMS })}
      </Text>
      {fields.map((field, index) => (
        <Group key={field.id} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            {...register(`metadata.${index}.key`, { deps: 'metadata' })}
            flex={1}
            label={t('dialogs.createImage.key', { n: index + 1 })}
            error={errors.metadata?.[index]?.key?.message}
          />
          <TextInput
            {...register(`metadata.${index}.value`)}
            flex={1}
            label={t('dialogs.createImage.value', { n: index + 1 })}
            error={errors.metadata?.[index]?.value?.message}
          />
          <ActionIcon mt={26} variant="subtle" color="gray" aria-label={t('dialogs.createImage.removeRow', { n: index + 1 })} onClick={() => remove(index)}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          disabled={fields.length >= MAX_METADATA_ITEMS}
          // Quick clicks land here before the button can turn disabled: the form's own count decides.
          onClick={() => {
            if (getValues('metadata').length < MAX_METADATA_ITEMS) append({ key: '', value: '' }, { shouldFocus: false });
          }}
        >
          {t('dialogs.createImage.addRow')}
        </Button>
      </Group>
    </Stack>
  );
}
