import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../api/schemas/server';
import { connectInfo } from './connect-info';

const address = (addr: string, type: 'fixed' | 'floating') => ({ addr, version: 4, 'OS-EXT-IPS:type': type, 'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:00:00:01' });

function server(extra: Record<string, unknown>) {
  return serverSchema.parse({ id: 's1', name: 'web', status: 'ACTIVE', links: [], key_name: 'demo-key', metadata: { login_username: 'ubuntu', os_type: 'linux' }, ...extra });
}

describe('connectInfo', () => {
  it('builds the ssh command with the floating IP first', () => {
    const info = connectInfo(server({ addresses: { vpc: [address('192.168.0.5', 'fixed'), address('133.186.1.2', 'floating')] } }));
    expect(info.sshCommand).toBe('ssh -i demo-key.pem ubuntu@133.186.1.2');
    expect(info.chmodCommand).toBe('chmod 400 demo-key.pem');
    expect(info.ipKind).toBe('floating');
    expect(info.missing).toEqual([]);
  });

  it('falls back to the fixed IP', () => {
    const info = connectInfo(server({ addresses: { vpc: [address('192.168.0.5', 'fixed')] } }));
    expect(info.sshCommand).toBe('ssh -i demo-key.pem ubuntu@192.168.0.5');
    expect(info.ipKind).toBe('fixed');
  });

  it('says what is missing and shows placeholders for it', () => {
    const info = connectInfo(server({ key_name: null, metadata: {}, addresses: {} }));
    expect(info.missing).toEqual(['ip', 'key', 'user']);
    expect(info.sshCommand).toBe('ssh -i <private-key>.pem <user>@<ip>');
    expect(info.chmodCommand).toBeNull();
  });

  it("takes the login user from the image when the metadata has none (upstream Nova)", () => {
    const upstream = server({ metadata: {}, addresses: { private: [address('10.0.0.7', 'fixed')] } });
    expect(connectInfo(upstream).missing).toEqual(['user']);
    const info = connectInfo(upstream, { name: 'jammy', os_distro: 'ubuntu', login_username: 'ubuntu' });
    expect(info.sshCommand).toBe('ssh -i demo-key.pem ubuntu@10.0.0.7');
    expect(info.missing).toEqual([]);
    expect(connectInfo(upstream, { name: 'Windows Server 2022', os_type: 'windows' })).toMatchObject({ os: 'windows', user: 'Administrator' });
  });

  it('quotes a key pair name with spaces', () => {
    const info = connectInfo(server({ key_name: 'my key', addresses: { vpc: [address('10.0.0.1', 'fixed')] } }));
    expect(info.sshCommand).toBe("ssh -i 'my key.pem' ubuntu@10.0.0.1");
  });

  it('logs in to Windows as Administrator over RDP', () => {
    const info = connectInfo(server({ metadata: { os_type: 'Windows' }, addresses: { vpc: [address('10.0.0.9', 'fixed')] } }));
    expect(info.os).toBe('windows');
    expect(info.user).toBe('Administrator');
    expect(info.ip).toBe('10.0.0.9');
  });
});
