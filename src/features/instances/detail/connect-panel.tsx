import { Alert, Anchor, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Server } from '../../../api/schemas/server';
import { hasHiddenCharacters } from '../../../lib/hidden-characters';
import { CopyButton } from '../../../lib/ui/copy-button';
import { VisibleName } from '../../../lib/ui/visible-name';
import { type ConnectInfo, connectInfo } from './connect-info';
import { useServerImage } from './use-server-image';

function CommandLine({ command, label }: { command: string; label: string }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code block flex={1} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {command}
      </Code>
      <CopyButton value={command} label={label} copiedLabel={t('instances:dialogs.copied')} failedLabel={t('instances:dialogs.copyFailed')} />
    </Group>
  );
}

function Missing({ info }: { info: ConnectInfo }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  if (info.missing.length === 0) return null;
  return (
    <Alert role="note" color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('detail.connect.missingTitle')}>
      <List size="sm" spacing={4}>
        {info.missing.map((what) => (
          <List.Item key={what}>{t(`detail.connect.missing.${what}`)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Why there is no command: the values with hidden characters, each shown with them marked. */
function Refused({ info }: { info: ConnectInfo }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  if (info.refused.length === 0) return null;
  const values = { ip: info.ip, key: info.keyName, user: info.user };
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('detail.connect.refusedTitle')}>
      <Stack gap="xs">
        <List size="sm" spacing={4}>
          {info.refused.map((field) => (
            <List.Item key={field}>
              {t(`detail.connect.refused.${field}`)} <Code>{<VisibleName name={values[field] ?? ''} />}</Code>
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('detail.connect.refusedNote')}</Text>
      </Stack>
    </Alert>
  );
}

/** How to log in: the ssh command for Linux, the RDP address and Administrator for Windows. */
export function ConnectPanel({ server }: { server: Server }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  // The image is asked for only when the metadata does not name the login user (NHN's does).
  const image = useServerImage(server, !server.metadata.login_username);
  const info = connectInfo(server, image);
  const privateOnly = info.ipKind === 'fixed';

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t(info.os === 'windows' ? 'detail.connect.windowsTitle' : 'detail.connect.linuxTitle')}
        </Title>
        <Missing info={info} />
        <Refused info={info} />
        {info.os === 'linux' ? (
          <Stack gap="sm">
            <Text size="sm">{t('detail.connect.sshIntro')}</Text>
            {info.sshCommand && <CommandLine command={info.sshCommand} label={t('detail.connect.copySsh')} />}
            {info.chmodCommand && (
              <>
                <Text size="sm">{t('detail.connect.chmodHint')}</Text>
                <CommandLine command={info.chmodCommand} label={t('detail.connect.copyChmod')} />
              </>
            )}
          </Stack>
        ) : (
          <Stack gap="sm">
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '8px 16px' }}>
              <Text component="dt" size="sm" c="dimmed">
                {t('detail.connect.rdpAddress')}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {info.ip ? (
                  <Group gap={4} component="span">
                    <Code>
                      <VisibleName name={info.ip} />
                    </Code>
                    {/* Nothing to paste that holds what the eye does not see (see Refused). */}
                    {!hasHiddenCharacters(info.ip) && (
                      <CopyButton value={info.ip} label={t('detail.connect.copyAddress')} copiedLabel={t('instances:dialogs.copied')} failedLabel={t('instances:dialogs.copyFailed')} size="xs" />
                    )}
                  </Group>
                ) : (
                  t('detail.none')
                )}
              </Text>
              <Text component="dt" size="sm" c="dimmed">
                {t('detail.connect.rdpUser')}
              </Text>
              <Text component="dd" size="sm" m={0}>
                <Code>
                  <VisibleName name={info.user ?? 'Administrator'} />
                </Code>
              </Text>
            </dl>
            <Alert role="note" color="blue" variant="light" icon={<IconKey aria-hidden />}>
              {t('detail.connect.windowsPassword', { key: info.keyName ?? t('detail.connect.yourKey') })}
            </Alert>
          </Stack>
        )}
        {privateOnly && (
          <Text size="sm" c="dimmed">
            {t('detail.connect.privateOnly')}
          </Text>
        )}
        {info.keyName && (
          <Text size="sm">
            {t('detail.connect.keyPair')}{' '}
            <Anchor component={Link} to="/key-pairs" underline="always">
              <VisibleName name={info.keyName} />
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
