import { Badge, Button, Group, Popover, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClock, IconLogout, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Session } from '../../api/session';
import { formatDateTime, formatRelative } from '../../lib/time';
import { requestReauth } from './reauth-store';
import { SIGN_IN_PATH } from './restore-session';
import { signOut } from './sign-out';
import { type SessionExpiry, useSessionExpiry } from './use-session-expiry';

function expiryText({ state, expiresAt, now }: SessionExpiry, t: TFunction<'session'>, lang: string): string {
  if (state === 'unknown' || expiresAt === null) return t('expiry.unknown');
  if (state === 'expired') return t('expiry.expired');
  return t('expiry.in', { relative: formatRelative(expiresAt.toISOString(), lang, now) ?? '' });
}

/** Live mode's place in the header: region, tenant and expiry at a glance; details, sign in again and sign out. */
export function SessionMenu({ session }: { session: Session }) {
  const { t, i18n } = useTranslation('session');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const titleId = useId();
  const expiry = useSessionExpiry(session);
  const expiryLabel = expiryText(expiry, t, i18n.language);
  const warn = expiry.state === 'soon' || expiry.state === 'expired';
  const tenantShort = session.tenantId.slice(0, 8);

  const leave = () => {
    setOpened(false);
    signOut(queryClient);
    void navigate(SIGN_IN_PATH);
    notifications.show({ color: 'teal', message: t('menu.signedOut') });
  };

  const cloud = t(`profile.${session.profile}`);
  const facts: Array<[string, string, boolean?]> = [
    [t('menu.user'), session.userName ?? '—'],
    [t('menu.cloud'), cloud],
    [t('menu.region'), session.region],
    [t('menu.tenant'), session.tenantId, true],
    [t('menu.expires'), expiry.expiresAt ? `${formatDateTime(expiry.expiresAt.toISOString(), i18n.language) ?? ''} (${expiryLabel})` : expiryLabel],
  ];

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow shadow="md" width={340} trapFocus>
      <Popover.Target>
        <Button
          variant="default"
          px={8}
          onClick={() => setOpened((open) => !open)}
          aria-label={t('menu.label', { region: session.region, tenant: tenantShort, expiry: expiryLabel, cloud })}
        >
          <Group gap={6} wrap="nowrap">
            <Badge color="indigo" variant="filled" radius="sm">
              {session.region}
            </Badge>
            <Badge variant="default" radius="sm">
              {cloud}
            </Badge>
            <Text span size="sm" ff="monospace" visibleFrom="sm">
              {tenantShort}
            </Text>
            <Group gap={4} wrap="nowrap" visibleFrom="md" c={warn ? 'orange.9' : undefined}>
              <IconClock size={16} stroke={1.6} aria-hidden />
              <Text span size="sm" c={warn ? 'orange.9' : 'dimmed'} fw={warn ? 600 : undefined}>
                {expiryLabel}
              </Text>
            </Group>
          </Group>
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={titleId}>
        <Stack gap="sm">
          <Text fw={600} size="sm" id={titleId}>
            {t('menu.title')}
          </Text>
          <SimpleGrid cols={2} spacing={6} verticalSpacing={6} style={{ gridTemplateColumns: 'auto 1fr' }}>
            {facts.map(([label, value, code]) => (
              <FactRow key={label} label={label} value={value} code={code} />
            ))}
          </SimpleGrid>
          <Group gap="xs" justify="flex-end">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={() => {
                setOpened(false);
                void requestReauth('manual');
              }}
            >
              {t('menu.signInAgain')}
            </Button>
            <Button size="xs" color="red.9" leftSection={<IconLogout size={14} aria-hidden />} onClick={leave}>
              {t('menu.signOut')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function FactRow({ label, value, code = false }: { label: string; value: string; code?: boolean }) {
  return (
    <>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff={code ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </>
  );
}
