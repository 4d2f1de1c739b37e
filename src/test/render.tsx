import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, createRoutesFromElements, MemoryRouter, type RouteObject, RouterProvider } from 'react-router-dom';
import { DemoContext, type DemoMode } from '../app/demo-context';
import { appRoutes } from '../app/routes';
import { ConsoleMantineProvider } from '../app/mantine-provider';
import { i18n } from '../i18n/i18n';
import { ClockProvider } from '../lib/time-ago';

export interface RenderOptions {
  /** The URL the MemoryRouter starts at. Default "/". */
  url?: string;
  /** Defaults to a fresh client per call (see createTestQueryClient). */
  queryClient?: QueryClient;
  /** Demo mode (the simulated cloud's controls), for components that show the Demo menu. Default none. */
  demo?: DemoMode | null;
  /** For renderApp: the route tree. Defaults to the console's own routes. */
  routes?: RouteObject[];
}

export interface RenderWithProvidersResult extends RenderResult {
  user: UserEvent;
  queryClient: QueryClient;
}

/** A QueryClient without retries (a failing query fails at once) and no garbage-collection timers left behind. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: 0 }, mutations: { retry: false } },
  });
}

function Providers({ queryClient, demo, children }: { queryClient: QueryClient; demo: DemoMode | null; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ConsoleMantineProvider env="test">
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>
            <Notifications />
            <DemoContext.Provider value={demo}>
              <ClockProvider>{children}</ClockProvider>
            </DemoContext.Provider>
          </ModalsProvider>
        </QueryClientProvider>
      </ConsoleMantineProvider>
    </I18nextProvider>
  );
}

function setUp(options: RenderOptions) {
  // Tests read English whatever an earlier test switched to; resources are bundled, so this is immediate.
  void i18n.changeLanguage('en');
  return { queryClient: options.queryClient ?? createTestQueryClient(), demo: options.demo ?? null, user: userEvent.setup() };
}

/** Renders a component with the app's providers (Mantine env="test", fresh QueryClient, English) in a MemoryRouter. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderWithProvidersResult {
  const { queryClient, demo, user } = setUp(options);
  const result = render(
    <Providers queryClient={queryClient} demo={demo}>
      <MemoryRouter initialEntries={[options.url ?? '/']}>{ui}</MemoryRouter>
    </Providers>,
  );
  return { ...result, user, queryClient };
}

/** Renders the whole console (shell, lazy pages, error boundaries) at a URL, without the demo bootstrap. */
export function renderApp(options: RenderOptions = {}): RenderWithProvidersResult & { router: ReturnType<typeof createMemoryRouter> } {
  const { queryClient, demo, user } = setUp(options);
  const router = createMemoryRouter(options.routes ?? createRoutesFromElements(appRoutes), { initialEntries: [options.url ?? '/'] });
  const result = render(
    <Providers queryClient={queryClient} demo={demo}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, user, queryClient, router };
}
