import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
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
    // Quoted like any value: pasted as it is, the placeholders redirect nothing.
    expect(info.sshCommand).toBe("ssh -i '<private-key>.pem' '<user>@<ip>'");
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

  describe('with hostile values from the API', () => {
    const at = (addr: string) => ({ addresses: { vpc: [address(addr, 'fixed')] } });
    // The shell runs in an empty directory: whatever a command line would run or redirect leaves a file there.
    const scratch = mkdtempSync(join(tmpdir(), 'connect-info-'));
    afterEach(() => expect(readdirSync(scratch)).toEqual([]));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    /** The argv that /bin/sh hands to ssh (or chmod) when the command is pasted: both are functions that print it. */
    const argvOf = (command: string) =>
      execFileSync('/bin/sh', ['-c', `ssh() { printf '%s\\0' "$@"; }; chmod() { printf '%s\\0' "$@"; }; ${command}`], { cwd: scratch })
        .toString()
        .split('\0')
        .slice(0, -1);

    it.each([
      'root; touch pwned #',
      '$(touch pwned)',
      '`touch pwned`',
      "root' ; touch pwned ; '",
      'root" && touch pwned',
      'root | tee pwned',
      'root > pwned',
      'root < /etc/passwd',
      'root & touch pwned',
      '사용자 🙂',
    ])('quotes the login user %s so the shell hands it to ssh as it is', (user) => {
      const info = connectInfo(server({ metadata: { login_username: user, os_type: 'linux' }, ...at('10.0.0.1') }));
      expect(argvOf(info.sshCommand ?? '')).toEqual(['-i', 'demo-key.pem', `${user}@10.0.0.1`]);
      expect(info.refused).toEqual([]);
    });

    it("quotes the image's login user (from the image service) the same way", () => {
      const info = connectInfo(server({ metadata: {}, ...at('10.0.0.1') }), { name: 'x', login_username: 'u; id' });
      expect(info.sshCommand).toBe("ssh -i demo-key.pem 'u; id@10.0.0.1'");
    });

    it('quotes the key pair name and the address in both commands', () => {
      const info = connectInfo(server({ key_name: "k'$(id)", ...at('10.0.0.1;id') }));
      expect(argvOf(info.sshCommand ?? '')).toEqual(['-i', "k'$(id).pem", 'ubuntu@10.0.0.1;id']);
      expect(argvOf(info.chmodCommand ?? '')).toEqual(['400', "k'$(id).pem"]);
    });

    it('never lets a user or a key file that starts with a dash become an option', () => {
      const info = connectInfo(server({ key_name: '-R', metadata: { login_username: '-oProxyCommand=touch pwned', os_type: 'linux' }, ...at('10.0.0.1') }));
      expect(info.sshCommand).toBe("ssh -i -R.pem -- '-oProxyCommand=touch pwned@10.0.0.1'");
      expect(info.chmodCommand).toBe('chmod 400 -- -R.pem');
      // The real ssh, asked only to print its configuration (-G): the dash word is the destination, whose user name
      // ssh takes (or, from OpenSSH 9.x, refuses as invalid); no ProxyCommand is set either way.
      const ssh = spawnSync('/bin/sh', ['-c', info.sshCommand!.replace(/^ssh /, 'ssh -G -F /dev/null ')], { cwd: scratch, encoding: 'utf8' });
      expect(ssh.stdout).not.toMatch(/^proxycommand /m);
      expect(`${ssh.stdout}${ssh.stderr}`).toMatch(/^user -oProxyCommand=touch pwned$|remote username contains invalid characters/m);
      // The same value bare, as the command was built before: ssh takes it as an option.
      const bare = spawnSync('/bin/sh', ['-c', 'ssh -G -F /dev/null -i k.pem -oProxyCommand=touch pwned@10.0.0.1'], { cwd: scratch, encoding: 'utf8' });
      expect(bare.stdout).toMatch(/^proxycommand touch$/m);
    });

    it.each([
      ['a newline', 'root\ntouch pwned'],
      ['a carriage return', 'root\rtouch pwned'],
      ['an ESC', 'root\u001b]0;x\u0007'],
      ['a right-to-left override', 'toor\u202e'],
      ['a zero-width space', 'ro\u200bot'],
    ])('builds no ssh command from a login user with %s, and says which value', (_, user) => {
      const info = connectInfo(server({ metadata: { login_username: user, os_type: 'linux' }, ...at('10.0.0.1') }));
      expect(info.sshCommand).toBeNull();
      expect(info.refused).toEqual(['user']);
      expect(info.chmodCommand).toBe('chmod 400 demo-key.pem');
    });

    it('builds neither command from a key pair name with hidden characters', () => {
      const info = connectInfo(server({ key_name: 'key\n', ...at('10.0.0.1\u2028') }));
      expect(info).toMatchObject({ sshCommand: null, chmodCommand: null, refused: ['ip', 'key'] });
    });
  });
});
