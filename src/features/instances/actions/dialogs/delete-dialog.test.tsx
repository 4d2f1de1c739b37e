import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
});
