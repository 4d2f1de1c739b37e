import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../api/schemas/server';
import { renderWithProviders } from '../../../test/render';
import { ConnectPanel } from './connect-panel';

const address = (addr: string) => ({ addr, version: 4, 'OS-EXT-IPS:type': 'floating', 'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:01' });

// The login user comes with the metadata, so the panel asks the image service for nothing.
function server(metadata: Record<string, string>, addr = '133.186.1.2', keyName = 'demo-key') {
  return serverSchema.parse({ id: 's1', name: 'web', status: 'ACTIVE', links: [], key_name: keyName, metadata, addresses: { vpc: [address(addr)] } });
}

describe('ConnectPanel', () => {
  it('shows and copies the ssh command with a hostile login user quoted', async () => {
    const { user } = renderWithProviders(<ConnectPanel server={server({ login_username: 'root; touch /tmp/x #', os_type: 'linux' })} />);
    const command = "ssh -i demo-key.pem 'root; touch /tmp/x #@133.186.1.2'";
    expect(screen.getByText(command)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy the ssh command' }));
    expect(await navigator.clipboard.readText()).toBe(command);
  });

  it('offers no ssh command from a login user with hidden characters, and shows them marked', () => {
    renderWithProviders(<ConnectPanel server={server({ login_username: 'root\ntouch /tmp/x\u202e', os_type: 'linux' })} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Hidden characters in what the API says');
    expect(alert).toHaveTextContent("Login user (from the instance's metadata or its image): root\\u000Atouch /tmp/x\\u202E");
    expect(alert.querySelectorAll('[data-hidden-character]')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Copy the ssh command' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^ssh -i/)).not.toBeInTheDocument();
    // The key pair holds none: its chmod is still there.
    expect(screen.getByText('chmod 400 demo-key.pem')).toBeInTheDocument();
  });

  it('offers no RDP address to copy when it holds hidden characters', () => {
    renderWithProviders(<ConnectPanel server={server({ os_type: 'windows' }, '133.186.1.2\u200b')} />);
    expect(screen.getByRole('heading', { name: 'Connect with Remote Desktop (RDP)' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Address: 133.186.1.2\\u200B');
    expect(screen.queryByRole('button', { name: 'Copy the address' })).not.toBeInTheDocument();
  });

  it('copies a plain RDP address', () => {
    renderWithProviders(<ConnectPanel server={server({ os_type: 'windows' })} />);
    expect(screen.getByRole('button', { name: 'Copy the address' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
