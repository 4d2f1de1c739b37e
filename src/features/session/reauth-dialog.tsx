import { Alert, Button, Center, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/session';
import { formatRelative } from '../../lib/time';
import { ErrorDetails } from '../../lib/ui/error-details';
import { consoleConfigQuery } from './console-config';
import { MethodForm } from './method-form';
import { settleReauth, useReauthRequest } from './reauth-store';
import { loadStoredSession, type SignInPrefill, tabStorage } from './session-storage';
import { commitSignIn, type SignInResult } from './sign-in';
import { useCurrentSession } from './use-current-session';

function prefillFor(session: Session | null): SignInPrefill | null {
  const storage = tabStorage();
  const stored = storage ? loadStoredSession(storage, Date.now()).signIn : null;
  if (stored) return stored;
  return session ? { method: 'password', region: session.region, tenantId: session.tenantId, userName: session.userName } : null;
}

/**
 * "Sign in again" over the current page: after a 401, before the token expires, or from the session menu.
 * Success stores the new token and answers 'retry', so the failed request goes out again; the page, its
 * filters and any half-filled form stay mounted underneath. Cancel lets the request fail with its 401.
 */
export function ReauthDialog() {
  const { t, i18n } = useTranslation(['session', 'common']);
  const reason = useReauthRequest();
  // Mounted lazily by the first request (live-session-host.tsx): it opens after mounting, so even the first time the
  // dialog enters with its transition.
  const mounted = useMounted();
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const config = useQuery({ ...consoleConfigQuery(), enabled: reason !== null });
  const prefill = reason === null ? null : prefillFor(session);

  const signedIn = (result: SignInResult) => {
    commitSignIn(result, queryClient);
    const relative = formatRelative(result.session.expiresAt, i18n.language);
    if (relative) notifications.show({ color: 'teal', message: t('reauth.done', { relative }) });
    settleReauth('retry');
  };
  const cancel = () => settleReauth(undefined);
  const relative = formatRelative(session?.expiresAt, i18n.language) ?? '';

  return (
    <Modal
      opened={mounted && reason !== null}
      onClose={cancel}
      title={t('reauth.title')}
      size="md"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {reason !== null && (
        <Stack gap="md">
          <Text size="sm">{t(`reauth.${reason}`, { relative })}</Text>
          {config.isPending && (
            <Center>
              <Loader size="sm" aria-label={t('signIn.configLoading')} />
            </Center>
          )}
          {config.isError && (
            <Alert role="alert" color="red" variant="light" title={t('signIn.noServerTitle')}>
              <ErrorDetails error={config.error} />
            </Alert>
          )}
          {config.data && prefill && (
            <MethodForm
              method={prefill.method}
              config={config.data}
              prefill={prefill}
              lockScope
              onSignedIn={signedIn}
              secondaryAction={
                <Button variant="default" onClick={cancel}>
                  {t('common:actions.cancel')}
                </Button>
              }
            />
          )}
        </Stack>
      )}
    </Modal>
  );
}
