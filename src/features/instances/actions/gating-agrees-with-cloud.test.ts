/**
 * The console's gating and the simulated cloud are two tables written apart (the cloud's must never read the
 * console's). This holds them together: for every seeded server and every action, the console allows it exactly when
 * the cloud accepts the request the console sends; a status or task refusal is the cloud's 409, a flavor refusal its
 * 400, and "nothing to work on" its 404.
 */
import { describe, expect, it } from 'vitest';
import { isApiError } from '../../../api/api-error';
import { listFlavorsDetail } from '../../../api/flavors';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { serverFlavorId } from '../../../api/server-refs';
import { getServer } from '../../../api/servers';
import { type ActionRefusal, canPerform } from '../../../domain/action-gate';
import { INSTANCE_ACTIONS, type InstanceAction } from '../../../domain/instance-actions';
import { sim } from '../../../mocks/node';
import { simServerId, withSimSession } from '../detail/test-support';
import { osTypeOf } from '../server-facts';
import { resizeChoices } from './resize-choices';
import { type ActionRequest, runInstanceAction } from './run-instance-action';
import { serverFlavorFamily } from './server-flavor';
import { actionSubjectOf } from './use-action-availability';

withSimSession();

const CLOUD_REFUSAL: Partial<Record<ActionRefusal['reason'], number>> = { status: 409, task: 409, flavor: 400, missing: 404 };

const SEEDED = sim
  .state()
  .servers.filter((server) => !server.deleted)
  .map((server) => server.name);

/** Two free volumes in each zone: one to attach, and one put on the server here, so Detach has one to take. */
function volumesFor(serverId: string): { free: string; attached: string } {
  const state = sim.state();
  const server = state.servers.find((candidate) => candidate.id === serverId);
  const [free, spare] = state.volumes.filter((volume) => volume.status === 'available' && volume.availabilityZone === server?.availabilityZone);
  if (!free || !spare) throw new Error(`the seed has fewer than two free volumes in ${server?.availabilityZone}`);
  spare.status = 'in-use';
  spare.attachment = { serverId, attachmentId: spare.id, device: '/dev/vdz', attachedAt: 0, bootIndex: null, deleteOnTermination: false };
  return { free: free.id, attached: spare.id };
}

/** What the console sends for the action: the flavor it would offer first, a volume and a group the server can take. */
function requestFor(action: InstanceAction, server: Server, flavors: Flavor[], volumes: { free: string; attached: string }): ActionRequest {
  switch (action) {
    case 'resize': {
      const choices = resizeChoices(flavors, { id: serverFlavorId(server), family: serverFlavorFamily(server, flavors) }, osTypeOf(server), 'nhn');
      const other = choices.find((choice) => choice.problem === null) ?? choices.find((choice) => choice.flavor.id !== serverFlavorId(server));
      return { action, flavorId: other?.flavor.id ?? '' };
    }
    case 'createImage':
      return { action, imageName: 'snapshot' };
    case 'addSecurityGroup':
      return { action, groupName: 'web' };
    case 'removeSecurityGroup':
      return { action, groupName: 'default' };
    case 'rename':
      return { action, name: 'renamed' };
    case 'attachVolume':
      return { action, volumeId: volumes.free };
    case 'detachVolume':
      return { action, volumeId: volumes.attached };
    default:
      return { action };
  }
}

async function cloudAnswer(serverId: string, request: ActionRequest): Promise<number> {
  try {
    await runInstanceAction(serverId, request);
    return 202;
  } catch (error) {
    if (isApiError(error) && error.status !== undefined) return error.status;
    throw error;
  }
}

describe.each(SEEDED)('the seeded server %s', (name) => {
  it.each(INSTANCE_ACTIONS)('%s: the console allows it exactly when the cloud accepts it', async (action) => {
    const id = simServerId(name);
    const volumes = volumesFor(id);
    const [server, flavors] = await Promise.all([getServer(id), listFlavorsDetail()]);
    const verdict = canPerform(action, actionSubjectOf(server, flavors, undefined), 'nhn');
    const answer = await cloudAnswer(id, requestFor(action, server, flavors, volumes));
    if (verdict.allowed) {
      expect(answer, `the cloud refused what the console offers (${server.status})`).toBeLessThan(300);
    } else {
      expect({ reason: verdict.reason, answer }).toEqual({ reason: verdict.reason, answer: CLOUD_REFUSAL[verdict.reason] });
    }
  });
});
