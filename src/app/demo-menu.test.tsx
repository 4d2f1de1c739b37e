import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SimConfig, SimControls } from '../mocks/controls';
import { renderWithProviders } from '../test/render';
import { DemoMenu } from './demo-menu';

function fakeDemo() {
  let config: SimConfig = { transitionMs: 3000, chaosRate: 0, chaosKinds: ['server-error'], extraServers: 0, unavailableZones: [], autoConfirmResize: true, quota: { instances: 50, cores: 200, ram: 512000, keypairs: 100 } };
  const controls = {
    getConfig: () => config,
    setConfig: vi.fn((patch: Partial<SimConfig>) => {
      config = { ...config, ...patch };
    }),
    reset: vi.fn(),
  } satisfies SimControls;
  return { controls, reset: vi.fn(() => Promise.resolve()) };
}

describe('DemoMenu', () => {
  it('is absent outside demo mode', () => {
    renderWithProviders(<DemoMenu />);
    expect(screen.queryByRole('button', { name: 'Demo settings' })).not.toBeInTheDocument();
  });

  it('changes the transition speed and the injected failure rate of the simulated cloud', async () => {
    const demo = fakeDemo();
    const { user } = renderWithProviders(<DemoMenu />, { demo });
    await user.click(screen.getByRole('button', { name: 'Demo settings' }));
    expect(await screen.findByRole('menuitemradio', { name: 'Normal (3 s a step)' })).toHaveAttribute('aria-checked', 'true');

    await user.click(screen.getByRole('menuitemradio', { name: 'Slow (10 s a step)' }));
    expect(demo.controls.setConfig).toHaveBeenCalledWith({ transitionMs: 10_000 });
    expect(screen.getByRole('menuitemradio', { name: 'Slow (10 s a step)' })).toHaveAttribute('aria-checked', 'true');

    await user.click(screen.getByRole('menuitemradio', { name: 'Many (20% of requests)' }));
    expect(demo.controls.setConfig).toHaveBeenLastCalledWith({ chaosRate: 0.2 });
    expect(screen.getByRole('menuitemradio', { name: 'None' })).toHaveAttribute('aria-checked', 'false');
  });

  it('turns the automatic confirmation of resizes off, so a resized instance waits in VERIFY_RESIZE as on OpenStack', async () => {
    const demo = fakeDemo();
    const { user } = renderWithProviders(<DemoMenu />, { demo });
    await user.click(screen.getByRole('button', { name: 'Demo settings' }));
    const item = await screen.findByRole('menuitemcheckbox', { name: 'Confirm resizes automatically (as NHN Cloud does)' });
    expect(item).toHaveAttribute('aria-checked', 'true');
    await user.click(item);
    expect(demo.controls.setConfig).toHaveBeenLastCalledWith({ autoConfirmResize: false });
    expect(screen.getByRole('menuitemcheckbox', { name: 'Confirm resizes automatically (as NHN Cloud does)' })).toHaveAttribute('aria-checked', 'false');
  });

  it('resets the demo data after confirmation and drops the cached data', async () => {
    const demo = fakeDemo();
    const { user, queryClient } = renderWithProviders(<DemoMenu />, { demo });
    queryClient.setQueryData(['servers'], ['stale']);

    await user.click(screen.getByRole('button', { name: 'Demo settings' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset demo data?' });
    expect(demo.reset).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    expect(demo.reset).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('The demo data was reset.')).toBeInTheDocument();
    expect(queryClient.getQueryData(['servers'])).toBeUndefined();
    expect(dialog).not.toBeInTheDocument();
  });

  it('cancelling the confirmation keeps the data', async () => {
    const demo = fakeDemo();
    const { user } = renderWithProviders(<DemoMenu />, { demo });
    await user.click(screen.getByRole('button', { name: 'Demo settings' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data…' }));
    await screen.findByRole('dialog', { name: 'Reset demo data?' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(demo.reset).not.toHaveBeenCalled();
  });

  it('sets the quotas of the simulated cloud (RAM in GB, -1 unlimited), refusing an empty field', async () => {
    const demo = fakeDemo();
    const { user } = renderWithProviders(<DemoMenu />, { demo });
    await user.click(screen.getByRole('button', { name: 'Demo settings' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Quotas…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Quotas of the demo project' });
    const cores = within(dialog).getByRole('textbox', { name: 'vCPUs' });
    expect(cores).toHaveValue('200');
    expect(within(dialog).getByRole('textbox', { name: 'RAM (GB)' })).toHaveValue('500');

    await user.clear(cores);
    await user.click(within(dialog).getByRole('button', { name: 'Save quotas' }));
    expect(cores).toHaveAccessibleDescription('A whole number, or -1 for unlimited');
    expect(demo.controls.setConfig).not.toHaveBeenCalled();

    await user.clear(cores);
    await user.type(cores, '4');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Key pairs' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Key pairs' }), '-1');
    await user.click(within(dialog).getByRole('button', { name: 'Save quotas' }));
    expect(demo.controls.setConfig).toHaveBeenLastCalledWith({ quota: { instances: 50, cores: 4, ram: 512000, keypairs: -1 } });
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });
});
