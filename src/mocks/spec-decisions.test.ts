/**
 * Rules on which the console and the simulated cloud once disagreed. Each row is the decided answer (the reason is in
 * docs/simulation-differences.md), and both sides are held to it: the console's own rule, and what the simulated
 * cloud answers over HTTP. A test of the simulated cloud may read the console's rules; the simulated cloud itself
 * may not.
 */
import { describe, expect, it } from 'vitest';
import { metadataProblems } from '../domain/create-rules';
import { canResizeBetween, canResizeFamily, flavorFamily } from '../domain/flavor-family';
import { canPerform } from '../domain/action-gate';
import { EMPTY_VALUES } from '../features/create-instance/wizard-values';
import { sim } from './node';
import { seeded, simClient, validCreateBody } from './test-client';

const compute = () => simClient().compute;

async function act(serverName: string, body: unknown) {
  const id = seeded().server(serverName).id;
  return compute()('POST', `/servers/${id}/action`, body);
}

describe('shelving a GPU instance (NHN console guide: "GPU instances cannot be terminated.")', () => {
  it.each([
    ['gpu-active', false],
    ['active', true],
  ])('%s: shelve allowed %s', async (serverName, allowed) => {
    const flavor = sim.state().flavors.find((f) => f.id === seeded().server(serverName).flavorId);
    const verdict = canPerform('shelve', { status: 'ACTIVE', taskState: null, flavorFamily: flavorFamily(flavor?.name) }, 'nhn');
    expect(verdict.allowed).toBe(allowed);
    const response = await act(serverName, { shelve: null });
    expect(response.status).toBe(allowed ? 202 : 400);
    if (!allowed) expect(response.body.badRequest.message).toBe('GPU instances cannot be terminated (shelved).');
  });
});

describe('resizing between flavor families (an unknown prefix is a general, volume-backed flavor)', () => {
  const unknown = { id: '5f0c4a5e-7a43-4a0e-9b1a-0000000000a2', name: 'i2.c4m16', vcpus: 4, ram: 16384, disk: 0, ephemeral: 0, extraSpecs: {} };
  it.each([
    ['i2.c4m16', 'm2.c4m8', true],
    ['m2.c2m4', 'i2.c4m16', true],
    ['i2.c4m16', 'u2.c2m4', false],
    ['i2.c4m16', 'g2.t4.c4m32', false],
    ['g2.t4.c4m32', 'i2.c4m16', false],
    ['g2.t4.c4m32', 'g2.t4.c8m64', true],
    ['m2.c2m4', 'g2.t4.c4m32', false],
    ['u2.c2m4', 'u2.c4m8', false],
    ['m2.c2m4', 'x1.c16m64', true],
  ])('%s → %s: %s', async (fromName, toName, allowed) => {
    sim.state().flavors.push({ ...unknown });
    const byName = (name: string) => sim.state().flavors.find((f) => f.name === name) ?? unknown;
    const from = flavorFamily(fromName);
    expect(canResizeFamily(from) && canResizeBetween(from, flavorFamily(toName))).toBe(allowed);
    const server = seeded().server('shutoff');
    server.flavorId = byName(fromName).id;
    const response = await act('shutoff', { resize: { flavorRef: byName(toName).id } });
    expect(response.status).toBe(allowed ? 202 : 400);
  });
});

describe('a hard reboot (spec: "ACTIVE, ERROR, PAUSED, REBOOT"; a hard reboot already running is not restarted)', () => {
  it.each([
    ['active', null, true],
    ['error', null, true],
    ['paused', null, true],
    ['reboot', null, true],
    ['active', 'pausing', true],
    ['hard-reboot', null, false],
    ['active', 'reboot_pending_hard', false],
    ['shutoff', null, false],
    ['suspended', null, false],
  ])('%s (task %s): allowed %s', async (serverName, task, allowed) => {
    const server = seeded().server(serverName);
    if (task) server.taskState = task;
    const shown = (await compute()('GET', `/servers/${server.id}`)).body.server;
    expect(canPerform('rebootHard', { status: shown.status, taskState: shown['OS-EXT-STS:task_state'] }, 'nhn').allowed).toBe(allowed);
    const response = await act(serverName, { reboot: { type: 'HARD' } });
    expect(response.status).toBe(allowed ? 202 : 409);
  });
});

describe('metadata items (Nova: at most 128, "Maximum number of metadata items exceeds 128")', () => {
  const items = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'v' }));
  it.each([
    [128, true],
    [129, false],
  ])('%i items: allowed %s', async (count, allowed) => {
    expect(metadataProblems(items(count)).length === 0).toBe(allowed);
    const metadata = Object.fromEntries(items(count).map(({ key, value }) => [key, value]));
    const response = await compute()('POST', '/servers', validCreateBody({ metadata }));
    expect(response.status).toBe(allowed ? 202 : 403);
  });
});

describe('the root disk when the instance is deleted (spec: delete_on_termination "Default value is false")', () => {
  it('is kept unless asked: the wizard starts unchecked, the cloud keeps a root sent without the field', async () => {
    expect(EMPTY_VALUES.root.deleteOnTermination).toBe(false);
    const { image } = seeded();
    const ubuntu = image('Ubuntu Server 22.04 LTS (');
    const root = { source_type: 'image', uuid: ubuntu.id, boot_index: 0, volume_size: 30, destination_type: 'volume' };
    const response = await compute()('POST', '/servers', validCreateBody({ block_device_mapping_v2: [root] }));
    expect(response.status).toBe(202);
    const volume = sim.state().volumes.find((v) => v.attachment?.serverId === response.body.server.id);
    expect(volume?.attachment?.deleteOnTermination).toBe(false);
  });
});
