import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server as mswServer } from '../../../../test/msw-server';
import { renderWithProviders } from '../../../../test/render';
import { setSimQuota, simUsage } from '../../../../test/sim-quota';
import { fetchSimServer, withSimSession } from '../../detail/test-support';
import { UnshelveDialog } from './unshelve-dialog';

withSimSession();

afterEach(() => {
  mswServer.events.removeAllListeners();
});

const warningName = "This would exceed the project's quota";

describe('UnshelveDialog', () => {
  it('warns that the offloaded flavor no longer fits, lets it be sent, and shows the refusal', async () => {
    const used = await simUsage();
    // shelved-offloaded is an m2.c2m4 (2 vCPUs, 4 GB); 2 GB of RAM are left.
    setSimQuota({ ram: used.ram + 2048, cores: -1, instances: -1 });
    const server = await fetchSimServer('shelved-offloaded');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<UnshelveDialog server={server} onClose={onClose} />);
    const warning = await screen.findByRole('status', { name: warningName });
    expect(warning).toHaveTextContent('RAM: this needs 4 GB, 2 GB are left (2 GB over)');
    expect(screen.getByText('vCPUs: +2, unlimited')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start terminated instance' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Quota exceeded for ram');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('does not warn exactly at the limit, starts it, and asks GET /limits again', async () => {
    const used = await simUsage();
    setSimQuota({ ram: used.ram + 4096, cores: used.cores + 2 });
    let asked = 0;
    mswServer.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/limits')) asked += 1;
    });
    const server = await fetchSimServer('shelved-offloaded');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<UnshelveDialog server={server} onClose={onClose} />);
    expect(await screen.findByText(/^vCPUs: \+2, 2 of \d+ left$/)).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: warningName })).not.toBeInTheDocument();
    const before = asked;
    await user.click(screen.getByRole('button', { name: 'Start terminated instance' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    await waitFor(() => expect(asked).toBeGreaterThan(before));
    expect((await fetchSimServer('shelved-offloaded'))['OS-EXT-STS:task_state']).toBe('unshelving');
  });
});
