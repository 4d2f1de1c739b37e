import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../lib/time';
import { requestReauth } from './reauth-store';
import { useCurrentSession } from './use-current-session';
import { useSessionExpiry } from './use-session-expiry';

const NOTIFICATION_ID = 'session-expiry';

/**
 * Ten minutes before the token expires, a notification offers to sign in again (and keeps its countdown
 * current); at expiry the sign-in dialog opens over the page. A new token takes the warning away.
 */
export function ExpiryWarning() {
  const { t, i18n } = useTranslation('session');
  const session = useCurrentSession();
  const { state, expiresAt, now } = useSessionExpiry(session);
  const shown = useRef(false);
  // The dialog opens once per expired token: cancelled, it stays closed until the next 401.
  const askedFor = useRef<string | null>(null);
  const token = session?.token ?? null;

  useEffect(() => {
    if (state !== 'soon' || expiresAt === null) {
      if (shown.current) notifications.hide(NOTIFICATION_ID);
      shown.current = false;
      if (state === 'expired' && token !== null && askedFor.current !== token) {
        askedFor.current = token;
        void requestReauth('expired');
      }
      return;
    }
    const iso = expiresAt.toISOString();
    const message = (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{t('expiry.warningBody', { relative: formatRelative(iso, i18n.language, now), time: formatDateTime(iso, i18n.language) })}</Text>
        <Button size="xs" variant="light" onClick={() => void requestReauth('expiring')}>
          {t('expiry.signInAgain')}
        </Button>
      </Stack>
    );
    const notification = { id: NOTIFICATION_ID, color: 'orange', title: t('expiry.warningTitle'), message, autoClose: false as const, withCloseButton: true };
    if (shown.current) notifications.update(notification);
    else notifications.show(notification);
    shown.current = true;
  }, [state, expiresAt, now, token, t, i18n.language]);

  useEffect(
    () => () => {
      notifications.hide(NOTIFICATION_ID);
    },
    [],
  );
  return null;
}
