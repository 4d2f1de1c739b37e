import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, createRoutesFromElements, type RouteObject, RouterProvider } from 'react-router-dom';
import { listFlavors } from '../api/flavors';
import { sessionStore } from '../api/session';
import { settleReauth } from '../features/session/reauth-store';
import { SESSION_STORAGE_KEY } from '../features/session/session-storage';
import { commitSignIn, signInWithPassword } from '../features/session/sign-in';
import { testConsoleConfig, useTestProxy } from '../features/session/test-proxy';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { sim, simClock, SIM_TENANT_ID } from '../mocks/node';
import { server } from '../test/msw-server';
import { createTestQueryClient } from '../test/render';
import { ConsoleMantineProvider } from './mantine-provider';
import { appRoutes as appRouteElements } from './routes';
import { SessionGate } from './session-gate';
import { getByRoleHolding } from '../test/queries';

const appRoutes = createRoutesFromElements(appRouteElements);

/** A page with data from the cloud and a half-filled form: both must survive a sign-in in the middle. */
function Probe() {
  const flavors = useQuery({ queryKey: ['probe-flavors'], queryFn: ({ signal }) => listFlavors({}, signal), retry: false });
  return (
    <main>
      <label>
        Draft name <input />
      </label>
      <button type="button" onClick={() => void flavors.refetch()}>
        Reload flavors
      </button>
      {flavors.data && <p>{flavors.data.length} flavors</p>}
      {flavors.error && <p>failed: {flavors.error.message}</p>}
    </main>
  );
}

const queryClient = createTestQueryClient();

/** Signs in to the simulated cloud; `expiresInMs` shortens what the console believes of the token's life. */
async function signInLive(expiresInMs?: number) {
  const result = await signInWithPassword(testConsoleConfig, { region: 'KR1', tenantId: SIM_TENANT_ID, userName: 'demo@example.com', password: 'demo' });
  const expiresAt = expiresInMs === undefined ? result.session.expiresAt : new Date(Date.now() + expiresInMs).toISOString();
  commitSignIn({ ...result, session: { ...result.session, expiresAt } }, queryClient);
  return result.session.token;
}

function renderLive(routes: RouteObject[], url: string) {
  void i18n.changeLanguage('en');
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <ConsoleMantineProvider env="test">
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>
            <Notifications />
            <SessionGate>
              <RouterProvider router={router} />
            </SessionGate>
          </ModalsProvider>
        </QueryClientProvider>
      </ConsoleMantineProvider>
    </I18nextProvider>,
  );
  return { router, user };
}

let flavorRequests = 0;
const countFlavors = ({ request }: { request: Request }) => {
  if (new URL(request.url).pathname.endsWith('/flavors')) flavorRequests += 1;
};

// A lazy page chunk and the first requests can take more than a second on a busy machine.
beforeAll(() => configure({ asyncUtilTimeout: 5_000 }));
afterAll(() => configure({ asyncUtilTimeout: 1_000 }));

beforeEach(() => {
  // The console times the token's expiry with the real clock: the simulated cloud's must agree.
  simClock.set(Date.now());
  useTestProxy();
  flavorRequests = 0;
  server.events.on('request:start', countFlavors);
});

afterEach(() => {
  server.events.removeListener('request:start', countFlavors);
  settleReauth(undefined);
  sessionStorage.clear();
  queryClient.clear();
});

describe('live mode: a 401 in the middle of a session', () => {
  it('opens the sign-in dialog over the page, then repeats the request; the page and its form stay', async () => {
    const oldToken = await signInLive();
    const { user } = renderLive([{ path: '/probe', element: <Probe /> }], '/probe');
    expect(await screen.findByText(/^\d+ flavors$/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Draft name' }), 'half-filled');

    sim.controls.revokeToken(oldToken);
    const before = flavorRequests;
    await user.click(screen.getByRole('button', { name: 'Reload flavors' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in again' });
    expect(dialog).toHaveTextContent('the cloud no longer accepts its token');
    expect(dialog).toHaveTextContent(`Region KR1 · Tenant ${SIM_TENANT_ID}`);
    expect(within(dialog).getByRole('textbox', { name: /User/ })).toHaveValue('demo@example.com');
    expect(within(dialog).getByLabelText(/API password/)).toHaveValue('');

    await user.type(within(dialog).getByLabelText(/API password/), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    // The 401, then the same request again with the new token.
    expect(flavorRequests - before).toBe(2);
    expect(screen.getByText(/^\d+ flavors$/)).toBeInTheDocument();
    expect(screen.queryByText(/^failed:/)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveValue('half-filled');
    expect(sessionStore.get()?.token).not.toBe(oldToken);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toContain(sessionStore.get()?.token);
  });

  it('lets the request fail with its 401 when the dialog is cancelled', async () => {
    const token = await signInLive();
    const { user } = renderLive([{ path: '/probe', element: <Probe /> }], '/probe');
    await screen.findByText(/^\d+ flavors$/);
    sim.controls.revokeToken(token);
    await user.click(screen.getByRole('button', { name: 'Reload flavors' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in again' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('failed: The request you have made requires authentication.')).toBeInTheDocument();
  });
});

describe('live mode: expiry and sign-out', () => {
  it('warns ten minutes before the token expires and offers to sign in again', async () => {
    await signInLive(5 * 60_000);
    const { user } = renderLive([{ path: '/probe', element: <Probe /> }], '/probe');
    await screen.findByText('Your session expires soon');
    const warning = getByRoleHolding(document.body, 'alert', (alert) => alert.queryByText('Your session expires soon'));
    expect(warning).toHaveTextContent(/The token expires in (5|4) minutes/);
    await user.click(within(warning).getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('dialog', { name: 'Sign in again' })).toHaveTextContent(/Your token expires in (5|4) minutes/);
  });

  it('shows region, tenant and expiry in the header, and sign-out forgets the session, the cache and the storage', async () => {
    await signInLive(42 * 60_000 + 30_000);
    queryClient.setQueryData(['servers', 'cached'], ['from the live project']);
    const { user, router } = renderLive(appRoutes, '/zones');
    const menu = await screen.findByRole('button', { name: `Session: region KR1, tenant ${SIM_TENANT_ID.slice(0, 8)}, expires in 42 minutes, NHN Cloud` });
    await user.click(menu);
    const panel = await screen.findByRole('dialog', { name: 'Signed in' });
    expect(panel).toHaveTextContent('demo@example.com');
    expect(panel).toHaveTextContent(SIM_TENANT_ID);
    // The simulated cloud lists NHN's VPC subnets: the session is NHN Cloud's.
    expect(panel).toHaveTextContent('CloudNHN Cloud');
    await user.click(within(panel).getByRole('button', { name: 'Sign out' }));

    await expect.poll(() => router.state.location.pathname).toBe('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to NHN Cloud' })).toBeInTheDocument();
    expect(sessionStore.get()).toBeNull();
    expect(sessionStorage.length).toBe(0);
    expect(queryClient.getQueryData(['servers', 'cached'])).toBeUndefined();
    expect(screen.queryByText('Starting the simulated cloud…')).not.toBeInTheDocument();
  });
});
