import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { CopyButton } from './copy-button';

const labels = { label: 'Copy public key', copiedLabel: 'Copied', failedLabel: 'Could not copy' };

afterEach(() => vi.restoreAllMocks());

describe('CopyButton', () => {
  it('copies the value, says so, and announces it', async () => {
    const { user } = renderWithProviders(<CopyButton variant="button" value="ssh-ed25519 AAAA" {...labels} />);
    await user.click(screen.getByRole('button', { name: 'Copy public key' }));
    expect(await navigator.clipboard.readText()).toBe('ssh-ed25519 AAAA');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('reads a function value only at the click', async () => {
    const read = vi.fn(() => 'late value');
    const { user } = renderWithProviders(<CopyButton value={read} {...labels} />);
    expect(read).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy public key' }));
    expect(read).toHaveBeenCalledTimes(1);
    expect(await navigator.clipboard.readText()).toBe('late value');
  });

  it('says so when the browser refuses', async () => {
    const { user } = renderWithProviders(<CopyButton value="x" {...labels} />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    Object.assign(document, { execCommand: () => false });
    await user.click(screen.getByRole('button', { name: 'Copy public key' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Could not copy');
  });
});
