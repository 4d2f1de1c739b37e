import { modals } from '@mantine/modals';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient } from '../test/render';
import { AppProviders } from './providers';

function renderApp() {
  render(
    <AppProviders queryClient={createTestQueryClient()}>
      <button type="button" onClick={() => modals.openConfirmModal({ title: 'First', children: 'Sure?', labels: { confirm: 'Yes', cancel: 'No' } })}>
        Ask
      </button>
    </AppProviders>,
  );
  return userEvent.setup();
}

describe('ModalsOnDemand', () => {
  it('shows a modal opened before the modal manager was downloaded, once it is', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    const dialog = await screen.findByRole('dialog', { name: 'First' });
    expect(dialog).toHaveTextContent('Sure?');
    await user.click(screen.getByRole('button', { name: 'No' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Mounted now: the next one opens at once.
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    expect(await screen.findByRole('dialog', { name: 'First' })).toBeInTheDocument();
  });

  it('keeps the calls made while downloading in their order', async () => {
    renderApp();
    modals.open({ modalId: 'a', title: 'Opened then closed', children: 'A' });
    modals.close('a');
    modals.open({ modalId: 'b', title: 'Second', children: 'B' });
    expect(await screen.findByRole('dialog', { name: 'Second' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Opened then closed' })).not.toBeInTheDocument();
  });
});
