import { describe, expect, it } from 'vitest';
import type { SimQuota } from './controls';
import { sim, simClock } from './node';
import { seeded, simClient, validCreateBody } from './test-client';

const STEP = 1000;

function setQuota(patch: Partial<SimQuota>) {
  sim.controls.setConfig({ quota: { ...sim.controls.getConfig().quota, ...patch } });
}

async function limits() {
  const response = await simClient().compute('GET', '/limits');
  expect(response.status).toBe(200);
  return response.body.limits.absolute as Record<'maxTotalInstances' | 'totalInstancesUsed' | 'maxTotalCores' | 'totalCoresUsed' | 'maxTotalRAMSize' | 'totalRAMUsed', number>;
}

describe('GET /limits', () => {
  it("answers Nova's shape with the configured quota and the project's usage from its servers' flavors", async () => {
    setQuota({ instances: 40, cores: 100, ram: 204800, keypairs: 7 });
    const response = await simClient().compute('GET', '/limits');
    expect(response.body.limits.rate).toEqual([]);
    const absolute = response.body.limits.absolute as Record<string, number>;
    expect(Object.keys(absolute).sort()).toEqual(
      [
        'maxImageMeta', 'maxPersonality', 'maxPersonalitySize', 'maxSecurityGroupRules', 'maxSecurityGroups', 'maxServerMeta',
        'maxTotalCores', 'maxTotalFloatingIps', 'maxTotalInstances', 'maxTotalKeypairs', 'maxTotalRAMSize', 'maxServerGroups',
        'maxServerGroupMembers', 'totalCoresUsed', 'totalInstancesUsed', 'totalRAMUsed', 'totalSecurityGroupsUsed',
        'totalFloatingIpsUsed', 'totalServerGroupsUsed',
      ].sort(),
    );
    expect(absolute).toMatchObject({ maxTotalInstances: 40, maxTotalCores: 100, maxTotalRAMSize: 204800, maxTotalKeypairs: 7 });
    const { state } = seeded();
    const live = state.servers.filter((s) => !s.deleted);
    expect(absolute.totalInstancesUsed).toBe(live.length);
    // Offloaded servers hold no cores; a resize not yet confirmed holds both flavors.
    const flavor = (id: string) => state.flavors.find((f) => f.id === id);
    const cores = live
      .filter((s) => s.vmState !== 'shelved_offloaded')
      .flatMap((s) => (s.resize ? [s.resize.oldFlavorId, s.resize.newFlavorId] : [s.flavorId]))
      .reduce((sum, id) => sum + (flavor(id)?.vcpus ?? 0), 0);
    expect(absolute.totalCoresUsed).toBe(cores);
  });

  it('counts a new server at once and an offloaded one as an instance only', async () => {
    const before = await limits();
    const flavor = seeded().flavor('m2.c2m4');
    await simClient().compute('POST', '/servers', validCreateBody());
    const after = await limits();
    expect(after.totalInstancesUsed).toBe((before.totalInstancesUsed ?? 0) + 1);
    expect(after.totalCoresUsed).toBe((before.totalCoresUsed ?? 0) + flavor.vcpus);
    expect(after.totalRAMUsed).toBe((before.totalRAMUsed ?? 0) + flavor.ram);
  });
});

describe('a large demo fleet', () => {
  it('comes with the quota for its extra servers: /limits grows by what they hold, and a create still fits', async () => {
    const plain = await limits();
    sim.controls.setConfig({ extraServers: 300 });
    const grown = await limits();
    expect(grown.totalInstancesUsed - plain.totalInstancesUsed).toBe(300);
    expect(grown.maxTotalInstances - plain.maxTotalInstances).toBe(300);
    expect(grown.maxTotalCores - grown.totalCoresUsed).toBe(plain.maxTotalCores - plain.totalCoresUsed);
    expect(grown.maxTotalRAMSize - grown.totalRAMUsed).toBe(plain.maxTotalRAMSize - plain.totalRAMUsed);
    const created = await simClient().compute('POST', '/servers', validCreateBody());
    expect(created.status).toBe(202);
  });

  it('keeps an unlimited quota unlimited', async () => {
    setQuota({ cores: -1 });
    sim.controls.setConfig({ extraServers: 50 });
    expect((await limits()).maxTotalCores).toBe(-1);
  });
});

describe('403 over quota, in Nova’s words', () => {
  it('create: names every resource over, with what was requested, used and allowed', async () => {
    const used = await limits();
    const flavor = seeded().flavor('m2.c2m4');
    setQuota({ cores: (used.totalCoresUsed ?? 0) + 1, ram: (used.totalRAMUsed ?? 0) + 1 });
    const refused = await simClient().compute('POST', '/servers', validCreateBody());
    expect(refused.status).toBe(403);
    expect(refused.body.forbidden.message).toBe(
      `Quota exceeded for cores, ram: Requested ${flavor.vcpus}, ${flavor.ram}, but already used ${used.totalCoresUsed}, ${used.totalRAMUsed} of ${(used.totalCoresUsed ?? 0) + 1}, ${(used.totalRAMUsed ?? 0) + 1} cores, ram`,
    );
  });

  it('create: exactly at the limit passes; -1 is unlimited', async () => {
    const used = await limits();
    const flavor = seeded().flavor('m2.c2m4');
    setQuota({ cores: (used.totalCoresUsed ?? 0) + flavor.vcpus, ram: -1, instances: -1 });
    expect((await simClient().compute('POST', '/servers', validCreateBody())).status).toBe(202);
    expect((await simClient().compute('POST', '/servers', validCreateBody())).status).toBe(403);
  });

  it('create with min_count < max_count: builds what fits; none fitting says "min-max"', async () => {
    const used = await limits();
    const flavor = seeded().flavor('m2.c2m4');
    setQuota({ cores: (used.totalCoresUsed ?? 0) + 2 * flavor.vcpus });
    const partial = await simClient().compute('POST', '/servers', validCreateBody({ min_count: 1, max_count: 3, return_reservation_id: true }));
    const built = await simClient().compute('GET', `/servers?reservation_id=${partial.body.reservation_id}`);
    expect(built.body.servers).toHaveLength(2);
    const refused = await simClient().compute('POST', '/servers', validCreateBody({ min_count: 1, max_count: 3 }));
    expect(refused.body.forbidden.message).toMatch(/^Quota exceeded for cores: Requested 6, but already used \d+ of \d+ cores$/);
    const mixed = await simClient().compute('POST', '/servers', validCreateBody({ min_count: 2, max_count: 3 }));
    expect(mixed.status).toBe(403);
  });

  it('resize: the growth of the new flavor over the old one', async () => {
    const used = await limits();
    const server = seeded().server('active');
    setQuota({ cores: used.totalCoresUsed ?? 0 });
    const refused = await simClient().compute('POST', `/servers/${server.id}/action`, { resize: { flavorRef: seeded().flavor('m2.c4m8').id } });
    expect(refused.status).toBe(403);
    expect(refused.body.forbidden.message).toBe(`Quota exceeded for cores: Requested 2, but already used ${used.totalCoresUsed} of ${used.totalCoresUsed} cores`);
    const actions = await simClient().compute('GET', `/servers/${server.id}/os-instance-actions`);
    expect(actions.body.instanceActions.map((a: { action: string }) => a.action)).not.toContain('resize');
  });

  it('unshelve: an offloaded server is placed again, so its whole flavor counts', async () => {
    const used = await limits();
    const server = seeded().server('shelved-offloaded');
    const flavor = seeded().state.flavors.find((f) => f.id === server.flavorId);
    setQuota({ ram: (used.totalRAMUsed ?? 0) + (flavor?.ram ?? 0) - 1 });
    const refused = await simClient().compute('POST', `/servers/${server.id}/action`, { unshelve: null });
    expect(refused.status).toBe(403);
    expect(refused.body.forbidden.message).toBe(
      `Quota exceeded for ram: Requested ${flavor?.ram}, but already used ${used.totalRAMUsed} of ${(used.totalRAMUsed ?? 0) + (flavor?.ram ?? 0) - 1} ram`,
    );
    setQuota({ ram: -1 });
    expect((await simClient().compute('POST', `/servers/${server.id}/action`, { unshelve: null })).status).toBe(202);
    simClock.advance(STEP);
  });

  it('key pairs: the configured limit per user', async () => {
    const existing = seeded().state.keypairs.length;
    setQuota({ keypairs: existing });
    const refused = await simClient().compute('POST', '/os-keypairs', { keypair: { name: 'one-more', public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGs3w5bD7bQb6rZ8d2q2o9n2v1y0mR5l6m7q8w9e0r1t one' } });
    expect(refused.status).toBe(403);
    expect(refused.body.forbidden.message).toBe('Quota exceeded, too many key pairs.');
  });
});
