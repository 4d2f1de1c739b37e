import { Box, Button, FileButton, Group, Text, Textarea } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { type UseFormReturn, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { checkPublicKey } from '../../domain/ssh-public-key';
import { keyAlgorithmOf } from './key-algorithm';
import { nameFromFileName } from './key-pair-name';
import classes from './public-key-field.module.css';
import { usePublicKeyProblem } from './use-public-key-problem';

export interface ImportKeyPairForm {
  name: string;
  publicKey: string;
}

/** A public key file is one short line; anything bigger is the wrong file (and is not read). */
const MAX_FILE_BYTES = 16 * 1024;

/** Paste a public key, choose a .pub file or drop one on the box. The check runs before anything is sent. */
export function PublicKeyField({ form, disabled }: { form: UseFormReturn<ImportKeyPairForm>; disabled?: boolean }) {
  const { t } = useTranslation('keyPairs');
  const describe = usePublicKeyProblem();
  const [dragging, setDragging] = useState(false);
  const { field, fieldState } = useController({
    control: form.control,
    name: 'publicKey',
    rules: {
      validate: (value) => {
        const check = checkPublicKey(value);
        return check.ok ? true : describe(check);
      },
    },
  });

  /** Private keys never stay in the form: refused, cleared and explained. */
  const accept = (text: string, validateNow: boolean) => {
    const check = checkPublicKey(text);
    if (!check.ok && check.reason === 'private-key') {
      field.onChange('');
      form.setError('publicKey', { message: describe(check) });
      return;
    }
    field.onChange(text);
    if (validateNow) void form.trigger('publicKey');
  };

  const load = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      form.setError('publicKey', { message: t('import.file.tooBig', { file: file.name, size: `${Math.ceil(file.size / 1024)} KB` }) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      form.setError('publicKey', { message: t('import.file.unreadable', { file: file.name }) });
      return;
    }
    const check = checkPublicKey(text);
    if (!check.ok && check.reason === 'private-key') {
      field.onChange('');
      form.setError('publicKey', { message: t('import.file.privateKey', { file: file.name }) });
      return;
    }
    accept(text, true);
    if (!form.getValues('name')) form.setValue('name', nameFromFileName(file.name), { shouldValidate: true });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) void load(event.dataTransfer.files[0] ?? null);
  };

  const check = fieldState.error ? null : checkPublicKey(field.value);
  const valid = check?.ok ? check : null;

  return (
    <Box
      className={classes.dropArea}
      data-dragging={dragging || undefined}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Textarea
        {...field}
        onChange={(event) => {
          // A paste or a drop of text is checked at once; typing only once the field was left.
          const { inputType } = event.nativeEvent as InputEvent;
          accept(event.currentTarget.value, inputType === 'insertFromPaste' || inputType === 'insertFromDrop');
        }}
        label={t('import.publicKey.label')}
        description={t('import.publicKey.description')}
        placeholder={t('import.publicKey.placeholder')}
        error={fieldState.error?.message}
        disabled={disabled}
        withAsterisk
        rows={5}
        resize="vertical"
        spellCheck={false}
        autoComplete="off"
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)', wordBreak: 'break-all' } }}
      />
      <Group gap="sm" mt="xs" wrap="wrap">
        <FileButton onChange={(file) => void load(file)} accept=".pub,text/plain" disabled={disabled}>
          {(props) => (
            <Button {...props} variant="default" size="xs" leftSection={<IconFileUpload size={14} aria-hidden />}>
              {t('import.file.choose')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {dragging ? t('import.file.dropHere') : t('import.file.drop')}
        </Text>
      </Group>
      {valid && (
        <Text size="sm" c="teal.9" mt="xs" role="status">
          {valid.comment
            ? t('import.validWithComment', { type: keyAlgorithmOf(valid.type) ?? valid.type, comment: valid.comment })
            : t('import.valid', { type: keyAlgorithmOf(valid.type) ?? valid.type })}
        </Text>
      )}
      {valid?.type === 'ssh-ed25519' && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('import.ed25519Note')}
        </Text>
      )}
    </Box>
  );
}
