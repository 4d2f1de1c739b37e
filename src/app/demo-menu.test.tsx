import { screen } from '@testing-library/react';
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
    expect(screen.getByRole('menuitemradio', { name: 'Normal (3 s a step)' })).toHaveAttribute('aria-checked', 'true');

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
    const item = screen.getByRole('menuitemcheckbox', { name: 'Confirm resizes automatically (as NHN Cloud does)' });
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
    await user.click(screen.getByRole('menuitem', { name: 'Reset demo data…' }));
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
    await user.click(screen.getByRole('menuitem', { name: 'Reset demo data…' }));
    await screen.findByRole('dialog', { name: 'Reset demo data?' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(demo.reset).not.toHaveBeenCalled();
  });
});
