import { describe, expect, it } from 'vitest';
import { detectCloudProfile, isNhnCloudUrl, PROFILE_RULES, type ProfileRuleId, ruleApplies, type VpcSubnetProbe } from './cloud-profile';

const NHN_COMPUTE = 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/6cdebe3eb0094910bc41f1d42ebe4cb7';
const NHN_IDENTITY = 'https://api-identity-infrastructure.nhncloudservice.com/v2.0';
const LEGACY_VOLUME = 'https://kr1-api-block-storage.infrastructure.cloud.toast.com/v2/t';
const NOVA = 'http://127.0.0.1:8774/v2/0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const NEUTRON = 'http://127.0.0.1:9999/network';
const SIM = 'http://127.0.0.1:4010/compute/v2/6cdebe3eb0094910bc41f1d42ebe4cb7';

describe('detectCloudProfile', () => {
  it.each<[string, string[], VpcSubnetProbe, 'nhn' | 'openstack']>([
    ["NHN's compute host", [NHN_COMPUTE], 'not-asked', 'nhn'],
    ["NHN's identity host, whatever the endpoints", [NHN_IDENTITY, NOVA], 'failed', 'nhn'],
    ['a cloud.toast.com host of before the rename', [LEGACY_VOLUME], 'not-asked', 'nhn'],
    ['another host whose VPC API lists subnets (the simulated NHN Cloud)', [SIM], 'listed', 'nhn'],
    ['another host whose vpcsubnets is an empty list (a stand-in answering any list)', [NOVA, NEUTRON], 'empty', 'openstack'],
    ['another host whose vpcsubnets fails (404 on Neutron)', [NOVA, NEUTRON], 'failed', 'openstack'],
    ['another host without a network service', [NOVA], 'not-asked', 'openstack'],
    ['a host that only ends like NHN’s', ['https://evil-nhncloudservice.com/v2/t'], 'not-asked', 'openstack'],
    ['a host with NHN’s name inside it', ['https://nhncloudservice.com.example.org/v2/t'], 'not-asked', 'openstack'],
    ['no URL that parses', ['not a url'], 'failed', 'openstack'],
  ])('%s', (_, urls, vpcSubnets, expected) => {
    expect(detectCloudProfile({ urls, vpcSubnets })).toBe(expected);
  });

  it('reads hosts case-insensitively', () => {
    expect(isNhnCloudUrl('HTTPS://KR1-API-INSTANCE-INFRASTRUCTURE.NHNCLOUDSERVICE.COM/v2/t')).toBe(true);
  });
});

describe('PROFILE_RULES', () => {
  const nhnOnly: ProfileRuleId[] = [
    'windowsLimits',
    'rootDiskSizes',
    'flavorFamilies',
    'volumeTypeChoice',
    'resizeFamilies',
    'shelveGpu',
    'createImageU2Only',
    'vpcSubnets',
    'availableImageTag',
    'automaticResizeConfirmation',
  ];
  const openstackOnly: ProfileRuleId[] = ['flavorDiskRoot', 'neutronNetworks'];

  it('names every rule exactly once in this table', () => {
    expect([...nhnOnly, ...openstackOnly].sort()).toEqual(Object.keys(PROFILE_RULES).sort());
  });

  it.each(nhnOnly.map((rule) => [rule]))('%s is NHN Cloud’s only', (rule) => {
    expect(ruleApplies(rule, 'nhn')).toBe(true);
    expect(ruleApplies(rule, 'openstack')).toBe(false);
  });

  it.each(openstackOnly.map((rule) => [rule]))('%s is plain OpenStack’s only', (rule) => {
    expect(ruleApplies(rule, 'nhn')).toBe(false);
    expect(ruleApplies(rule, 'openstack')).toBe(true);
  });

  it('every rule says where it comes from', () => {
    for (const rule of Object.values(PROFILE_RULES)) expect(rule.source.length).toBeGreaterThan(20);
  });
});
