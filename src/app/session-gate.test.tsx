import { screen } from '@testing-library/react';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { sessionIntent } from '../features/session/session-intent';
import type { SimControls } from '../mocks/controls';
import { renderWithProviders } from '../test/render';
import { startDemo } from './demo-bootstrap';
import { useDemoMode } from './demo-context';
import { SessionGate } from './session-gate';

vi.mock('./demo-bootstrap', () => ({ startDemo: vi.fn(), resetDemo: vi.fn() }));

const controls: SimControls = {
  getConfig: () => ({ transitionMs: 3000, chaosRate: 0, chaosKinds: [], extraServers: 0, unavailableZones: [], autoConfirmResize: true, quota: { instances: 50, cores: 200, ram: 512000, keypairs: 100 } }),
  setConfig: () => undefined,
  reset: () => undefined,
};

function Console() {
  return <p>{useDemoMode()?.controls === controls ? 'console in demo mode' : 'console without demo'}</p>;
}

describe('SessionGate', () => {
  beforeEach(() => {
    vi.mocked(startDemo).mockReset();
  });

  it('shows a loading state, then the console with the demo controls', async () => {
    let finish: (value: SimControls) => void = () => undefined;
    vi.mocked(startDemo).mockReturnValue(new Promise((resolve) => (finish = resolve)));
    renderWithProviders(<SessionGate><Console /></SessionGate>);
    expect(screen.getByRole('status')).toHaveTextContent('Starting the simulated cloud…');
    expect(screen.queryByText('console in demo mode')).not.toBeInTheDocument();

    finish(controls);
    expect(await screen.findByText('console in demo mode')).toBeInTheDocument();
  });

  it('explains a failed start and tries again on Retry', async () => {
    const refused = new ApiError({
      kind: 'http', status: 401, faultName: 'Unauthorized', message: 'The request you have made requires authentication.',
      service: 'identity', method: 'POST', path: '/tokens',
    });
    vi.mocked(startDemo).mockRejectedValueOnce(refused).mockResolvedValueOnce(controls);
    const { user } = renderWithProviders(<SessionGate><Console /></SessionGate>);

    expect(await screen.findByRole('heading', { name: 'The demo could not start' })).toBeInTheDocument();
    expect(screen.getByText('The request you have made requires authentication.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('console in demo mode')).toBeInTheDocument();
    expect(startDemo).toHaveBeenCalledTimes(2);
  });

  it('shows the sign-in page without starting the demo, and starts it on "Continue with the demo"', async () => {
    sessionIntent.set('sign-in');
    vi.mocked(startDemo).mockResolvedValue(controls);
    renderWithProviders(<SessionGate><Console /></SessionGate>);
    expect(screen.getByText('console without demo')).toBeInTheDocument();
    expect(startDemo).not.toHaveBeenCalled();

    act(() => sessionIntent.requestDemo());
    expect(await screen.findByText('console in demo mode')).toBeInTheDocument();
    expect(startDemo).toHaveBeenCalledTimes(1);
  });
});
