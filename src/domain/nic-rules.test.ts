import { describe, expect, it } from 'vitest';
import type { CloudProfile } from './cloud-profile';
import { isFixedIp, networkEntry, networkNicKind, type NicChoice, nicKindAllowed, type NicKind, nicProblems } from './nic-rules';

const PROFILES: CloudProfile[] = ['nhn', 'openstack'];
const nic = (kind: NicKind, id: string, fixedIp = ''): NicChoice => ({ kind, id, fixedIp });

describe('which NIC kinds each profile takes', () => {
  it.each<[NicKind, CloudProfile, boolean]>([
    ['subnet', 'nhn', true],
    ['subnet', 'openstack', false],
    ['network', 'nhn', true],
    ['network', 'openstack', true],
    ['port', 'nhn', true],
    ['port', 'openstack', true],
  ])('%s under %s: %s', (kind, profile, allowed) => {
    expect(nicKindAllowed(kind, profile)).toBe(allowed);
  });

  it.each<[CloudProfile, NicKind]>([
    ['nhn', 'subnet'],
    ['openstack', 'network'],
  ])('the listed networks of %s become %s NICs', (profile, kind) => {
    expect(networkNicKind(profile)).toBe(kind);
  });
});

describe('networkEntry', () => {
  it.each<[NicChoice, object]>([
    [nic('subnet', 's-1'), { subnet: 's-1' }],
    [nic('subnet', 's-1', '192.168.0.50'), { subnet: 's-1', fixed_ip: '192.168.0.50' }],
    [nic('network', 'n-1'), { uuid: 'n-1' }],
    [nic('network', 'n-1', '10.0.0.9'), { uuid: 'n-1', fixed_ip: '10.0.0.9' }],
    [nic('port', 'p-1'), { port: 'p-1' }],
  ])('%o is sent as %o', (choice, entry) => {
    expect(networkEntry(choice)).toEqual(entry);
  });
});

describe('nicProblems', () => {
  it.each(PROFILES)('%s: no NIC at all', (profile) => {
    expect(nicProblems([], 1, profile)).toEqual([{ code: 'none' }]);
  });

  it.each<[CloudProfile, NicChoice[], number, object[]]>([
    ['nhn', [nic('subnet', 's-1')], 1, []],
    ['openstack', [nic('subnet', 's-1')], 1, [{ code: 'kind-unsupported', index: 0 }]],
    ['openstack', [nic('network', 'n-1'), nic('network', 'n-1')], 3, []],
    ['nhn', [nic('subnet', 's-1', '192.168.0.300')], 1, [{ code: 'fixed-ip-format', index: 0 }]],
    ['openstack', [nic('network', 'n-1', 'fd00::5')], 1, []],
    ['openstack', [nic('network', 'n-1', 'fd00::5::1')], 1, [{ code: 'fixed-ip-format', index: 0 }]],
    ['openstack', [nic('port', 'p-1', '10.0.0.9')], 1, [{ code: 'port-fixed-ip', index: 0 }]],
    ['nhn', [nic('port', 'p-1'), nic('port', 'p-1')], 1, [{ code: 'duplicate-port', index: 1 }]],
    ['openstack', [nic('network', 'n-1'), nic('port', 'p-1')], 2, [{ code: 'single-instance', count: 2 }]],
    ['nhn', [nic('subnet', 's-1', '192.168.0.50')], 2, [{ code: 'single-instance', count: 2 }]],
    ['nhn', [nic('subnet', 's-1'), nic('subnet', 's-2')], 10, []],
  ])('%s: %o, count %i', (profile, nics, count, expected) => {
    expect(nicProblems(nics, count, profile)).toEqual(expected);
  });
});

describe('isFixedIp', () => {
  it.each([
    ['192.168.0.50', true],
    ['10.0.0.255', true],
    ['256.1.1.1', false],
    ['192.168.0', false],
    ['01.2.3.4', false],
    ['2001:db8::1', true],
    ['::1', true],
    ['2001:db8:::1', false],
    ['host.example', false],
    ['', false],
  ])('%s: %s', (text, expected) => {
    expect(isFixedIp(text)).toBe(expected);
  });
});
