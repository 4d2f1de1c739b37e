import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStore } from '../api/session';
import { ErrorDetails } from '../lib/ui/error-details';
import { resetDemo, startDemo } from './demo-bootstrap';
import { DemoContext, type DemoMode } from './demo-context';

type BootState =
  | { status: 'starting' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; demo: DemoMode | null };

function initialState(): BootState {
  // A live session (a later issue) needs no simulated cloud.
  return sessionStore.get()?.mode === 'live' ? { status: 'ready', demo: null } : { status: 'starting' };
}

/** Renders its children once there is a session: in demo mode after the simulated cloud started and signed in. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['shell', 'common']);
  const [state, setState] = useState<BootState>(initialState);
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

  if (state.status === 'ready') {
    return <DemoContext.Provider value={state.demo}>{children}</DemoContext.Provider>;
  }

  return (
    <Center mih="100vh" p="md" component="main">
      {state.status === 'starting' ? (
        <Stack align="center" gap="sm">
          <Loader aria-hidden />
          <Text role="status">{t('bootstrap.starting')}</Text>
        </Stack>
      ) : (
        <Alert role="alert" color="red" icon={<IconAlertTriangle aria-hidden />} maw={560}>
          <Stack gap="sm">
            <Title order={1} size="h4">
              {t('bootstrap.failedTitle')}
            </Title>
            <Text size="sm">{t('bootstrap.failedBody')}</Text>
            <ErrorDetails error={state.error} />
            <Group>
              <Button
                leftSection={<IconRefresh size={16} aria-hidden />}
                onClick={() => setState({ status: 'starting' })}
              >
                {t('common:actions.retry')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Center>
  );
}
