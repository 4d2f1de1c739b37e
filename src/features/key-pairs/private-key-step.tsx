import { Button, Checkbox, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconDownload, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WarningAlert } from '../../lib/ui/warning-alert';
import { CopyButton } from '../../lib/ui/copy-button';
import { shellCommand } from '../../lib/shell-quote';
import type { PrivateKeySecret } from './private-key';

export interface PrivateKeyStepProps {
  secret: PrivateKeySecret;
  /** Called only after the user confirmed that the key is saved. */
  onDone: () => void;
}

/**
 * The one time a generated private key is on screen. It is hidden until asked for (operators share screens);
 * copy and download work without showing it.
 */
export function PrivateKeyStep({ secret, onDone }: PrivateKeyStepProps) {
  const { t } = useTranslation('keyPairs');
  const [shown, setShown] = useState(false);
  const [saved, setSaved] = useState(false);
  // The dialog swaps its form for this step: the submit button that had focus is gone, so focus would fall to the
  // page. It goes to the first control of the step instead, inside the dialog.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  // Quoted like every value (the placeholders too: pasted as they are, they redirect nothing). The name passed
  // checkKeyPairName, so it holds no hidden character and both commands exist.
  const chmod = shellCommand(['chmod', '400'], [secret.fileName]);
  const ssh = shellCommand(['ssh', '-i', secret.fileName], [`${t('create.key.userPlaceholder')}@${t('create.key.ipPlaceholder')}`]);

  return (
    <Stack gap="md">
      <WarningAlert title={t('create.key.onlyChanceTitle')}>
        {t('create.key.onlyChance', { name: secret.keyPairName })}
      </WarningAlert>
      <Text size="sm">{t('create.key.downloaded', { file: secret.fileName })}</Text>
      <Group gap="sm">
        <Button ref={first} variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => secret.download()}>
          {t('create.key.downloadAgain')}
        </Button>
        <CopyButton
          variant="button"
          value={() => secret.reveal()}
          label={t('create.key.copy')}
          copiedLabel={t('create.key.copied')}
          failedLabel={t('create.key.copyFailed')}
        />
        <Button
          variant="default"
          leftSection={shown ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
          aria-expanded={shown}
          onClick={() => setShown((now) => !now)}
        >
          {shown ? t('create.key.hide') : t('create.key.show')}
        </Button>
      </Group>
      {shown && (
        <Textarea
          readOnly
          label={t('create.key.keyLabel', { file: secret.fileName })}
          value={secret.reveal()}
          rows={10}
          resize="vertical"
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)' } }}
        />
      )}
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('create.key.useTitle')}
        </Text>
        <Text size="sm">{t('create.key.chmodHint')}</Text>
        {chmod && <CommandLine command={chmod} />}
        <Text size="sm">{t('create.key.sshHint')}</Text>
        {ssh && <CommandLine command={ssh} />}
        <Text size="xs" c="dimmed">
          {t('create.key.windowsHint')}
        </Text>
      </Stack>
      <Checkbox
        checked={saved}
        onChange={(event) => setSaved(event.currentTarget.checked)}
        label={t('create.key.confirm')}
        description={t('create.key.confirmDescription')}
      />
      <Group justify="flex-end">
        <Button disabled={!saved} onClick={onDone}>
          {t('create.key.done')}
        </Button>
      </Group>
    </Stack>
  );
}

function CommandLine({ command }: { command: string }) {
  const { t } = useTranslation('keyPairs');
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code block style={{ flex: 1, overflowX: 'auto', whiteSpace: 'pre' }}>
        {command}
      </Code>
      <CopyButton
        value={command}
        label={t('create.key.copyCommand', { command })}
        copiedLabel={t('create.key.copied')}
        failedLabel={t('create.key.copyFailed')}
      />
    </Group>
  );
}
