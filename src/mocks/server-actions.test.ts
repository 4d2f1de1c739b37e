import { describe, expect, it } from 'vitest';
import { sim, SIM_BASE_URL, simClock } from './node';
import { seeded, simClient } from './test-client';

const action = async (name: string, body: unknown) => {
  const id = seeded().server(name).id;
  return { id, response: await simClient().compute('POST', `/servers/${id}/action`, body) };
};

describe('status rules of the spec, with Nova’s 409 messages', () => {
  it.each([
    ['os-start', null, 'active', "Cannot 'start' instance {id} while it is in vm_state active"],
    ['os-start', null, 'error', "Cannot 'start' instance {id} while it is in vm_state error"],
    ['os-start', null, 'shelved-offloaded', 'Instance {id} is not ready'],
    ['os-stop', null, 'shutoff', "Cannot 'stop' instance {id} while it is in vm_state stopped"],
    ['os-stop', null, 'paused', "Cannot 'stop' instance {id} while it is in vm_state paused"],
    ['os-stop', null, 'reboot', "Cannot 'stop' instance {id} while it is in task_state rebooting"],
    ['unshelve', null, 'active', "Cannot 'unshelve' instance {id} while it is in vm_state active"],
    ['shelve', null, 'shutoff', "Cannot 'shelve' instance {id} while it is in vm_state stopped"],
    ['shelve', null, 'error', "Cannot 'shelve' instance {id} while it is in vm_state error"],
    ['reboot', { type: 'SOFT' }, 'error', "Cannot 'reboot' instance {id} while it is in vm_state error"],
    ['reboot', { type: 'SOFT' }, 'reboot', "Cannot 'reboot' instance {id} while it is in task_state rebooting"],
    ['reboot', { type: 'HARD' }, 'shutoff', "Cannot 'reboot' instance {id} while it is in vm_state stopped"],
    ['reboot', { type: 'HARD' }, 'suspended', "Cannot 'reboot' instance {id} while it is in vm_state suspended"],
    ['reboot', { type: 'HARD' }, 'migrating', "Cannot 'reboot' instance {id} while it is in task_state migrating"],
    ['resize', { flavorRef: 'x' }, 'paused', "Cannot 'resize' instance {id} while it is in vm_state paused"],
    ['resize', { flavorRef: 'x' }, 'verify-resize', "Cannot 'resize' instance {id} while it is in vm_state resized"],
    ['createImage', { name: 'snap' }, 'rescue', "Cannot 'createImage' instance {id} while it is in vm_state rescued"],
    ['createImage', { name: 'snap' }, 'password', "Cannot 'createImage' instance {id} while it is in task_state updating_password"],
  ])('%s %j on `%s` → 409 %s', async (name, argument, serverName, message) => {
    const { id, response } = await action(serverName, { [name]: argument });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ conflictingRequest: { code: 409, message: message.replace('{id}', id) } });
  });

  it('start while powering-off is refused on the vm_state; a second stop on the task_state', async () => {
    const { id } = await action('active', { 'os-stop': null });
    const start = await action('active', { 'os-start': null });
    expect(start.response.body.conflictingRequest.message).toBe(`Cannot 'start' instance ${id} while it is in vm_state active`);
    const stop = await action('active', { 'os-stop': null });
    expect(stop.response.body.conflictingRequest.message).toBe(`Cannot 'stop' instance ${id} while it is in task_state powering-off`);
  });

  it('stop on a building server: first "not ready" (no host yet), then the vm_state', async () => {
    const first = await action('build', { 'os-stop': null });
    expect(first.response.body.conflictingRequest.message).toBe(`Instance ${first.id} is not ready`);
    simClock.advance(1000); // scheduling done: the server has a host
    const second = await action('build', { 'os-stop': null });
    expect(second.response.body.conflictingRequest.message).toBe(`Cannot 'stop' instance ${first.id} while it is in vm_state building`);
  });

  it.each([
    ['reboot HARD', { reboot: { type: 'HARD' } }, 'error'],
    ['reboot HARD', { reboot: { type: 'hard' } }, 'paused'],
    ['reboot HARD over a soft reboot', { reboot: { type: 'Hard' } }, 'reboot'],
    ['stop', { 'os-stop': null }, 'error'],
    ['start', { 'os-start': null }, 'shutoff'],
    ['unshelve', { unshelve: null }, 'shelved-offloaded'],
    ['shelve', { shelve: null }, 'active'],
    ['resize from SHUTOFF', { resize: { flavorRef: '' } }, 'shutoff'],
  ])('%s is accepted on `%s`: 202, empty body, JSON content type', async (_, body, serverName) => {
    const patched = 'resize' in body ? { resize: { flavorRef: seeded().flavor('m2.c4m8').id } } : body;
    const { response } = await action(serverName, patched);
    expect(response.status).toBe(202);
    expect(response.text).toBe('');
    expect(response.headers.get('Content-Type')).toContain('application/json');
  });

  it('rename, delete and security-group actions ignore the status', async () => {
    const client = simClient();
    const id = seeded().server('resize').id;
    expect((await client.compute('PUT', `/servers/${id}`, { server: { name: 'renamed' } })).status).toBe(200);
    expect((await client.compute('POST', `/servers/${id}/action`, { addSecurityGroup: { name: 'web' } })).status).toBe(202);
    expect((await client.compute('DELETE', `/servers/${id}`)).status).toBe(204);
  });
});

describe('action bodies', () => {
  it.each([
    ['two keys', { 'os-start': null, 'os-stop': null }, 'Malformed request body'],
    ['not JSON', '{"os-start": ', 'Malformed request body'],
    ['empty', '', 'Malformed request body'],
    ['an unknown action', { hibernate: null }, 'There is no such action: hibernate'],
    ['a reboot type Nova does not know', { reboot: { type: 'hArD' } }, "Invalid input for field/attribute type. Value: hArD. 'hArD' is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']"],
    ['a reboot without type', { reboot: {} }, "Invalid input for field/attribute reboot. Value: {}. 'type' is a required property"],
    ['a resize without flavorRef', { resize: {} }, "Invalid input for field/attribute resize. Value: {}. 'flavorRef' is a required property"],
    ['createImage without name', { createImage: {} }, "Invalid input for field/attribute createImage. Value: {}. 'name' is a required property"],
    ['an empty security group name', { addSecurityGroup: { name: '' } }, 'Security group name cannot be empty'],
  ])('%s → 400 %s', async (_, body, message) => {
    const { response } = await action('active', body);
    expect(response.status).toBe(400);
    expect(response.body.badRequest.message).toBe(message);
  });

  it('an unknown action on an unknown server is still "no such action" (the body is read first)', async () => {
    const response = await simClient().compute('POST', '/servers/nope/action', { hibernate: null });
    expect(response.body.badRequest.message).toBe('There is no such action: hibernate');
  });

  it('a known action on an id that was never a server is 404 from the cell lookup, as real Nova answers', async () => {
    const response = await simClient().compute('POST', '/servers/3f1c0000-0000-4000-8000-000000000000/action', { 'os-stop': null });
    expect(response.status).toBe(404);
    expect(response.body.itemNotFound.message).toBe('Instance 3f1c0000-0000-4000-8000-000000000000 has no mapping to a cell.');
  });

  it('a known action on a deleted server is 404 "could not be found"', async () => {
    const id = seeded().server('active').id;
    await simClient().compute('DELETE', `/servers/${id}`);
    simClock.advance(10_000);
    const response = await simClient().compute('POST', `/servers/${id}/action`, { 'os-stop': null });
    expect(response.status).toBe(404);
    expect(response.body.itemNotFound.message).toBe(`Instance ${id} could not be found.`);
  });

  it('another media type is refused with 415', async () => {
    const id = seeded().server('active').id;
    const response = await simClient().compute('POST', `/servers/${id}/action`, '<os-stop/>', { 'Content-Type': 'application/xml' });
    expect(response.status).toBe(415);
    expect(response.body.badMediaType.message).toBe('Unsupported Content-Type');
  });
});

describe('resize rules', () => {
  const resize = (serverName: string, flavorName: string) => action(serverName, { resize: { flavorRef: seeded().flavor(flavorName).id } });

  it('to the same flavor: 400', async () => {
    const { response } = await resize('active', 'm2.c2m4');
    expect(response.body.badRequest.message).toBe('When resizing, instances must change flavor!');
  });

  it('to an unknown flavor: 400', async () => {
    const { response } = await action('active', { resize: { flavorRef: 'no-such-flavor' } });
    expect(response.body.badRequest.message).toBe('Flavor no-such-flavor could not be found.');
  });

  it.each([
    ['active', 'u2.c2m4'],
    ['u2-active', 'u2.c4m8'],
    ['u2-active', 'm2.c4m8'],
    ['active', 'g2.t4.c4m32'],
  ])('`%s` to %s is refused (NHN flavor families)', async (serverName, flavorName) => {
    const { response } = await resize(serverName, flavorName);
    expect(response.status).toBe(400);
    expect(response.body.badRequest.message).toMatch(/^Resizing from flavor .* to flavor .* is not supported\.$/);
  });

  it.each([['t2.c1m1'], ['c2.c4m4'], ['r2.c2m8'], ['x1.c16m64']])('m2 → %s is allowed', async (flavorName) => {
    expect((await resize('active', flavorName)).response.status).toBe(202);
  });

  it('a Windows server cannot go below 2 GB of RAM', async () => {
    const { response } = await resize('win-active', 't2.c1m1');
    expect(response.body.badRequest.message).toBe("Flavor's memory is too small for requested image.");
  });
});

describe('createImage', () => {
  it('is refused for non-U2 flavors with 400', async () => {
    const { response } = await action('active', { createImage: { name: 'snap' } });
    expect(response.status).toBe(400);
    expect(response.body.badRequest.message).toMatch(/only U2 flavor instances can create images/);
  });

  it('on U2: 202, empty body, Location of the new image in the image service', async () => {
    const { response } = await action('u2-active', { createImage: { name: 'u2-snap', metadata: { purpose: 'backup' } } });
    expect(response.status).toBe(202);
    expect(response.text).toBe('');
    const location = response.headers.get('Location') ?? '';
    expect(location).toMatch(new RegExp(`^${SIM_BASE_URL}/image/v2/images/[0-9a-f-]{36}$`));
    const image = await simClient().image('GET', `/v2/images/${location.split('/').pop() ?? ''}`);
    expect(image.body).toMatchObject({ name: 'u2-snap', status: 'queued', visibility: 'private', purpose: 'backup', image_type: 'snapshot' });
  });
});

describe('security groups', () => {
  const groups = async (name: string) => {
    const server = await simClient().compute('GET', `/servers/${seeded().server(name).id}`);
    return (server.body.server.security_groups ?? []).map((g: { name: string }) => g.name);
  };

  it('add and remove change every port of the server', async () => {
    await action('shutoff', { addSecurityGroup: { name: 'web' } });
    expect(await groups('shutoff')).toEqual(['default', 'web']);
    const ports = sim.state().ports.filter((p) => p.deviceId === seeded().server('shutoff').id);
    expect(ports.every((p) => p.securityGroupIds.length === 2)).toBe(true);
    await action('shutoff', { removeSecurityGroup: { name: 'default' } });
    expect(await groups('shutoff')).toEqual(['web']);
  });

  it('without any group the server record has no security_groups key at all', async () => {
    await action('shutoff', { removeSecurityGroup: { name: 'default' } });
    const server = await simClient().compute('GET', `/servers/${seeded().server('shutoff').id}`);
    expect(server.body.server).not.toHaveProperty('security_groups');
  });

  it('errors: unknown group, a group the server does not have, a server without ports yet', async () => {
    const unknown = await action('active', { addSecurityGroup: { name: 'db' } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.response.body.itemNotFound.message).toMatch(/^Security group db is not found for project /);
    const missing = await action('shutoff', { removeSecurityGroup: { name: 'web' } });
    expect(missing.response.body.itemNotFound.message).toBe(`Security group web not associated with the instance ${missing.id}`);
    const building = await action('build', { addSecurityGroup: { name: 'web' } });
    expect(building.response.body.itemNotFound.message).toBe(`instance_id ${building.id} could not be found as device id on any ports`);
  });
});
