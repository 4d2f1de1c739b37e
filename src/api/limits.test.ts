import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import { getLimits } from './limits';

withTestSession();

// Nova at 2.1 with its default quotas; the network quotas read -1 since nova-network is gone.
const NOVA_LIMITS = {
  limits: {
    rate: [],
    absolute: {
      maxImageMeta: 128,
      maxPersonality: 5,
      maxPersonalitySize: 10240,
      maxSecurityGroupRules: -1,
      maxSecurityGroups: -1,
      maxServerMeta: 128,
      maxTotalCores: 20,
      maxTotalFloatingIps: -1,
      maxTotalInstances: 10,
      maxTotalKeypairs: 100,
      maxTotalRAMSize: 51200,
      maxServerGroups: 10,
      maxServerGroupMembers: 10,
      totalCoresUsed: 18,
      totalInstancesUsed: 9,
      totalRAMUsed: 36864,
      totalSecurityGroupsUsed: 0,
      totalFloatingIpsUsed: 0,
      totalServerGroupsUsed: 0,
    },
  },
};

describe('limits', () => {
  it('reads the absolute limits and usage', async () => {
    const calls = answer('get', `${COMPUTE}/limits`, () => HttpResponse.json(NOVA_LIMITS));
    const limits = await getLimits();
    expect(calls[0]?.url.pathname).toBe('/sim/compute/v2/t/limits');
    expect(limits).toMatchObject({ maxTotalCores: 20, totalCoresUsed: 18, maxTotalInstances: 10, maxTotalKeypairs: 100, maxTotalFloatingIps: -1 });
  });

  it('reads what a newer or odder cloud leaves out or sends as null as unknown, and keeps the rest', async () => {
    const absolute = { maxTotalCores: null, totalCoresUsed: 4, maxTotalInstances: '10', maxTotalRAMSize: -1, someVendorLimit: 3 };
    answer('get', `${COMPUTE}/limits`, () => HttpResponse.json({ limits: { rate: [], absolute } }));
    const limits = await getLimits();
    expect(limits).toMatchObject({ maxTotalCores: undefined, totalCoresUsed: 4, maxTotalInstances: undefined, maxTotalRAMSize: -1 });
    expect(limits).not.toHaveProperty('someVendorLimit');
  });

  it('passes a 404 from a cloud without the API through', async () => {
    answer('get', `${COMPUTE}/limits`, () => HttpResponse.json({ itemNotFound: { code: 404, message: 'The resource could not be found.' } }, { status: 404 }));
    await expect(getLimits()).rejects.toMatchObject({ kind: 'http', status: 404 });
  });
});
