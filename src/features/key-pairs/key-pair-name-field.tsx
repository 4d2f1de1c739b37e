import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Control, type FieldPathByValue, type FieldValues, useController } from 'react-hook-form';
import { checkKeyPairName, KEY_PAIR_NAME_MAX } from './key-pair-name';

export interface KeyPairNameFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPathByValue<T, string>;
  disabled?: boolean;
}

/** The key pair name with Nova's rules checked before sending; a server error set on the field shows here too. */
export function KeyPairNameField<T extends FieldValues>({ control, name, disabled }: KeyPairNameFieldProps<T>) {
  const { t } = useTranslation('keyPairs');
  const { field, fieldState } = useController({
    control,
    name,
    rules: {
      validate: (value: unknown) => {
        const problem = checkKeyPairName(typeof value === 'string' ? value : '');
        if (!problem) return true;
        switch (problem.reason) {
          case 'empty':
            return t('name.errors.empty');
          case 'edge-space':
            return t('name.errors.edgeSpace');
          case 'too-long':
            return t('name.errors.tooLong', { length: problem.length, max: problem.max });
          case 'bad-characters':
            return t('name.errors.badCharacters', { characters: problem.characters.map((c) => `“${c}”`).join(' ') });
        }
      },
    },
  });
  return (
    <TextInput
      {...field}
      value={typeof field.value === 'string' ? field.value : ''}
      label={t('name.label')}
      description={t('name.description', { max: KEY_PAIR_NAME_MAX })}
      error={fieldState.error?.message}
      disabled={disabled}
      withAsterisk
      autoComplete="off"
      spellCheck={false}
      data-autofocus
    />
  );
}
