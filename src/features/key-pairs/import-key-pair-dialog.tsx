import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import classes from './key-pair-dialog.module.css';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError, isConflict } from '../../api/api-error';
import { checkPublicKey } from '../../domain/ssh-public-key';
import { ErrorDetails } from '../../lib/ui/error-details';
import type { KeyPairDialogProps } from './create-key-pair-dialog';
import { useImportKeyPair } from './key-pair-mutations';
import { KeyPairNameField } from './key-pair-name-field';
import { type ImportKeyPairForm, PublicKeyField } from './public-key-field';

/** Nova's 400 for a key it cannot read: "Keypair data is invalid: failed to generate fingerprint". */
function isRefusedKey(error: ApiError): boolean {
  return error.status === 400 && /keypair data|public.?key/i.test(error.message);
}

/** Register the public half of a key the user made: checked here first, so a bad key is never sent. */
export function ImportKeyPairDialog({ opened, onClose, onCreated }: KeyPairDialogProps) {
  const { t } = useTranslation(['keyPairs', 'common']);
  const importKey = useImportKeyPair();
  const form = useForm<ImportKeyPairForm>({ defaultValues: { name: '', publicKey: '' }, mode: 'onTouched' });

  const submit = form.handleSubmit(({ name, publicKey }) => {
    const check = checkPublicKey(publicKey);
    if (!check.ok) return; // the field's own rule already said why
    importKey.mutate(
      { name, publicKey: check.normalized },
      {
        onSuccess: (keyPair) => {
          notifications.show({ color: 'teal', message: t('import.done', { name: keyPair.name }) });
          importKey.reset();
          form.reset();
          onCreated(keyPair.name);
          onClose();
        },
        onError: (error) => {
          if (!isApiError(error) || error.kind !== 'http') return;
          // Nova's own words, where they belong: a taken name at the name, a refused key at the key.
          if (isConflict(error)) form.setError('name', { message: error.message }, { shouldFocus: true });
          else if (isRefusedKey(error)) {
            form.setError('publicKey', { message: t('import.refusedByCloud', { message: error.message }) }, { shouldFocus: true });
          }
        },
      },
    );
  });

  const close = () => {
    if (importKey.isPending) return;
    importKey.reset();
    form.reset();
    onClose();
  };

  const error = importKey.error;
  const shownAtField = isApiError(error) && error.kind === 'http' && (isConflict(error) || isRefusedKey(error));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('import.title')}
      size="lg"
      closeOnEscape={!importKey.isPending}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      classNames={{ content: classes.content }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('import.intro')}</Text>
          <KeyPairNameField control={form.control} name="name" disabled={importKey.isPending} />
          <PublicKeyField form={form} disabled={importKey.isPending} />
          {error && !shownAtField && (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('import.failed')}>
              <ErrorDetails error={error} />
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={importKey.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={importKey.isPending}>
              {t('import.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
