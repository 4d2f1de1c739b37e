import { describe, expect, it } from 'vitest';
import { sim, SIM_BASE_URL, SIM_TENANT_ID } from './node';
import { seeded, simClient, validCreateBody } from './test-client';

const create = (body: unknown) => simClient().compute('POST', '/servers', body);
type Body = ReturnType<typeof validCreateBody>;
type Device = Record<string, unknown>;

/** The valid body with the root device (and maybe more) replaced. */
function withDevices(devices: Device[], overrides: Record<string, unknown> = {}): Body {
  return validCreateBody({ block_device_mapping_v2: devices, ...overrides });
}

function rootFrom(imagePrefix: string, extra: Device = {}): Device {
  return { source_type: 'image', uuid: seeded().image(imagePrefix).id, boot_index: 0, volume_size: 50, destination_type: 'volume', ...extra };
}

async function expect400(body: unknown, message: string | RegExp) {
  const response = await create(body);
  expect(response.status).toBe(400);
  if (typeof message === 'string') expect(response.body.badRequest.message).toBe(message);
  else expect(response.body.badRequest.message).toMatch(message);
}

describe('POST /servers: success', () => {
  it('202 with the first server (id, links, security_groups, adminPass, diskConfig) and a Location header', async () => {
    const response = await create(validCreateBody());
    expect(response.status).toBe(202);
    const server = response.body.server;
    expect(Object.keys(server).sort()).toEqual(['OS-DCF:diskConfig', 'adminPass', 'id', 'links', 'security_groups']);
    expect(server.security_groups).toEqual([{ name: 'default' }]);
    expect(server.adminPass).toMatch(/^\w{12}$/);
    expect(response.headers.get('Location')).toBe(`${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}/servers/${server.id}`);
  });

  it('the image’s properties go into the metadata, under the user’s own keys', async () => {
    const response = await create(validCreateBody({ metadata: { os_version: 'mine', team: 'web' } }));
    const shown = await simClient().compute('GET', `/servers/${response.body.server.id}`);
    expect(shown.body.server.metadata).toMatchObject({
      os_distro: 'ubuntu',
      os_type: 'linux',
      login_username: 'ubuntu',
      image_name: 'Ubuntu Server 22.04 LTS (2025.07.15)',
      volume_size: '30',
      os_version: 'mine',
      team: 'web',
    });
  });

  it('multi-create: name1..N as NHN names them (no hyphen), sharing one reservation id, listed by reservation_id', async () => {
    const response = await create(validCreateBody({ name: 'web', min_count: '2', max_count: 3, return_reservation_id: true }));
    expect(response.status).toBe(202);
    expect(Object.keys(response.body)).toEqual(['reservation_id']);
    expect(response.headers.get('Location')).toBeNull();
    const reservation = response.body.reservation_id as string;
    expect(reservation).toMatch(/^r-[0-9a-z]{8}$/);
    const listed = await simClient().compute('GET', `/servers?reservation_id=${reservation}`);
    expect(listed.body.servers.map((s: { name: string }) => s.name).sort()).toEqual(['web1', 'web2', 'web3']);
  });

  it('return_reservation_id follows Nova’s quirk: the string "False" still returns it', async () => {
    expect(Object.keys((await create(validCreateBody({ return_reservation_id: 'False' }))).body)).toEqual(['reservation_id']);
    expect((await create(validCreateBody({ return_reservation_id: false }))).body.server).toBeDefined();
  });

  it.each([[1], [0], ['true'], ['False'], [true]])('delete_on_termination %j is accepted', async (flag) => {
    const response = await create(withDevices([rootFrom('Ubuntu Server 22.04 LTS (', { delete_on_termination: flag })]));
    expect(response.status).toBe(202);
    const root = sim.state().volumes.find((v) => v.attachment?.serverId === response.body.server.id);
    expect(root?.attachment?.deleteOnTermination).toBe(flag === 1 || flag === 'true' || flag === true);
  });

  it('U2 boots from its local disk without block_device_mapping_v2; volume_size is ignored', async () => {
    const response = await create(validCreateBody({ flavorRef: seeded().flavor('u2.c2m4').id, block_device_mapping_v2: undefined }));
    expect(response.status).toBe(202);
    expect(sim.state().volumes.some((v) => v.attachment?.serverId === response.body.server.id)).toBe(false);
    const shown = await simClient().compute('GET', `/servers/${response.body.server.id}`);
    expect(shown.body.server.metadata.volume_size).toBe('20');
  });

  it('GPU boots from a local root given in block_device_mapping_v2', async () => {
    const body = withDevices([rootFrom('Ubuntu Server 22.04 LTS - GPU', { destination_type: 'local' })], { flavorRef: seeded().flavor('g2.t4.c4m32').id });
    expect((await create(body)).status).toBe(202);
  });

  it('U2 with extra volumes names its local image root as boot_index 0 (what Nova accepts); the blank one is vdb', async () => {
    const ubuntu = seeded().image('Ubuntu Server 22.04 LTS (');
    const body = withDevices(
      [
        { source_type: 'image', uuid: ubuntu.id, boot_index: 0, destination_type: 'local', delete_on_termination: true },
        { source_type: 'blank', boot_index: 1, volume_size: 100, destination_type: 'volume', volume_type: 'General SSD' },
      ],
      { flavorRef: seeded().flavor('u2.c2m4').id },
    );
    const response = await create(body);
    expect(response.status).toBe(202);
    const volumes = sim.state().volumes.filter((v) => v.attachment?.serverId === response.body.server.id);
    expect(volumes.map((v) => [v.attachment?.device, v.size, v.bootable])).toEqual([['/dev/vdb', 100, false]]);
  });

  it('boots from an existing bootable volume: image "", zone taken from the volume', async () => {
    const volume = sim.state().volumes.find((v) => v.name === 'ubuntu-spare');
    const body = withDevices([{ source_type: 'volume', uuid: volume?.id, boot_index: 0, destination_type: 'volume' }], { imageRef: undefined });
    const response = await create(body);
    expect(response.status).toBe(202);
    const shown = await simClient().compute('GET', `/servers/${response.body.server.id}`);
    expect(shown.body.server.image).toBe('');
    expect(shown.body.server['OS-EXT-AZ:availability_zone']).toBe('kr-pub-b');
    expect(shown.body.server.metadata.os_distro).toBe('ubuntu');
  });

  it('extra blank volumes become volumes of the block storage service', async () => {
    const body = withDevices([
      rootFrom('Ubuntu Server 22.04 LTS ('),
      { source_type: 'blank', boot_index: 1, volume_size: 100, destination_type: 'volume', volume_type: 'General SSD', delete_on_termination: true },
    ]);
    const response = await create(body);
    const volumes = sim.state().volumes.filter((v) => v.attachment?.serverId === response.body.server.id);
    expect(volumes.map((v) => [v.attachment?.device, v.size, v.volumeType, v.bootable])).toEqual([
      ['/dev/vda', 50, 'General HDD', true],
      ['/dev/vdb', 100, 'General SSD', false],
    ]);
  });

  it('a fixed IP and an existing port are honoured', async () => {
    const { subnet } = seeded();
    const port = sim.state().ports.find((p) => p.name === 'reserved-port');
    const response = await create(validCreateBody({ networks: [{ subnet: subnet('private-subnet').id, fixed_ip: '192.168.1.77' }, { port: port?.id }] }));
    expect(response.status).toBe(202);
    const ports = sim.state().ports.filter((p) => p.deviceId === response.body.server.id);
    expect(ports.map((p) => p.ip).sort()).toEqual(['192.168.0.200', '192.168.1.77']);
  });
});

describe('POST /servers: body shape (Nova’s schema messages)', () => {
  it.each([
    ['no server key', { nope: {} }, "'server' is a required property"],
    ['no name', validCreateBody({ name: undefined }), /^Invalid input for field\/attribute server\. Value: .*'name' is a required property$/],
    ['an empty name', validCreateBody({ name: '' }), "Invalid input for field/attribute name. Value: . '' is too short"],
    ['a name of 256 characters', validCreateBody({ name: 'a'.repeat(256) }), /is too long$/],
    ['a name with a leading space', validCreateBody({ name: ' web' }), /^An invalid 'name' value was provided/],
    ['no flavorRef', validCreateBody({ flavorRef: undefined }), /'flavorRef' is a required property$/],
    ['no key_name (required by the NHN guide)', validCreateBody({ key_name: undefined }), /'key_name' is a required property$/],
    ['an imageRef that is not a UUID', validCreateBody({ imageRef: 'ubuntu' }), /is not valid under any of the given schemas$/],
    ['max_count 11', validCreateBody({ max_count: 11 }), 'Invalid input for field/attribute max_count. Value: 11. 11 is greater than the maximum of 10'],
    ['min_count 0', validCreateBody({ min_count: 0 }), 'Invalid input for field/attribute min_count. Value: 0. 0 is less than the minimum of 1'],
    ['min_count "two"', validCreateBody({ min_count: 'two' }), "Invalid input for field/attribute min_count. Value: two. 'two' does not match '^[0-9]*$'"],
    ['min_count > max_count', validCreateBody({ min_count: 3, max_count: 2 }), 'min_count must be <= max_count'],
    ['user_data that is not base64', validCreateBody({ user_data: '#!/bin/bash' }), /is not a 'base64'$/],
    ['user_data over 65535 characters', validCreateBody({ user_data: 'QUFB'.repeat(16384) }), /is too long$/],
    ['a metadata key with a slash', validCreateBody({ metadata: { 'a/b': 'x' } }), /Additional properties are not allowed \('a\/b' was unexpected\)$/],
    ['a metadata value of 256 characters', validCreateBody({ metadata: { k: 'v'.repeat(256) } }), /^Invalid input for field\/attribute k\. .* is too long$/],
    ['a metadata value that is not a string', validCreateBody({ metadata: { k: 1 } }), "Invalid input for field/attribute k. Value: 1. 1 is not of type 'string'"],
    ['a network uuid that is not a UUID', validCreateBody({ networks: [{ uuid: 'default' }] }), 'Bad networks format: network uuid is not in proper format (default)'],
    ['a bad source_type', withDevices([rootFrom('Ubuntu', { source_type: 'disk' })]), /'disk' is not one of \['volume', 'image', 'snapshot', 'blank'\]$/],
    ['no destination_type', withDevices([rootFrom('Ubuntu', { destination_type: undefined })]), /'destination_type' is a required property$/],
  ])('%s → 400', async (_, body, message) => {
    await expect400(body, message);
  });

  it('more than 128 metadata items is a quota matter: 403', async () => {
    const metadata = Object.fromEntries(Array.from({ length: 129 }, (_, i) => [`k${i}`, 'v']));
    const response = await create(validCreateBody({ metadata }));
    expect(response.status).toBe(403);
    expect(response.body.forbidden.message).toBe('Maximum number of metadata items exceeds 128');
  });

  it('non-JSON is "Malformed request body"', async () => {
    await expect400('{"server": ', 'Malformed request body');
  });
});

describe('POST /servers: zones', () => {
  it('refuses a zone that is down', async () => {
    sim.controls.setConfig({ unavailableZones: ['kr-pub-a'] });
    await expect400(validCreateBody({ availability_zone: 'kr-pub-a' }), 'The requested availability zone is not available');
  });
});

describe('POST /servers: references must exist (400, not 404)', () => {
  it.each([
    ['flavor', { flavorRef: 'nope' }, 'Flavor nope could not be found.'],
    ['image', { imageRef: '00000000-0000-4000-8000-000000000000' }, 'Can not find requested image'],
    ['key pair', { key_name: 'nope' }, 'Invalid key_name provided.'],
    ['availability zone', { availability_zone: 'kr-pub-z' }, 'The requested availability zone is not available'],
    ['security group', { security_groups: [{ name: 'db' }] }, 'Security group db not found.'],
    ['network', { networks: [{ uuid: '00000000-0000-4000-8000-000000000000' }] }, 'Network 00000000-0000-4000-8000-000000000000 could not be found.'],
    ['subnet', { networks: [{ subnet: '00000000-0000-4000-8000-000000000000' }] }, 'Subnet 00000000-0000-4000-8000-000000000000 could not be found.'],
    ['port', { networks: [{ port: '00000000-0000-4000-8000-000000000000' }] }, 'Port 00000000-0000-4000-8000-000000000000 could not be found.'],
    ['volume type', { block_device_mapping_v2: [{ source_type: 'image', uuid: 'IMG', boot_index: 0, volume_size: 30, destination_type: 'volume', volume_type: 'Gold' }] }, 'Volume type Gold could not be found.'],
  ])('unknown %s', async (_, overrides, message) => {
    const body = validCreateBody(overrides);
    const devices = body.server.block_device_mapping_v2 as Device[];
    for (const device of devices) if (device.uuid === 'IMG') device.uuid = seeded().image('Ubuntu').id;
    await expect400(body, message);
  });

  it('another project’s private image is not visible', async () => {
    const image = sim.state().images.find((i) => i.visibility === 'private');
    if (image) image.owner = 'someone-else';
    await expect400(validCreateBody({ imageRef: image?.id }), 'Can not find requested image');
  });
});

describe('POST /servers: networks', () => {
  it('no networks: 409, because the shared public_network is visible too', async () => {
    const response = await create(validCreateBody({ networks: undefined }));
    expect(response.status).toBe(409);
    expect(response.body.conflictingRequest.message).toBe('Multiple possible networks found, use a Network ID to be more specific.');
  });

  it('the external network is refused with 403', async () => {
    const external = sim.state().vpcs.find((v) => v.external);
    const response = await create(validCreateBody({ networks: [{ uuid: external?.id }] }));
    expect(response.status).toBe(403);
  });

  it.each([
    ['no key at all', {}],
    ['a fixed IP alone', { fixed_ip: '192.168.0.91' }],
  ])('a network entry with %s is 400 as in Nova ("missing \'uuid\'")', async (_, entry) => {
    await expect400(validCreateBody({ networks: [entry] }), "Bad network format: missing 'uuid'");
  });

  it('a port with a fixed IP is 400 as in Nova: the port keeps its own address', async () => {
    const port = sim.state().ports.find((p) => p.name === 'reserved-port');
    await expect400(
      validCreateBody({ networks: [{ port: port?.id, fixed_ip: '192.168.0.91' }] }),
      `Specified Fixed IP '192.168.0.91' cannot be used with port '${port?.id ?? ''}': the two cannot be specified together.`,
    );
  });

  it('takes a network by uuid, with or without a fixed IP, as Nova does', async () => {
    const network = sim.state().vpcs.find((v) => v.name === 'Default Network');
    const response = await create(validCreateBody({ networks: [{ uuid: network?.id }, { uuid: network?.id, fixed_ip: '192.168.1.92' }] }));
    expect(response.status).toBe(202);
    const ports = sim.state().ports.filter((p) => p.deviceId === response.body.server.id);
    expect(ports).toHaveLength(2);
    expect(ports.map((p) => p.ip)).toContain('192.168.1.92');
    expect(ports.every((p) => p.networkId === network?.id)).toBe(true);
  });

  it('a fixed IP or a port with max_count > 1 is 400', async () => {
    const { subnet } = seeded();
    await expect400(validCreateBody({ max_count: 2, networks: [{ subnet: subnet('private-subnet').id, fixed_ip: '192.168.1.70' }] }), /fixed_ip/);
    const port = sim.state().ports.find((p) => p.name === 'reserved-port');
    await expect400(validCreateBody({ max_count: 2, networks: [{ port: port?.id }] }), /single configured port ID/);
  });

  it('a fixed IP in use or a port in use is 409', async () => {
    const used = sim.state().ports.find((p) => p.deviceId === seeded().server('active').id);
    const ip = await create(validCreateBody({ networks: [{ subnet: used?.subnetId, fixed_ip: used?.ip }] }));
    expect(ip.status).toBe(409);
    expect(ip.body.conflictingRequest.message).toBe(`Fixed IP address ${used?.ip} is already in use on instance ${used?.deviceId}.`);
    const port = await create(validCreateBody({ networks: [{ port: used?.id }] }));
    expect(port.body.conflictingRequest.message).toBe(`Port ${used?.id} is still in use.`);
  });
});

describe('POST /servers: block devices and flavors (the NHN guide’s rules)', () => {
  const u2 = () => seeded().flavor('u2.c2m4').id;
  const gpu = () => seeded().flavor('g2.t4.c4m32').id;

  it.each([
    ['no block_device_mapping_v2 for m2', () => validCreateBody({ block_device_mapping_v2: undefined }), 'Missing Block Device Mapping attribute'],
    ['no block_device_mapping_v2 for GPU', () => validCreateBody({ flavorRef: gpu(), block_device_mapping_v2: undefined }), 'Missing Block Device Mapping attribute'],
    ['neither imageRef nor a boot device', () => validCreateBody({ imageRef: undefined, flavorRef: u2(), block_device_mapping_v2: undefined }), 'Missing imageRef attribute'],
    ['destination volume for U2', () => withDevices([rootFrom('Ubuntu')], { flavorRef: u2() }), /must have destination_type 'local'\.$/],
    ['destination volume for GPU', () => withDevices([rootFrom('Ubuntu')], { flavorRef: gpu() }), /must have destination_type 'local'\.$/],
    ['a root volume without a size', () => withDevices([rootFrom('Ubuntu', { volume_size: undefined })]), /need to have a non-zero size specified$/],
    ['a Linux root of 9 GB', () => withDevices([rootFrom('Ubuntu', { volume_size: 9 })]), /between 10 and 2000 GB for Linux images/],
    ['a root of 2001 GB', () => withDevices([rootFrom('Ubuntu', { volume_size: 2001 })]), /between 10 and 2000 GB/],
    ['a root below the image’s min_disk', () => withDevices([rootFrom('Ubuntu', { volume_size: 15 })]), /^Volume is smaller than the minimum size specified in image metadata\. Volume size is 16106127360 bytes, minimum size is 21474836480 bytes\.$/],
    ['a blank root', () => withDevices([{ source_type: 'blank', boot_index: 0, volume_size: 20, destination_type: 'volume' }]), /Boot sequence for the instance and image\/block device mapping combination is not valid\.$/],
    ['two boot devices', () => withDevices([rootFrom('Ubuntu'), rootFrom('Ubuntu')]), /Boot sequence/],
    // Real Nova, checked: blank volumes with no boot_index 0 entry, the body the console once sent for U2.
    ['U2 with extra volumes but no boot_index 0', () => withDevices([{ source_type: 'blank', boot_index: 1, volume_size: 10, destination_type: 'volume' }], { flavorRef: u2() }), 'Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.'],
    ['U2 with an extra volume that is not a boot device', () => withDevices([{ source_type: 'blank', boot_index: -1, volume_size: 10, destination_type: 'volume' }], { flavorRef: u2() }), /Boot sequence/],
    ['a gap in the boot indexes', () => withDevices([rootFrom('Ubuntu'), { source_type: 'blank', boot_index: 2, volume_size: 10, destination_type: 'volume' }]), /Boot sequence/],
    ['an image to local that is not the root', () => withDevices([rootFrom('Ubuntu'), rootFrom('Ubuntu', { boot_index: 1, destination_type: 'local' })]), 'Block Device Mapping is Invalid: Mapping image to local is not supported.'],
    ['a blank extra volume without a size', () => withDevices([rootFrom('Ubuntu'), { source_type: 'blank', boot_index: 1, destination_type: 'volume' }]), /Blank volumes .* need to have non-zero size$/],
    ['a local extra volume', () => withDevices([rootFrom('Ubuntu'), { source_type: 'blank', boot_index: 1, volume_size: 10, destination_type: 'local' }]), /additional block storage needs destination_type 'volume'/],
    ['an encrypted type without nhn_encryption', () => withDevices([rootFrom('Ubuntu', { volume_type: 'Encrypted HDD' })]), /needs nhn_encryption\.skm_appkey and nhn_encryption\.skm_key_id\.$/],
    ['an encrypted type with only the app key', () => withDevices([rootFrom('Ubuntu', { volume_type: 'Encrypted HDD', nhn_encryption: { skm_appkey: 'k' } })]), /needs nhn_encryption/],
  ])('%s → 400', async (_, body, message) => {
    await expect400(body(), message);
  });

  it.each([
    ['m2.c2m4', 'Ubuntu Server 22.04 LTS ('],
    ['g2.t4.c8m64', 'Ubuntu Server 22.04 LTS - GPU'],
  ])('a local root on %s, a flavor with no disk, is 403 as in Nova', async (flavorName, imagePrefix) => {
    const response = await create(withDevices([rootFrom(imagePrefix, { destination_type: 'local' })], { flavorRef: seeded().flavor(flavorName).id }));
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ forbidden: { code: 403, message: 'Only volume-backed servers are allowed for flavors with zero disk.' } });
  });

  it('a GPU flavor with no disk boots from a root volume of the size asked', async () => {
    const body = withDevices([rootFrom('Ubuntu Server 22.04 LTS - GPU', { volume_size: 80 })], { flavorRef: seeded().flavor('g2.t4.c8m64').id });
    const response = await create(body);
    expect(response.status).toBe(202);
    const root = sim.state().volumes.find((v) => v.attachment?.serverId === response.body.server.id);
    expect([root?.attachment?.device, root?.size, root?.bootable]).toEqual(['/dev/vda', 80, true]);
  });

  it('an encrypted type with both SKM fields is accepted', async () => {
    const body = withDevices([rootFrom('Ubuntu', { volume_type: 'Encrypted HDD', nhn_encryption: { skm_appkey: 'app', skm_key_id: 'key' } })]);
    const response = await create(body);
    expect(response.status).toBe(202);
    const detail = await simClient().volume('GET', '/volumes/detail');
    const root = detail.body.volumes.find((v: { attachments: Array<{ server_id: string }> }) => v.attachments[0]?.server_id === response.body.server.id);
    expect(root).toBeUndefined(); // still creating: Cinder lists attachments once in-use
    const volume = sim.state().volumes.find((v) => v.attachment?.serverId === response.body.server.id);
    expect(volume?.encryption).toEqual({ skmAppkey: 'app', skmKeyId: 'key' });
  });

  it('an existing volume: must be free, same zone, and only for one instance', async () => {
    const spare = sim.state().volumes.find((v) => v.name === 'ubuntu-spare');
    const device = { source_type: 'volume', uuid: spare?.id, boot_index: 0, destination_type: 'volume' };
    await expect400(withDevices([device], { availability_zone: 'kr-pub-a' }), /not in the same availability zone/);
    await expect400(withDevices([device], { max_count: 2 }), 'Cannot attach one or more volumes to multiple instances');
    const used = sim.state().volumes.find((v) => v.name === 'active-root');
    await expect400(withDevices([{ ...device, uuid: used?.id }]), `Invalid volume: volume '${used?.id}' status must be 'available'. Currently in 'in-use'`);
    const blank = sim.state().volumes.find((v) => v.name === 'data-b');
    await expect400(withDevices([{ ...device, uuid: blank?.id }]), `Block Device Mapping is Invalid: Volume ${blank?.id} is not bootable.`);
  });
});

describe('POST /servers: Windows rules', () => {
  const windowsRoot = (size = 50) => rootFrom('Windows 2022', { volume_size: size });
  const windowsBody = (overrides: Record<string, unknown> = {}) =>
    withDevices([windowsRoot()], { name: 'win-web', imageRef: seeded().image('Windows 2022').id, ...overrides });

  it('a valid Windows request passes', async () => {
    expect((await create(windowsBody())).status).toBe(202);
  });

  it.each([
    ['a name over 15 characters', () => windowsBody({ name: 'windows-web-0001' }), /at most 15 characters for Windows images/],
    ['a root of 40 GB', () => withDevices([windowsRoot(40)], { imageRef: seeded().image('Windows 2022').id }), /between 50 and 2000 GB for Windows images/],
    ['a flavor under 2 GB of RAM', () => windowsBody({ flavorRef: seeded().flavor('t2.c1m1').id }), "Flavor's memory is too small for requested image."],
    ['a U2 flavor', () => validCreateBody({ name: 'win', imageRef: seeded().image('Windows 2022').id, flavorRef: seeded().flavor('u2.c4m8').id, block_device_mapping_v2: undefined }), 'Windows images cannot be used with U2 flavors.'],
  ])('%s → 400', async (_, body, message) => {
    await expect400(body(), message);
  });

  it('Windows is recognised by os_type whatever its case', async () => {
    const image = seeded().image('Windows 2022');
    image.properties.os_type = 'Windows';
    await expect400(windowsBody({ name: 'windows-web-0001' }), /at most 15 characters/);
  });

  it('a Linux name may be long', async () => {
    expect((await create(validCreateBody({ name: 'linux-web-server-0001' }))).status).toBe(202);
  });
});

describe('POST /servers: instance quota', () => {
  it('builds as many as fit between min_count and max_count, and refuses with 403 below min_count', async () => {
    const used = sim.state().servers.filter((s) => !s.deleted).length;
    sim.controls.setConfig({ quota: { ...sim.controls.getConfig().quota, instances: used + 2 } });
    const partial = await create(validCreateBody({ min_count: 1, max_count: 5, return_reservation_id: true }));
    const listed = await simClient().compute('GET', `/servers?reservation_id=${partial.body.reservation_id}`);
    expect(listed.body.servers).toHaveLength(2);
    const refused = await create(validCreateBody());
    expect(refused.status).toBe(403);
    expect(refused.body.forbidden.message).toBe(`Quota exceeded for instances: Requested 1, but already used ${used + 2} of ${used + 2} instances`);
  });
});
