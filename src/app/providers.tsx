import { localStorageColorSchemeManager } from '@mantine/core';
import { notificationsStore, useNotifications } from '@mantine/notifications';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { ClockProvider } from '../lib/time-ago';
import { ConsoleMantineProvider } from './mantine-provider';
import { ModalsOnDemand } from './modals-on-demand';

// "auto" follows the system until the user picks light or dark; the choice is kept in localStorage.
const colorSchemeManager = localStorageColorSchemeManager({ key: 'instance-console.color-scheme' });

// The toasts' container (and its transitions) loads with the first toast: the store holds the toast meanwhile, placed
// top right as the container would place it, and the container shows it when it mounts a moment later.
const NotificationsHost = lazy(async () => ({ default: (await import('./notifications-host')).NotificationsHost }));
notificationsStore.setState({ ...notificationsStore.getState(), defaultPosition: 'top-right' });

function LazyNotifications() {
  const shown = useNotifications().notifications.length > 0;
  const [needed, setNeeded] = useState(shown);
  if (shown && !needed) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  ) : null;
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ConsoleMantineProvider defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
        <QueryClientProvider client={queryClient}>
          <ModalsOnDemand />
          <LazyNotifications />
          <ClockProvider>{children}</ClockProvider>
        </QueryClientProvider>
      </ConsoleMantineProvider>
    </I18nextProvider>
  );
}
