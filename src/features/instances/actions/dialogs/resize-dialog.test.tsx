import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { SIM_BASE_URL, SIM_TENANT_ID } from '../../../../mocks/node';
import { server as mswServer } from '../../../../test/msw-server';
import { renderWithProviders } from '../../../../test/render';
import { setSimQuota, simUsage } from '../../../../test/sim-quota';
import { fetchSimServer, withSimSession } from '../../detail/test-support';
import { getByRoleHolding } from '../../../../test/queries';
import { ResizeDialog } from './resize-dialog';

withSimSession();

function row(name: string) {
  return getByRoleHolding(document.body, 'row', (cells) => cells.queryByRole('radio', { name }));
}

describe('ResizeDialog', () => {
  it('warns when the growth of the new flavor is more than the quota left, and still sends', async () => {
    const used = await simUsage();
    setSimQuota({ cores: used.cores + 1, ram: -1 });
    const server = await fetchSimServer('shutoff');
    const { user } = renderWithProviders(<ResizeDialog server={server} onClose={() => {}} />);
    // m2.c2m4 → m2.c4m8 grows by 2 vCPUs and 4 GB; c2.c4m4 by 2 vCPUs and no RAM.
    await user.click(await screen.findByRole('radio', { name: 'm2.c4m8' }));
    const warning = await screen.findByRole('status', { name: "This would exceed the project's quota" });
    expect(warning).toHaveTextContent('vCPUs: this needs 2, 1 is left (1 over)');
    expect(screen.getByText('RAM: +4 GB, unlimited')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'c2.c4m4' }));
    expect(screen.queryByText(/^RAM: /)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change to c2.c4m4' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Quota exceeded for cores');
  });

  it('does not warn for a smaller flavor, whatever is left', async () => {
    const used = await simUsage();
    setSimQuota({ cores: used.cores, ram: used.ram });
    const server = await fetchSimServer('win-active');
    const { user } = renderWithProviders(<ResizeDialog server={server} onClose={() => {}} />);
    await user.click(await screen.findByRole('radio', { name: 'm2.c1m2' }));
    await waitFor(() => expect(screen.queryByText(/Checking the project's quota/)).not.toBeInTheDocument());
    expect(screen.queryByRole('status', { name: "This would exceed the project's quota" })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change to m2.c1m2' })).toBeEnabled();
  });

  it('lists every flavor; the ones it cannot take stay visible, disabled, with the reason', async () => {
    const server = await fetchSimServer('active');
    renderWithProviders(<ResizeDialog server={server} onClose={() => {}} />);
    expect(screen.getByText('active is ACTIVE: it is stopped and started again while the flavor changes.')).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'm2.c4m8' })).toBeEnabled();
    expect(screen.getByRole('radio', { name: 'm2.c2m4' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'm2.c2m4' })).toHaveAccessibleDescription('Current flavor');
    expect(screen.getByRole('radio', { name: 'u2.c2m4' })).toHaveAccessibleDescription('No instance can change to a U2 flavor.');
    expect(screen.getByRole('radio', { name: 'g2.t4.c4m32' })).toHaveAccessibleDescription('Only GPU instances can change to a GPU flavor.');
    expect(within(row('r2.c4m16')).getByText('16 GB')).toBeInTheDocument();
    expect(within(row('r2.c4m16')).getByText('Block storage')).toBeInTheDocument();
    expect(within(row('u2.c4m8')).getByText('40 GB')).toBeInTheDocument();
  });

  it('keeps Windows above 2 GB of RAM', async () => {
    const server = await fetchSimServer('win-active');
    renderWithProviders(<ResizeDialog server={server} onClose={() => {}} />);
    expect(await screen.findByRole('radio', { name: 't2.c1m1' })).toHaveAccessibleDescription('Windows needs at least 2 GB of RAM.');
    expect(screen.getByRole('radio', { name: 'm2.c1m2' })).toBeEnabled();
  });

  it('sends the chosen flavor', async () => {
    const server = await fetchSimServer('shutoff');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<ResizeDialog server={server} onClose={onClose} />);
    expect(screen.getByText(/it keeps its status after the change/)).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: 'c2.c4m4' }));
    await user.click(screen.getByRole('button', { name: 'Change to c2.c4m4' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await fetchSimServer('shutoff')).status).toBe('RESIZE');
  });

  it("shows the server's refusal and keeps the choice for another try", async () => {
    const server = await fetchSimServer('shutoff');
    mswServer.use(
      http.post(`${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}/servers/${server.id}/action`, () =>
        HttpResponse.json({ forbidden: { code: 403, message: 'Quota exceeded for cores: Requested 2, but already used 48 of 50 cores' } }, { status: 403 }), { once: true }),
    );
    const onClose = vi.fn();
    const { user } = renderWithProviders(<ResizeDialog server={server} onClose={onClose} />);
    await user.click(await screen.findByRole('radio', { name: 'c2.c4m4' }));
    await user.click(screen.getByRole('button', { name: 'Change to c2.c4m4' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Quota exceeded for cores');
    expect(screen.getByRole('radio', { name: 'c2.c4m4' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Change to c2.c4m4 (try again)' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('filters the list by name', async () => {
    const server = await fetchSimServer('active');
    const { user } = renderWithProviders(<ResizeDialog server={server} onClose={() => {}} />);
    await screen.findByRole('radio', { name: 'm2.c4m8' });
    await user.type(screen.getByRole('textbox', { name: 'Search flavors by name' }), 'r2.');
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'))).toEqual(['r2.c2m8', 'r2.c4m16']);
  });
});
