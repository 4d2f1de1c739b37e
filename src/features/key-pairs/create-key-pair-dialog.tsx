import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import classes from './key-pair-dialog.module.css';
import { useTranslation } from 'react-i18next';
import { isApiError, isConflict } from '../../api/api-error';
import { ErrorDetails } from '../../lib/ui/error-details';
import { WarningAlert } from '../../lib/ui/warning-alert';
import { useCreateKeyPair } from './key-pair-mutations';
import { KeyPairNameField } from './key-pair-name-field';
import { PrivateKeySecret } from './private-key';
import { PrivateKeyStep } from './private-key-step';

export interface KeyPairDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The new key pair's name. For a generated key, only once the user confirmed saving the private key. */
  onCreated: (name: string) => void;
}

interface NameForm {
  name: string;
}

/**
 * Generate a key pair: the private key is downloaded at once and shown in this dialog, once. It lives in this
 * dialog's state only (never the query cache, storage, the URL or a log) and is dropped when the dialog closes.
 */
export function CreateKeyPairDialog({ opened, onClose, onCreated }: KeyPairDialogProps) {
  const { t } = useTranslation(['keyPairs', 'common']);
  const create = useCreateKeyPair();
  const [secret, setSecret] = useState<PrivateKeySecret | null>(null);
  const form = useForm<NameForm>({ defaultValues: { name: '' }, mode: 'onTouched' });

  // Whoever unmounts this dialog (the wizard, a route change) takes the key with it.
  useEffect(() => () => secret?.forget(), [secret]);
  // A parent that closes the dialog on its own while the key is shown ends its one showing too.
  if (!opened && secret) {
    secret.forget();
    setSecret(null);
  }

  const submit = form.handleSubmit(({ name }) => {
    create.mutate(
      {
        name,
        receivePrivateKey: (pem) => {
          const received = new PrivateKeySecret(name, pem);
          received.download();
          setSecret(received);
        },
      },
      {
        onError: (error) => {
          if (isConflict(error)) form.setError('name', { message: error.message }, { shouldFocus: true });
        },
      },
    );
  });

  const close = () => {
    if (create.isPending || secret) return;
    create.reset();
    form.reset();
    onClose();
  };

  const finish = () => {
    const name = secret?.keyPairName;
    secret?.forget();
    setSecret(null);
    create.reset();
    form.reset();
    if (name !== undefined) {
      notifications.show({ color: 'teal', message: t('create.done', { name }) });
      onCreated(name);
    }
    onClose();
  };

  const error = create.error;
  // The key pair may exist although its private key never reached us: the answer was lost (no answer, or a gateway
  // that gave up waiting) or came back unreadable. Both need the same advice, not "was not created".
  const lostAnswer = isApiError(error) && (error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status === 502 || error.status === 504)));
  const unreadable = isApiError(error) && error.kind === 'invalid-response';
  const shownAtName = isConflict(error);
  const locked = create.isPending || secret !== null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={secret ? t('create.key.title', { name: secret.keyPairName }) : t('create.title')}
      size={secret ? 'lg' : 'md'}
      closeOnEscape={!locked}
      closeOnClickOutside={false}
      withCloseButton={!locked}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      classNames={{ content: classes.content }}
    >
      {secret ? (
        <PrivateKeyStep secret={secret} onDone={finish} />
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('create.intro')}</Text>
            <KeyPairNameField control={form.control} name="name" disabled={create.isPending} />
            {create.isPending && (
              <Text size="sm" role="status">
                {t('create.generating')}
              </Text>
            )}
            {error && (lostAnswer || unreadable) && (
              <WarningAlert role="alert" title={t('create.lostAnswerTitle')}>
                <Text size="sm">{t(unreadable ? 'create.unreadableAnswer' : 'create.lostAnswer', { name: create.variables?.name ?? '' })}</Text>
                {unreadable && <ErrorDetails error={error} />}
              </WarningAlert>
            )}
            {error && !lostAnswer && !unreadable && !shownAtName && (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('create.failed')}>
                <ErrorDetails error={error} />
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={create.isPending}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
