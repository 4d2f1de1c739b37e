import { describe, expect, it } from 'vitest';
import { sim, simClock } from './node';
import { seeded, simClient } from './test-client';

const STEP = 1000; // TEST_SIM_CONFIG.transitionMs

describe('volume attachments', () => {
  const attachments = (serverId: string, query = '') => simClient().compute('GET', `/servers/${serverId}/os-volume_attachments${query}`);

  it('attach: 200 with the attachment, volume attaching → in-use; detach: 202, detaching → available', async () => {
    const client = simClient();
    const serverId = seeded().server('active').id;
    const volume = sim.state().volumes.find((v) => v.name === 'data-a');
    if (!volume) throw new Error('seed');
    const attached = await client.compute('POST', `/servers/${serverId}/os-volume_attachments`, { volumeAttachment: { volumeId: volume.id } });
    expect(attached.status).toBe(200);
    expect(attached.body.volumeAttachment).toEqual({ device: '/dev/vdc', id: volume.id, serverId, volumeId: volume.id });
    expect(volume.status).toBe('attaching');
    simClock.advance(STEP);
    const listed = await attachments(serverId);
    expect(listed.body.volumeAttachments.map((a: { device: string }) => a.device)).toEqual(['/dev/vda', '/dev/vdb', '/dev/vdc']);
    expect(sim.state().volumes.find((v) => v.id === volume.id)?.status).toBe('in-use');
    const shown = await client.compute('GET', `/servers/${serverId}/os-volume_attachments/${volume.id}`);
    expect(shown.body.volumeAttachment.device).toBe('/dev/vdc');
    expect((await client.compute('DELETE', `/servers/${serverId}/os-volume_attachments/${volume.id}`)).status).toBe(202);
    expect(sim.state().volumes.find((v) => v.id === volume.id)?.status).toBe('detaching');
    simClock.advance(STEP);
    await attachments(serverId);
    expect(sim.state().volumes.find((v) => v.id === volume.id)).toMatchObject({ status: 'available', attachment: null });
  });

  it('limit and offset; a U2 server’s hidden local root row makes pages short', async () => {
    const active = seeded().server('active').id;
    expect((await attachments(active, '?limit=1&offset=1')).body.volumeAttachments).toHaveLength(1);
    const u2 = seeded().server('u2-active').id;
    const volume = sim.state().volumes.find((v) => v.name === 'data-a');
    await simClient().compute('POST', `/servers/${u2}/os-volume_attachments`, { volumeAttachment: { volumeId: volume?.id } });
    expect((await attachments(u2, '?limit=1')).body.volumeAttachments).toEqual([]);
    expect((await attachments(u2, '?limit=1&offset=1')).body.volumeAttachments).toHaveLength(1);
  });

  it.each([
    ['a volume attached elsewhere', 'active-data', 'u2-active', 400, /^Invalid volume: volume .* is already attached to instances: /],
    ['a volume in another zone', 'data-b', 'active', 400, /are not in the same availability_zone/],
    ['a shelved server', 'data-b', 'shelved-offloaded', 409, /^Cannot 'attach_volume' instance .* while it is in vm_state shelved_offloaded$/],
  ])('attach refuses %s', async (_, volumeName, serverName, status, message) => {
    const volume = sim.state().volumes.find((v) => v.name === volumeName);
    const response = await simClient().compute('POST', `/servers/${seeded().server(serverName).id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: volume?.id },
    });
    expect(response.status).toBe(status);
    const [fault] = Object.values(response.body as Record<string, { message: string }>);
    expect(fault?.message).toMatch(message);
  });

  it('detach refuses the root volume and a volume the server does not have', async () => {
    const { server } = seeded();
    const serverId = server('active').id;
    const root = sim.state().volumes.find((v) => v.name === 'active-root');
    const rootResponse = await simClient().compute('DELETE', `/servers/${serverId}/os-volume_attachments/${root?.id}`);
    expect(rootResponse.body.badRequest.message).toBe('Cannot detach a root device volume');
    const other = sim.state().volumes.find((v) => v.name === 'data-a');
    const otherResponse = await simClient().compute('DELETE', `/servers/${serverId}/os-volume_attachments/${other?.id}`);
    expect(otherResponse.body.itemNotFound.message).toBe(`Instance ${serverId} is not attached to volume ${other?.id}`);
  });
});
