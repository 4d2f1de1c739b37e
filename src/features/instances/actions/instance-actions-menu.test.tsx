import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stopServer } from '../../../api/server-actions';
import { sim, simClock } from '../../../mocks/node';
import { renderWithProviders } from '../../../test/render';
import { fetchSimServer, withSimSession } from '../detail/test-support';
import { InstanceActionsMenu } from './instance-actions-menu';
import { pendingActions } from './pending-actions';
import { getByRoleHolding } from '../../../test/queries';

withSimSession();

async function openMenu(name: string) {
  const server = await fetchSimServer(name);
  const view = renderWithProviders(<InstanceActionsMenu server={server} />);
  await view.user.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  const menu = await screen.findByRole('menu');
  return { ...view, server, menu };
}

describe('InstanceActionsMenu', () => {
  it('lists every action; those that do not apply are disabled with the reason written out', async () => {
    const { menu } = await openMenu('active');
    const items = within(menu).getAllByRole('menuitem');
    expect(items).toHaveLength(16);
    expect(within(menu).getByRole('menuitem', { name: 'Confirm resize' })).toHaveAccessibleDescription(
      'Confirm resize needs VERIFY_RESIZE; this instance is ACTIVE.',
    );
    expect(within(menu).getByRole('menuitem', { name: 'Revert resize' })).toHaveAttribute('aria-disabled', 'true');
    const start = within(menu).getByRole('menuitem', { name: 'Start' });
    expect(start).toHaveAttribute('aria-disabled', 'true');
    expect(start).toHaveAccessibleDescription('Start needs SHUTOFF; this instance is ACTIVE.');
    expect(within(menu).getByText('Start needs SHUTOFF; this instance is ACTIVE.')).toBeVisible();
    expect(within(menu).getByRole('menuitem', { name: 'Stop' })).not.toHaveAttribute('aria-disabled');
    // The flavor rule comes once the flavor list is there: m2 cannot create an image through this API.
    await waitFor(() =>
      expect(within(menu).getByRole('menuitem', { name: 'Create image' })).toHaveAccessibleDescription(/Only U2 instances can create an image/),
    );
  });

  it('says that status actions wait for a running task', async () => {
    await stopServer((await fetchSimServer('active')).id);
    const { menu } = await openMenu('active');
    expect(within(menu).getByRole('menuitem', { name: 'Reboot' })).toHaveAccessibleDescription('Reboot waits until the running task (powering-off) ends.');
    expect(within(menu).getByRole('menuitem', { name: 'Rename' })).not.toHaveAttribute('aria-disabled');
    expect(within(menu).getByRole('menuitem', { name: 'Delete' })).not.toHaveAttribute('aria-disabled');
  });

  it('does nothing when a disabled action is clicked', async () => {
    const { user, menu } = await openMenu('active');
    await user.click(within(menu).getByRole('menuitem', { name: 'Start' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(pendingActions.size()).toBe(0);
  });

  it('asks before stopping, then tracks the stop as requested', async () => {
    const { user, menu, server } = await openMenu('active');
    await user.click(within(menu).getByRole('menuitem', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop active?' });
    expect(dialog).toHaveTextContent('becomes SHUTOFF');
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(pendingActions.get(server.id)).toMatchObject({ action: 'stop', targetStatus: 'SHUTOFF' });
  });

  it("shows the server's 409 in the dialog, keeps it open and lets the user try again", async () => {
    const { user, menu, server } = await openMenu('active');
    // Someone else stops it first: the console's copy still says ACTIVE with no task.
    await stopServer(server.id);
    await user.click(within(menu).getByRole('menuitem', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop active?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(`Cannot 'stop' instance ${server.id} while it is in task_state powering-off`);
    expect(alert).toHaveTextContent('HTTP 409');
    const again = within(dialog).getByRole('button', { name: 'Stop (try again)' });
    await user.click(again);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('task_state powering-off');
    expect(pendingActions.size()).toBe(0);
  });

  it('starts at once, and shows a refused start as a notification with Retry', async () => {
    const { user, menu, server } = await openMenu('shutoff');
    await user.click(within(menu).getByRole('menuitem', { name: 'Start' }));
    await waitFor(() => expect(pendingActions.get(server.id)?.action).toBe('start'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // A second start of the same stale copy: the API says why not, in a notification that offers Retry.
    pendingActions.clear();
    await user.click(screen.getByRole('button', { name: 'Actions for shutoff' }));
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Start' }));
    await screen.findByText('Start failed for shutoff');
    const notification = getByRoleHolding(document.body, 'alert', (alert) => alert.queryByText('Start failed for shutoff'));
    expect(notification).toHaveTextContent(/Cannot 'start' instance .* while it is in task_state powering-on/);
    expect(within(notification).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('offers Confirm resize and Revert resize on a VERIFY_RESIZE server, where the power actions wait', async () => {
    const { menu } = await openMenu('verify-resize');
    expect(within(menu).getByRole('menuitem', { name: 'Confirm resize' })).not.toHaveAttribute('aria-disabled');
    expect(within(menu).getByRole('menuitem', { name: 'Revert resize' })).not.toHaveAttribute('aria-disabled');
    expect(within(menu).getByRole('menuitem', { name: 'Stop' })).toHaveAccessibleDescription(
      'Stop needs ACTIVE or ERROR; this instance is VERIFY_RESIZE.',
    );
  });

  it('confirms a resize at once and tracks it to ACTIVE', async () => {
    const { user, menu, server } = await openMenu('verify-resize');
    await user.click(within(menu).getByRole('menuitem', { name: 'Confirm resize' }));
    await waitFor(() => expect(pendingActions.get(server.id)).toMatchObject({ action: 'confirmResize', targetStatus: 'ACTIVE' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sim.state().servers.find((s) => s.id === server.id)?.resize?.decided).toBe('confirm');
  });

  it('asks before reverting a resize, then sends revertResize', async () => {
    const { user, menu, server } = await openMenu('verify-resize');
    await user.click(within(menu).getByRole('menuitem', { name: 'Revert resize' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revert the resize of verify-resize?' });
    expect(dialog).toHaveTextContent('goes back to the flavor it had before the resize');
    expect(sim.state().servers.find((s) => s.id === server.id)?.taskState).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Revert resize' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sim.state().servers.find((s) => s.id === server.id)?.taskState).toBe('resize_reverting');
    expect(pendingActions.get(server.id)).toMatchObject({ action: 'revertResize', targetStatus: 'ACTIVE' });
    simClock.advance(2000);
    expect((await fetchSimServer('verify-resize')).status).toBe('ACTIVE');
  });
});
