import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sim, SIM_BASE_URL, SIM_TENANT_ID, simClock } from '../../mocks/node';
import { server as mswServer } from '../../test/msw-server';
import { renderApp } from '../../test/render';
import { simServerId, withSimSession } from './detail/test-support';
import { InstanceDetailPage } from './instance-detail-page';

withSimSession();

const routes = [
  { path: '/instances/:serverId', element: <InstanceDetailPage /> },
  { path: '/instances', element: <h1>Instance list</h1> },
  { path: '/key-pairs', element: <h1>Key pairs</h1> },
  { path: '/instances/new', element: <h1>Create instance</h1> },
];

function open(name: string, query = '') {
  return renderApp({ url: `/instances/${simServerId(name)}${query}`, routes });
}

describe('the instance detail page', () => {
  it('shows every field of Get Instance on the overview', async () => {
    open('error');
    expect(await screen.findByRole('heading', { level: 1, name: 'error' })).toBeInTheDocument();
    const fault = screen.getByRole('alert');
    expect(fault).toHaveTextContent('Fault recorded by the API');
    expect(fault).toHaveTextContent(/Connection to the hypervisor is broken on host/);
    const status = screen.getByRole('region', { name: 'Status' });
    expect(within(status).getByText('Shut down (4)')).toBeInTheDocument();
    expect(within(status).getByText('error')).toBeInTheDocument();
    expect(await screen.findByText(/2 vCPU · 4 GB RAM/)).toBeInTheDocument();
    expect(screen.getByText('m2.c2m4')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'demo-key' })).toHaveAttribute('href', '/key-pairs');
    expect(screen.getByText('kr-pub-b')).toBeInTheDocument();
    expect(screen.getByText(SIM_TENANT_ID)).toBeInTheDocument();
    // launched_at has no zone: it is UTC, shown in the user's zone with the offset on hover.
    expect(screen.getByText('Launched').nextElementSibling).not.toHaveTextContent('—');
    expect(await screen.findByText('Ubuntu Server 22.04 LTS (2025.07.15)')).toBeInTheDocument();
  });

  it('reads the OS and the login user from the image itself when the metadata has none (upstream Nova)', async () => {
    const seeded = sim.state().servers.find((candidate) => candidate.name === 'active' && !candidate.deleted);
    if (!seeded?.imageId) throw new Error('the seed changed: active has no image');
    seeded.metadata = {};
    const { user } = open('active');
    expect(await screen.findByRole('heading', { level: 1, name: 'active' })).toBeInTheDocument();
    expect(await screen.findByText('Ubuntu Server 22.04 LTS')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Connect' }));
    expect(await screen.findByText(/^ssh -i demo-key\.pem ubuntu@/)).toBeInTheDocument();
  });

  it('says "booted from a volume" for image ""', async () => {
    open('volume-boot');
    expect(await screen.findByText('Booted from a volume (no image)')).toBeInTheDocument();
  });

  it('keeps the tab in the URL', async () => {
    const { user, router } = open('public-web');
    await screen.findByRole('heading', { level: 1, name: 'public-web' });
    await user.click(screen.getByRole('tab', { name: 'Network' }));
    expect(router.state.location.search).toBe('?tab=network');
    const table = screen.getByRole('table', { name: 'Addresses of every port, by network' });
    expect(within(table).getByText('133.186.151.32')).toBeInTheDocument();
    expect(within(table).getByText('Floating')).toBeInTheDocument();
    expect(within(table).getAllByText(/^fa:16:3e:/).length).toBeGreaterThan(0);
  });

  it('opens on the tab the URL names', async () => {
    open('active', '?tab=metadata');
    expect(await screen.findByRole('tab', { name: 'Metadata', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /metadata items/ })).toBeInTheDocument();
  });

  it('says the instance no longer exists after a 404, with a way back', async () => {
    const { user, router } = renderApp({ url: '/instances/00000000-0000-4000-8000-000000000000', routes });
    expect(await screen.findByRole('heading', { name: 'This instance no longer exists' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to the instance list' }));
    expect(router.state.location.pathname).toBe('/instances');
  });

  it('shows a failed load with the server message and Retry', async () => {
    const id = simServerId('active');
    mswServer.use(
      http.get(`${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}/servers/${id}`, () =>
        HttpResponse.json({ computeFault: { code: 500, message: 'Unexpected API Error.' } }, { status: 500 }), { once: true }),
    );
    const { user } = open('active');
    expect(await screen.findByText('Unexpected API Error.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'active' })).toBeInTheDocument();
  });

  it('links "Create similar" to the wizard with this instance', async () => {
    open('active');
    const link = await screen.findByRole('link', { name: 'Create similar' });
    expect(link).toHaveAttribute('href', `/instances/new?from=${simServerId('active')}`);
  });

  it('refreshes to show a change made behind its back', async () => {
    const { user } = open('build');
    expect(await screen.findByRole('heading', { level: 1, name: 'build' })).toBeInTheDocument();
    expect(screen.getAllByText('Building').length).toBeGreaterThan(0);
    simClock.advance(60_000);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getAllByText('Active').length).toBeGreaterThan(0));
  });

  it('asks to confirm or revert a resize in VERIFY_RESIZE; Confirm resize sends confirmResize and the page follows it to ACTIVE', async () => {
    const { user } = open('verify-resize');
    const decision = await screen.findByRole('region', { name: 'verify-resize was resized to m2.c4m8' });
    expect(decision).toHaveTextContent('confirm to keep the new flavor, or revert to go back to the old one');
    const revert = within(decision).getByRole('button', { name: 'Revert resize' });
    expect(revert).toBeEnabled();
    await user.click(within(decision).getByRole('button', { name: 'Confirm resize' }));

    await waitFor(() => expect(sim.state().servers.find((s) => s.name === 'verify-resize')?.resize?.decided).toBe('confirm'));
    // Nova's 204 changes nothing the record shows yet: a second click must not send it again.
    await waitFor(() =>
      expect(within(decision).getByRole('button', { name: 'Confirm resize' })).toHaveAccessibleDescription(
        'Confirm resize was requested; waiting for the API to show it.',
      ),
    );
    expect(within(decision).getByRole('button', { name: 'Confirm resize' })).toBeDisabled();

    simClock.advance(1000);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('verify-resize is now Active (ACTIVE).')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /was resized/ })).not.toBeInTheDocument();
  });

  it('asks nothing of a server that is not waiting for a resize decision', async () => {
    open('active');
    await screen.findByRole('heading', { level: 1, name: 'active' });
    expect(screen.queryByRole('button', { name: 'Confirm resize' })).not.toBeInTheDocument();
  });

  it('shows a name with a bidi override as it is (heading, breadcrumb, tab title) and quotes a hostile login user', async () => {
    const id = simServerId('private-db');
    const seeded = sim.state().servers.find((candidate) => candidate.id === id)!;
    seeded.name = 'safe\u202egnp.exe';
    seeded.metadata = { ...seeded.metadata, login_username: 'root; touch /tmp/x #' };
    const { user } = renderApp({ url: `/instances/${id}`, routes });
    const shown = 'safe\\u202Egnp.exe';
    const heading = await screen.findByRole('heading', { level: 1, name: shown });
    expect(heading.querySelector('[data-hidden-character]')).toHaveTextContent('\\u202E');
    expect(screen.getByRole('link', { name: 'Instances' }).parentElement).toHaveTextContent(shown);
    await waitFor(() => expect(document.title).toBe(`${shown} · Instance Console`));
    expect(document.body.innerHTML).not.toContain('\u202e');

    await user.click(screen.getByRole('tab', { name: 'Connect' }));
    expect(await screen.findByText(/^ssh -i \S+ 'root; touch \/tmp\/x #@[\d.]+'$/)).toBeInTheDocument();
  });
});
