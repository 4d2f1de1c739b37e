import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serverSchema, type Server } from '../../../api/schemas/server';
import { renderWithProviders } from '../../../test/render';
import { pendingActions } from './pending-actions';
import { usePendingActionNotifications } from './use-pending-action-notifications';
import { getByRoleHolding } from '../../../test/queries';

function server(status: string, extra: Record<string, unknown> = {}): Server {
  return serverSchema.parse({ id: 's1', name: 'web-01', status, links: [], updated: '2026-07-01T09:00:00Z', ...extra });
}

function Listener() {
  usePendingActionNotifications();
  return null;
}


describe('usePendingActionNotifications', () => {
  it('says once when an action reached its goal, however many pages listen', async () => {
    renderWithProviders(
      <>
        <Listener />
        <Listener />
      </>,
    );
    act(() => {
      pendingActions.add(server('ACTIVE'), 'stop');
      pendingActions.observe([server('SHUTOFF', { updated: '2026-07-01T09:00:10Z' })]);
    });
    expect(await screen.findByText('web-01 is now Stopped (SHUTOFF).')).toBeInTheDocument();
    expect(screen.getAllByText('Stop finished')).toHaveLength(1);
    expect(getByRoleHolding(document.body, 'status', (status) => status.queryByText('web-01 is now Stopped (SHUTOFF).'))).toBeInTheDocument();
  });

  it("reports a fall into ERROR with the server's fault message", async () => {
    renderWithProviders(<Listener />);
    act(() => {
      pendingActions.add(server('SHELVED_OFFLOADED'), 'unshelve');
      pendingActions.observe([server('ERROR', { fault: { code: 500, message: 'No valid host was found.' }, updated: '2026-07-01T09:01:00Z' })]);
    });
    expect(await screen.findByText('web-01 fell into ERROR during Start terminated instance')).toBeInTheDocument();
    expect(screen.getByText('No valid host was found.')).toBeInTheDocument();
  });

  it('tells a finished delete, and stops telling once unmounted', async () => {
    const { unmount } = renderWithProviders(<Listener />);
    act(() => {
      pendingActions.add(server('ACTIVE'), 'delete');
      pendingActions.observeGone('s1');
    });
    expect(await screen.findByText('web-01 was deleted.')).toBeInTheDocument();
    unmount();
    let heard = 0;
    const stop = pendingActions.onEvent(() => (heard += 1));
    pendingActions.add(server('ACTIVE'), 'delete');
    pendingActions.observeGone('s1');
    stop();
    expect(heard).toBe(1);
  });

  it('asks for a decision when a resize stops in VERIFY_RESIZE, and tells the status a confirmed resize ended in', async () => {
    renderWithProviders(<Listener />);
    act(() => {
      pendingActions.add(server('ACTIVE'), 'resize');
      pendingActions.observe([server('VERIFY_RESIZE', { updated: '2026-07-01T09:00:10Z' })]);
    });
    expect(await screen.findByText('web-01 now runs on its new flavor and waits for you to confirm or revert the resize.')).toBeInTheDocument();
    act(() => {
      pendingActions.add(server('VERIFY_RESIZE', { 'OS-EXT-STS:power_state': 1, updated: '2026-07-01T09:00:10Z' }), 'confirmResize');
      pendingActions.observe([server('SHUTOFF', { updated: '2026-07-01T09:00:20Z' })]);
    });
    expect(await screen.findByText('web-01 is now Stopped (SHUTOFF).')).toBeInTheDocument();
    expect(screen.getByText('Confirm resize finished')).toBeInTheDocument();
  });
});

