import { Alert, Anchor, Button, Center, Container, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconInfoCircle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorDetails } from '../../lib/ui/error-details';
import { useDocumentTitle } from '../../lib/use-document-title';
import { consoleConfigQuery } from './console-config';
import { isSignInMethod, MethodForm, SIGN_IN_METHODS, type SignInMethod } from './method-form';
import { safeNextPath } from './restore-session';
import { loadStoredSession, tabStorage } from './session-storage';
import { commitSignIn, type SignInResult } from './sign-in';
import { continueWithDemo } from './sign-out';
import { useCurrentSession } from './use-current-session';

/** `/sign-in`: NHN Cloud password, an existing token, or Keystone v3; the demo stays one click away. */
export function SignInPage() {
  const { t } = useTranslation(['session', 'common']);
  useDocumentTitle(t('signIn.title'));
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useCurrentSession();
  const config = useQuery(consoleConfigQuery());
  // Read once: what the last sign-in of this tab was filled with (never a password or token).
  const [prefill] = useState(() => {
    const storage = tabStorage();
    return storage ? loadStoredSession(storage, Date.now()).signIn : null;
  });
  const requested = params.get('method');
  // The server may offer no password sign-in (no identity service in its allowlist): then a token comes first.
  const passwordAvailable = config.data?.identity.v2 !== null;
  const method: SignInMethod = isSignInMethod(requested) ? requested : (prefill?.method ?? (passwordAvailable ? 'password' : 'token'));
  // `/` opens the console's landing page (the router decides which).
  const next = safeNextPath(params.get('next')) ?? '/';

  const signedIn = (result: SignInResult) => {
    commitSignIn(result, queryClient);
    void navigate(next, { replace: true });
  };
  const selectMethod = (value: string | null) => {
    if (!isSignInMethod(value)) return;
    setParams(
      (current) => {
        current.set('method', value);
        return current;
      },
      { replace: true },
    );
  };

  return (
    <Container size={560} py="xl">
      <Stack gap="lg">
        <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            <Text size="sm">{t('signIn.intro')}</Text>
            {params.get('expired') === '1' && !session && (
              <Alert role="status" color="orange" variant="light" icon={<IconClockExclamation aria-hidden />}>
                {t('signIn.expired')}
              </Alert>
            )}
            {session?.mode === 'live' && (
              <Alert role="status" color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
                <Stack gap={4} align="flex-start">
                  <Text size="sm">{t('signIn.signedInAs', { region: session.region, tenant: session.tenantId })}</Text>
                  <Anchor component={Link} to={next} size="sm">
                    {t('signIn.backToConsole')}
                  </Anchor>
                </Stack>
              </Alert>
            )}
            {config.isPending && (
              <Center py="md">
                <Stack align="center" gap="xs">
                  <Loader size="sm" aria-hidden />
                  <Text size="sm" role="status">
                    {t('signIn.configLoading')}
                  </Text>
                </Stack>
              </Center>
            )}
            {config.isError && (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('signIn.noServerTitle')}>
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{t('signIn.noServerBody')}</Text>
                  <ErrorDetails error={config.error} />
                  <Button size="xs" variant="default" onClick={() => void config.refetch()}>
                    {t('common:actions.retry')}
                  </Button>
                </Stack>
              </Alert>
            )}
            {config.data && (
              <Tabs value={method} onChange={selectMethod} keepMounted={false}>
                <Tabs.List aria-label={t('signIn.methods')} grow>
                  {SIGN_IN_METHODS.map((value) => (
                    <Tabs.Tab key={value} value={value}>
                      {t(`signIn.method.${value}`)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {SIGN_IN_METHODS.map((value) => (
                  <Tabs.Panel key={value} value={value} pt="md">
                    <Stack gap="md">
                      <Text size="sm" c="dimmed">
                        {t(`signIn.methodIntro.${value}`)}
                      </Text>
                      {value === 'password' && config.data.identity.v2 === null ? (
                        <Alert role="note" color="gray" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('signIn.passwordUnavailableTitle')}>
                          {t('signIn.passwordUnavailableBody')}
                        </Alert>
                      ) : (
                        <MethodForm method={value} config={config.data} prefill={prefill} onSignedIn={signedIn} />
                      )}
                      {value !== 'v3' && config.data.identity.v2 !== null && (
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {t('signIn.issuedBy', { url: config.data.identity.v2 })}
                        </Text>
                      )}
                    </Stack>
                  </Tabs.Panel>
                ))}
              </Tabs>
            )}
          </Stack>
        </Paper>
        {session?.mode !== 'live' && <DemoCard inDemo={session?.mode === 'demo'} />}
      </Stack>
    </Container>
  );
}

function DemoCard({ inDemo }: { inDemo: boolean }) {
  const { t } = useTranslation('session');
  const navigate = useNavigate();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4">
          {t('signIn.demoTitle')}
        </Title>
        <Text size="sm">{t('signIn.demoBody')}</Text>
        <Button
          variant="light"
          onClick={() => {
            // Back to a demo already running keeps its state; without one, a fresh demo starts.
            if (!inDemo) continueWithDemo();
            void navigate('/');
          }}
        >
          {t('signIn.demo')}
        </Button>
      </Stack>
    </Paper>
  );
}
