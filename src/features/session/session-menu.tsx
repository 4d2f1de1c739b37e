import { Badge, Button, Group, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/session';
import { formatDateTime, formatRelative } from '../../lib/time';
import { lazyPopup } from '../../lib/ui/lazy-popup';
import { type SessionExpiry, useSessionExpiry } from './use-session-expiry';

const SessionMenuDropdown = lazyPopup(async () => (await import('./session-menu-dropdown')).SessionMenuDropdown, 'dialog');

function expiryText({ state, expiresAt, now }: SessionExpiry, t: TFunction<'session'>, lang: string): string {
  if (state === 'unknown' || expiresAt === null) return t('expiry.unknown');
  if (state === 'expired') return t('expiry.expired');
  return t('expiry.in', { relative: formatRelative(expiresAt.toISOString(), lang, now) ?? '' });
}

/** Live mode's place in the header: region, tenant and expiry at a glance; details, sign in again and sign out. */
export function SessionMenu({ session }: { session: Session }) {
  const { t, i18n } = useTranslation('session');
  const expiry = useSessionExpiry(session);
  const expiryLabel = expiryText(expiry, t, i18n.language);
  const warn = expiry.state === 'soon' || expiry.state === 'expired';
  const tenantShort = session.tenantId.slice(0, 8);
  const cloud = t(`profile.${session.profile}`);
  const facts: Array<[string, string, boolean?]> = [
    [t('menu.user'), session.userName ?? '—'],
    [t('menu.cloud'), cloud],
    [t('menu.region'), session.region],
    [t('menu.tenant'), session.tenantId, true],
    [t('menu.expires'), expiry.expiresAt ? `${formatDateTime(expiry.expiresAt.toISOString(), i18n.language) ?? ''} (${expiryLabel})` : expiryLabel],
  ];

  return (
    <SessionMenuDropdown
      facts={facts}
      trigger={
        <Button variant="default" px={8} aria-label={t('menu.label', { region: session.region, tenant: tenantShort, expiry: expiryLabel, cloud })}>
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
      }
    />
  );
}
