import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api/session';
import { sim, SIM_TENANT_ID } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render';
import { SESSION_STORAGE_KEY } from './session-storage';
import { testConsoleConfig, useTestProxy } from './test-proxy';

// A lazy page chunk and the first requests can take more than a second on a busy machine.
beforeAll(() => configure({ asyncUtilTimeout: 5_000 }));
afterAll(() => configure({ asyncUtilTimeout: 1_000 }));

beforeEach(() => {
  useTestProxy();
  // jsdom has no layout; Mantine's combobox scrolls the active option into view.
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => sessionStorage.clear());

async function fillPasswordForm(user: ReturnType<typeof renderApp>['user'], values: { tenant?: string; user?: string; password?: string } = {}) {
  await user.type(await screen.findByRole('textbox', { name: /Tenant ID/ }), values.tenant ?? SIM_TENANT_ID);
  await user.type(screen.getByRole('textbox', { name: /^User/ }), values.user ?? 'demo@example.com');
  await user.type(screen.getByLabelText(/API password/), values.password ?? 'demo');
}

describe('the sign-in page', () => {
  it('offers the four regions, says the US region closed, and tells where to find the tenant ID', async () => {
    const { user } = renderApp({ url: '/sign-in' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to NHN Cloud' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Sign in to NHN Cloud · Instance Console'));
    const region = await screen.findByRole('combobox', { name: /Region/ });
    expect(region).toHaveValue('KR1 · Pangyo');
    expect(screen.getByText('The US (California) region closed on 31 March 2026 and is not offered.')).toBeInTheDocument();
    await user.click(region);
    const options = within(await screen.findByRole('listbox')).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['KR1 · Pangyo', 'KR2 · Pyeongchon', 'KR3 · Gwangju', 'JP1 · Tokyo']);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Where do I find these?' }));
    await waitFor(() => expect(screen.getByText(/choose Set API Endpoint/)).toBeVisible());
    expect(screen.getByText('Tokens are issued by http://localhost/sim/identity/v2.0')).toBeInTheDocument();
  });

  it('signs in, keeps the token in this tab only, and opens the console', async () => {
    const { user, router } = renderApp({ url: '/sign-in?next=%2Fkey-pairs' });
    await fillPasswordForm(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await expect.poll(() => router.state.location.pathname, { timeout: 5_000 }).toBe('/key-pairs');
    expect(sessionStore.get()).toMatchObject({ mode: 'live', region: 'KR1', tenantId: SIM_TENANT_ID, userName: 'demo@example.com' });
    const stored = sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '';
    expect(stored).toContain(sessionStore.get()?.token);
    expect(stored).not.toContain('"demo"');
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(router.state.location.search).not.toContain('demo');
  });

  it("shows the identity service's own message, keeps what was typed, and signs in on the next try", async () => {
    const { user, router } = renderApp({ url: '/sign-in' });
    await fillPasswordForm(user, { password: 'wrong' });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The identity service refused the sign-in');
    expect(alert).toHaveTextContent('Invalid user / password');
    expect(alert).toHaveTextContent('not the console login password');
    expect(screen.getByRole('textbox', { name: /Tenant ID/ })).toHaveValue(SIM_TENANT_ID);

    const password = screen.getByLabelText(/API password/);
    await user.clear(password);
    await user.type(password, 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await expect.poll(() => router.state.location.pathname, { timeout: 5_000 }).toBe('/overview');
  });

  it('says when the chosen region has no compute endpoint and which regions do', async () => {
    const { user } = renderApp({ url: '/sign-in' });
    await user.click(await screen.findByRole('combobox', { name: /Region/ }));
    await user.click(await screen.findByRole('option', { name: 'KR3 · Gwangju' }));
    await fillPasswordForm(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No compute service in this region');
    expect(alert).toHaveTextContent('The project\'s service catalog has no compute endpoint in region KR3. Regions with one: KR1, KR2.');
    expect(sessionStore.get()).toBeNull();
  });

  it('checks the fields before sending anything', async () => {
    const { user } = renderApp({ url: '/sign-in' });
    await user.type(await screen.findByRole('textbox', { name: /Tenant ID/ }), 'not-a-tenant');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('A tenant ID is 32 hexadecimal characters (0–9, a–f).')).toBeInTheDocument();
    expect(screen.getByText('Enter your NHN Cloud ID or IAM ID.')).toBeInTheDocument();
    expect(screen.getByText('Enter the API password.')).toBeInTheDocument();
  });

  it('says what failed when the identity service cannot be reached', async () => {
    server.use(
      http.post('/proxy/http/localhost/sim/identity/v2.0/tokens', () =>
        HttpResponse.json({ error: { code: 502, title: 'Bad Gateway', message: 'Could not reach http://localhost: ECONNREFUSED.' } }, { status: 502 }),
      ),
    );
    const { user } = renderApp({ url: '/sign-in' });
    await fillPasswordForm(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The cloud could not be reached');
    expect(alert).toHaveTextContent('Could not reach http://localhost: ECONNREFUSED.');
  });

  it('explains that live mode needs the console server when /config.json is missing, and still offers the demo', async () => {
    server.use(http.get('/config.json', () => new HttpResponse('Not found', { status: 404 })));
    renderApp({ url: '/sign-in' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Live mode is not available here');
    expect(screen.getByRole('button', { name: 'Continue with the demo' })).toBeInTheDocument();
  });

  it('keeps the chosen method in the URL and signs in with an existing token and endpoint URLs', async () => {
    const { user, router } = renderApp({ url: '/sign-in' });
    await user.click(await screen.findByRole('tab', { name: 'Existing token' }));
    expect(router.state.location.search).toBe('?method=token');
    await user.type(screen.getByLabelText(/^Token/), sim.issueToken());
    await user.type(screen.getByRole('textbox', { name: /Tenant ID/ }), SIM_TENANT_ID);
    await user.type(screen.getByRole('combobox', { name: /^Region/ }), 'RegionOne');
    await user.click(screen.getByRole('radio', { name: 'Enter URLs' }));
    await user.type(screen.getByRole('textbox', { name: /Compute \(Nova\) URL/ }), 'https://nova.elsewhere.test/v2/x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText("This server's proxy does not reach https://nova.elsewhere.test.")).toBeInTheDocument();

    const compute = screen.getByRole('textbox', { name: /Compute \(Nova\) URL/ });
    await user.clear(compute);
    await user.type(compute, `http://localhost/sim/compute/v2/${SIM_TENANT_ID}`);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await expect.poll(() => router.state.location.pathname, { timeout: 5_000 }).toBe('/overview');
    expect(sessionStore.get()).toMatchObject({ region: 'RegionOne', expiresAt: null, endpoints: { compute: `/proxy/http/localhost/sim/compute/v2/${SIM_TENANT_ID}` } });
  });

  it('without an identity service on the server: says password sign-in is unavailable, and signs in with a token and URLs', async () => {
    useTestProxy({ ...testConsoleConfig, identity: { v2: null, v3: null } });
    const { user, router } = renderApp({ url: '/sign-in' });
    // The token comes first, with typed URLs: there is no catalog to take them from.
    expect(await screen.findByRole('tab', { name: 'Existing token', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Enter URLs' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'From the service catalog' })).toBeDisabled();
    expect(screen.getByText(/reaches no identity service, so the endpoints cannot come from a catalog/)).toBeInTheDocument();
    expect(screen.queryByText(/Tokens are issued by/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'NHN Cloud' }));
    expect(await screen.findByText('Sign-in by password is not available on this console')).toBeInTheDocument();
    expect(screen.queryByLabelText(/API password/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Existing token' }));
    const paste = async (field: HTMLElement, text: string) => {
      await user.click(field);
      await user.paste(text);
    };
    await paste(screen.getByLabelText(/^Token/), sim.issueToken());
    await paste(screen.getByRole('textbox', { name: /Tenant ID/ }), SIM_TENANT_ID);
    await paste(screen.getByRole('combobox', { name: /^Region/ }), 'RegionOne');
    await paste(screen.getByRole('textbox', { name: /Compute \(Nova\) URL/ }), `http://localhost/sim/compute/v2/${SIM_TENANT_ID}`);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await expect.poll(() => router.state.location.pathname, { timeout: 5_000 }).toBe('/overview');
    expect(sessionStore.get()).toMatchObject({ region: 'RegionOne', endpoints: { compute: `/proxy/http/localhost/sim/compute/v2/${SIM_TENANT_ID}` } });
  }, 40_000);
});
