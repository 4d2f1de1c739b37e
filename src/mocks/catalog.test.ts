import { describe, expect, it } from 'vitest';
import { sim, SIM_BASE_URL, SIM_TENANT_ID } from './node';
import { simClient } from './test-client';

const flavors = (path: string) => simClient().compute('GET', path);

describe('flavors', () => {
  it('the spec’s two x1 flavors, with its ids, and every flavor has extra_specs', async () => {
    const response = await flavors('/flavors/detail');
    const byName = new Map(response.body.flavors.map((f: { name: string }) => [f.name, f]));
    expect(byName.get('x1.c32m256')).toMatchObject({ id: '97604802-a090-43fa-a5ce-c7cfd737fbba', ram: 262144, vcpus: 32, disk: 0, swap: '' });
    expect(byName.get('x1.c32m128')).toMatchObject({ id: '31fa632d-aeec-4f12-8a57-ce9d146228e5', extra_specs: { flavor_type: 'performance' } });
    for (const flavor of response.body.flavors) expect(Object.keys(flavor.extra_specs).length).toBeGreaterThan(0);
    expect(byName.get('u2.c2m4')).toMatchObject({ disk: 20 });
    expect(response.body.flavors.some((f: { ram: number }) => f.ram < 2048)).toBe(true);
  });

  it('the plain list has id, links and name; links are self (versioned) and bookmark', async () => {
    const response = await flavors('/flavors');
    const first = response.body.flavors[0];
    expect(Object.keys(first).sort()).toEqual(['id', 'links', 'name']);
    expect(first.links).toEqual([
      { href: `${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}/flavors/${first.id}`, rel: 'self' },
      { href: `${SIM_BASE_URL}/compute/${SIM_TENANT_ID}/flavors/${first.id}`, rel: 'bookmark' },
    ]);
  });

  it('minRam and minDisk are greater-or-equal filters', async () => {
    const ram = await flavors('/flavors/detail?minRam=8192');
    expect(ram.body.flavors.every((f: { ram: number }) => f.ram >= 8192)).toBe(true);
    expect(ram.body.flavors.some((f: { ram: number }) => f.ram === 8192)).toBe(true);
    // Real Nova, checked: minRam=2048 includes the 2,048 MB flavor (the spec says "greater than").
    const windows = await flavors('/flavors/detail?minRam=2048');
    expect(windows.body.flavors.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['m2.c1m2', 'c2.c2m2']));
    const disk = await flavors('/flavors?minDisk=40');
    expect(disk.body.flavors.map((f: { name: string }) => f.name).sort()).toEqual(['g2.t4.c4m32', 'g2.v100.c8m90', 'u2.c4m8']);
  });

  it.each([['minRam', 'lots'], ['minDisk', '1.5']])('an invalid %s is 400', async (name, value) => {
    const response = await flavors(`/flavors/detail?${name}=${value}`);
    expect(response.status).toBe(400);
    expect(response.body.badRequest.message).toBe(`Invalid ${name} filter [${value}]`);
  });

  it('GET /flavors/{id} shows one, 404 for an unknown id or a name; os-extra_specs too', async () => {
    const id = sim.state().flavors[0]?.id ?? '';
    expect((await flavors(`/flavors/${id}`)).body.flavor.id).toBe(id);
    const byName = await flavors('/flavors/m2.c2m4');
    expect(byName.status).toBe(404);
    expect(byName.body.itemNotFound.message).toBe('Flavor m2.c2m4 could not be found.');
    expect((await flavors(`/flavors/${id}/os-extra_specs`)).body.extra_specs).toEqual(sim.state().flavors[0]?.extraSpecs);
  });

  it('flavors are ordered by id and page with limit and marker', async () => {
    const all = (await flavors('/flavors')).body.flavors.map((f: { id: string }) => f.id);
    expect(all).toEqual([...all].sort());
    const page = await flavors(`/flavors?limit=2&marker=${all[1]}`);
    expect(page.body.flavors.map((f: { id: string }) => f.id)).toEqual(all.slice(2, 4));
    expect(page.body.flavors_links).toHaveLength(1);
  });
});

describe('availability zones', () => {
  it('kr-pub-a and kr-pub-b, both available', async () => {
    const response = await simClient().compute('GET', '/os-availability-zone');
    expect(response.body).toEqual({
      availabilityZoneInfo: [
        { zoneState: { available: true }, hosts: null, zoneName: 'kr-pub-a' },
        { zoneState: { available: true }, hosts: null, zoneName: 'kr-pub-b' },
      ],
    });
  });

  it('lists a zone taken down by the configuration last, as not available', async () => {
    sim.controls.setConfig({ unavailableZones: ['kr-pub-a'] });
    const response = await simClient().compute('GET', '/os-availability-zone');
    expect(response.body.availabilityZoneInfo).toEqual([
      { zoneState: { available: true }, hosts: null, zoneName: 'kr-pub-b' },
      { zoneState: { available: false }, hosts: null, zoneName: 'kr-pub-a' },
    ]);
  });

  it('the admin detail view is refused with 403, so clients fall back', async () => {
    expect((await simClient().compute('GET', '/os-availability-zone/detail')).status).toBe(403);
  });
});
