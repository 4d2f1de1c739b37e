import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../api/session';
import { LiveSessionHost } from '../features/session/live-session-host';
import { sessionIntent, useSessionIntent } from '../features/session/session-intent';
import { ErrorDetails } from '../lib/ui/error-details';
import { resetDemo, startDemo } from './demo-bootstrap';
import { DemoContext, type DemoMode } from './demo-context';
import { useSession } from './use-session';

type BootState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; demo: DemoMode };

function initialState(): BootState {
  // A live session (restored from this tab) needs no simulated cloud, nor does the sign-in page.
  if (sessionStore.get()?.mode === 'live' || sessionIntent.get().intent === 'sign-in') return { status: 'idle' };
  return { status: 'starting' };
}

/**
 * Renders its children once the console knows which cloud it talks to: a live session (with the services that
 * keep it: the sign-in dialog and the expiry warning), the sign-in page without any, or the demo after the
 * simulated cloud started and signed in.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['shell', 'common']);
  const session = useSession();
  const { intent, demoRequests } = useSessionIntent();
  const [state, setState] = useState<BootState>(initialState);
  const [handledRequests, setHandledRequests] = useState(demoRequests);
  // "Continue with the demo" on the sign-in page: start (and sign in to) the demo again.
  if (demoRequests !== handledRequests) {
    setHandledRequests(demoRequests);
    setState({ status: 'starting' });
  }
  const starting = state.status === 'starting';

  useEffect(() => {
    if (!starting) return;
    let current = true;
    startDemo().then(
      (controls) => current && setState({ status: 'ready', demo: { controls, reset: () => resetDemo(controls) } }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [starting]);

  if (session?.mode === 'live') {
    return (
      <DemoContext.Provider value={null}>
        {children}
        <LiveSessionHost />
      </DemoContext.Provider>
    );
  }
  if (session === null && intent === 'sign-in' && !starting) {
    return <DemoContext.Provider value={null}>{children}</DemoContext.Provider>;
  }
  if (state.status === 'ready') {
    return <DemoContext.Provider value={state.demo}>{children}</DemoContext.Provider>;
  }

  return (
    <Center mih="100vh" p="md" component="main">
      {state.status === 'failed' ? (
        <Alert role="alert" color="red" icon={<IconAlertTriangle aria-hidden />} maw={560}>
          <Stack gap="sm">
            <Title order={1} size="h4">
              {t('bootstrap.failedTitle')}
            </Title>
            <Text size="sm">{t('bootstrap.failedBody')}</Text>
            <ErrorDetails error={state.error} />
            <Group>
              <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setState({ status: 'starting' })}>
                {t('common:actions.retry')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Stack align="center" gap="sm">
          <Loader aria-hidden />
          <Text role="status">{t('bootstrap.starting')}</Text>
        </Stack>
      )}
    </Center>
  );
}
