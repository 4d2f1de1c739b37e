import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renameServer } from '../../../../api/servers';
import { renderWithProviders } from '../../../../test/render';
import { fetchSimServer, withSimSession } from '../../detail/test-support';
import { pendingActions } from '../pending-actions';
import { DeleteDialog } from './delete-dialog';

withSimSession();

describe('DeleteDialog', () => {
  it('deletes only once the exact name is typed', async () => {
    const server = await fetchSimServer('shutoff');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<DeleteDialog server={server} onClose={onClose} />);
    const confirm = screen.getByRole('button', { name: 'Delete instance' });
    expect(confirm).toBeDisabled();

    const field = screen.getByLabelText('Type shutoff to confirm');
    await user.type(field, 'shutof');
    expect(screen.getByText('This is not the instance’s name.'.replace('’', "'"))).toBeInTheDocument();
    expect(confirm).toBeDisabled();
    await user.type(field, 'f ');
    expect(confirm).toBeDisabled();
    await user.type(field, '{Backspace}');
    expect(confirm).toBeEnabled();

    await user.click(confirm);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(pendingActions.get(server.id)).toMatchObject({ action: 'delete', targetStatus: 'DELETED' });
    expect((await fetchSimServer('shutoff'))['OS-EXT-STS:task_state']).toBe('deleting');
  });

  it('says how many volumes are concerned', async () => {
    const server = await fetchSimServer('active');
    renderWithProviders(<DeleteDialog server={server} onClose={() => {}} />);
    expect(screen.getByText(/2 block storage volumes are attached/)).toBeInTheDocument();
  });

  it('shows a name with hidden characters as it really is, and takes it typed as shown', async () => {
    // Reads as "safeexe.png" where the bidi override is not shown.
    const server = await renameServer((await fetchSimServer('paused')).id, 'safe\u202egnp.exe');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<DeleteDialog server={server} onClose={onClose} />);
    const note = screen.getByRole('note', { name: 'This name holds hidden characters' });
    expect(note).toHaveTextContent('1 character in it shows nothing');
    expect(within(note).getByText('\\u202E')).toHaveAttribute('data-hidden-character');
    expect(document.body.innerHTML).not.toContain('\u202e');

    const field = screen.getByLabelText('Type safe\\u202Egnp.exe to confirm');
    const confirm = screen.getByRole('button', { name: 'Delete instance' });
    for (const lookalike of ['safeexe.png', 'safegnp.exe']) {
      await user.clear(field);
      await user.type(field, lookalike);
      expect(confirm).toBeDisabled();
    }
    // The real name pasted works too.
    await user.clear(field);
    await user.paste('safe\u202egnp.exe');
    expect(confirm).toBeEnabled();
    await user.clear(field);
    await user.type(field, 'safe\\u202Egnp.exe');
    expect(confirm).toBeEnabled();

    await user.click(confirm);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(pendingActions.get(server.id)).toMatchObject({ action: 'delete' });
  });
});
