import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { SIM_BASE_URL } from '../../../../mocks/node';
import { server as mswServer } from '../../../../test/msw-server';
import { renderWithProviders } from '../../../../test/render';
import { fetchSimServer, withSimSession } from '../../detail/test-support';
import { CreateImageDialog } from './create-image-dialog';
import { RenameDialog } from './rename-dialog';
import { SecurityGroupDialog } from './security-group-dialog';

withSimSession();

describe('RenameDialog', () => {
  it('checks the name rules before sending, then renames', async () => {
    const server = await fetchSimServer('shutoff');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<RenameDialog server={server} onClose={onClose} />);
    const field = screen.getByRole('textbox', { name: 'New name' });
    const save = screen.getByRole('button', { name: 'Rename' });
    expect(save).toBeDisabled();
    await user.clear(field);
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    await user.type(field, 'web 01!');
    expect(screen.getByText('Not allowed in a name: !')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '  web-01  ');
    await user.click(save);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await fetchSimServer('web-01')).name).toBe('web-01');
    expect(await screen.findByText('shutoff was renamed to web-01.')).toBeInTheDocument();
  });

  it('allows Windows names of 15 characters at most', async () => {
    const server = await fetchSimServer('win-active');
    const { user } = renderWithProviders(<RenameDialog server={server} onClose={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, 'a-windows-server1');
    expect(screen.getByText('At most 15 characters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename' })).toBeDisabled();
  });
});

describe('CreateImageDialog', () => {
  it("shows the new image's id from Location, to copy", async () => {
    const server = await fetchSimServer('u2-active');
    const { user } = renderWithProviders(<CreateImageDialog server={server} onClose={() => {}} />);
    expect(screen.getByText(/recommends stopping the instance/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    await user.type(screen.getByRole('textbox', { name: 'Key 1' }), 'bad/key');
    await user.click(screen.getByRole('button', { name: 'Create image' }));
    expect(screen.getByText('Letters, digits, spaces and - _ : . only.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Key 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Key 1' }), 'purpose');
    await user.type(screen.getByRole('textbox', { name: 'Value 1' }), 'golden');
    await user.click(screen.getByRole('button', { name: 'Create image' }));
    expect(await screen.findByText('Image requested')).toBeInTheDocument();
    const code = screen.getByText(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('button', { name: 'Copy image ID' })).toBeInTheDocument();
    expect(await screen.findByText(/^(queued|saving|active)$/)).toBeInTheDocument();
    expect(code.textContent).toMatch(/^[0-9a-f]{8}-/);
  });

  it('adds no metadata row past the 128 the cloud takes, and says so', { timeout: 60_000 }, async () => {
    const server = await fetchSimServer('u2-active');
    renderWithProviders(<CreateImageDialog server={server} onClose={() => {}} />);
    expect(screen.getByText(/at most 128 pairs\.$/)).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'Add metadata' });
    // 130 quick clicks in one batch: the button cannot turn disabled in between, so the limit must hold anyway.
    act(() => {
      for (let i = 0; i < 130; i += 1) add.click();
    });
    // Counted straight from the DOM: label queries over 256 fields take a minute in jsdom.
    const keyLabels = [...document.querySelectorAll('label')].filter((label) => /^Key \d+/.test(label.textContent ?? ''));
    expect(keyLabels).toHaveLength(128);
    expect(add).toBeDisabled();
  });

  it('reports the request as made when the answer names no image, and says where to look', async () => {
    const server = await fetchSimServer('u2-active');
    mswServer.use(http.post(`${SIM_BASE_URL}/compute/v2/:tenant/servers/:id/action`, () => new HttpResponse(null, { status: 202 })));
    const { user } = renderWithProviders(<CreateImageDialog server={server} onClose={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Create image' }));
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Image requested');
    expect(done).toHaveTextContent('look for “u2-active-image” among the project\'s images');
    expect(screen.queryByRole('button', { name: 'Copy image ID' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('SecurityGroupDialog', () => {
  it("offers only the project's groups the instance does not have, then adds one", async () => {
    const server = await fetchSimServer('shutoff');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<SecurityGroupDialog server={server} mode="addSecurityGroup" onClose={onClose} />);
    await user.click(await screen.findByRole('combobox', { name: 'Security group to add' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['web — SSH, HTTP and HTTPS from anywhere']);
    await user.click(options[0]!);
    await user.click(screen.getByRole('button', { name: 'Add security group' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await fetchSimServer('shutoff')).security_groups.map((group) => group.name)).toContain('web');
  });

  it("removes one of the instance's own groups", async () => {
    const server = await fetchSimServer('active');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<SecurityGroupDialog server={server} mode="removeSecurityGroup" initialGroup="web" onClose={onClose} />);
    await user.click(screen.getByRole('button', { name: 'Remove security group' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await fetchSimServer('active')).security_groups.map((group) => group.name)).toEqual(['default']);
  });
});
