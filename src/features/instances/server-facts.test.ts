import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../api/schemas/server';
import { ipsOf, loginUserOf, metadataDescribesImage, osLabelOf, osTypeOf, taskStateOf } from './server-facts';

const server = (extra: Record<string, unknown>) =>
  serverSchema.parse({ id: 's1', name: 'web', status: 'ACTIVE', links: [], ...extra });

describe('server fields', () => {
  it('splits fixed and floating addresses over networks', () => {
    const s = server({
      addresses: {
        'Default Network': [
          { addr: '192.168.0.5', version: 4, 'OS-EXT-IPS:type': 'fixed' },
          { addr: '133.186.1.2', version: 4, 'OS-EXT-IPS:type': 'floating' },
        ],
        private: [{ addr: '10.0.0.3', version: 4 }],
      },
    });
    expect(ipsOf(s)).toEqual({ fixed: ['192.168.0.5', '10.0.0.3'], floating: ['133.186.1.2'] });
  });

  it("reads the OS from the image's properties in the metadata", () => {
    const windows = server({ metadata: { os_type: 'Windows', os_distro: 'Windows', os_version: '2019 STD', login_username: 'Administrator' } });
    expect(osTypeOf(windows)).toBe('windows');
    expect(osLabelOf(windows)).toBe('Windows 2019 STD');
    expect(loginUserOf(windows)).toBe('Administrator');
    const bare = server({ metadata: {} });
    expect(osTypeOf(bare)).toBe('linux');
    expect(osLabelOf(bare)).toBe('');
    expect(osLabelOf(server({ metadata: { os_distro: 'ubuntu', os_version: 'Server 22.04 LTS' } }))).toBe('Ubuntu Server 22.04 LTS');
    expect(osLabelOf(server({ metadata: { os_distro: 'rocky', os_version: '8.10' } }))).toBe('Rocky Linux 8.10');
    expect(osLabelOf(server({ metadata: { os_distro: 'alma', os_version: '9' } }))).toBe('Alma 9');
    expect(loginUserOf(bare)).toBeNull();
    expect(loginUserOf(server({ metadata: { image_name: 'Windows 2022 STD' } }))).toBe('Administrator');
  });

  it('falls back to the image itself when the metadata says nothing of it (upstream Nova), the metadata first otherwise', () => {
    const upstream = server({ metadata: {} });
    const jammy = { name: 'jammy-server-cloudimg', os_distro: 'ubuntu', os_version: '22.04', login_username: 'ubuntu' };
    expect(metadataDescribesImage(upstream)).toBe(false);
    expect(osLabelOf(upstream, jammy)).toBe('Ubuntu 22.04');
    expect(loginUserOf(upstream, jammy)).toBe('ubuntu');
    expect(osLabelOf(upstream, { name: 'my-golden-image' })).toBe('my-golden-image');
    const windows = { name: 'Windows Server 2022', os_type: 'windows' };
    expect(osTypeOf(upstream, windows)).toBe('windows');
    expect(loginUserOf(upstream, windows)).toBe('Administrator');
    const nhn = server({ metadata: { os_distro: 'rocky', os_version: '8.10', login_username: 'rocky' } });
    expect(metadataDescribesImage(nhn)).toBe(true);
    expect(osLabelOf(nhn, jammy)).toBe('Rocky Linux 8.10');
    expect(loginUserOf(nhn, jammy)).toBe('rocky');
  });

  it('gives the running task or null', () => {
    expect(taskStateOf(server({ 'OS-EXT-STS:task_state': 'powering-off' }))).toBe('powering-off');
    expect(taskStateOf(server({}))).toBeNull();
  });
});
