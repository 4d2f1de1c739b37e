/** os-volume_attachments: attach 200 with a body, detach 202; the volume goes attaching → in-use, detaching → available. */
import { recordAction } from '../engine/instance-actions';
import { checkState, RULES } from '../engine/state-check';
import { addStep } from '../engine/steps';
import { nextDeviceName } from '../engine/volumes';
import { badRequest, notFound } from '../http/faults';
import { lastValue, parseLimit, parseOffset } from '../http/query';
import { empty, json } from '../http/respond';
import type { AuthedContext, SimRoute } from '../http/router';
import { invalidField, isUuidLike, messages, requireBodyObject } from '../http/validate';
import { uuid } from '../random';
import type { SimServer, SimVolume } from '../state';
import { createViewIndex } from '../views/view-index';
import { findServer } from './servers';

const BASE = '/compute/v2/:tenantId/servers/:serverId/os-volume_attachments';

function attachmentView(server: SimServer, volume: SimVolume) {
  return { device: volume.attachment?.device ?? null, id: volume.id, serverId: server.id, volumeId: volume.id };
}

function findVolume(ctx: AuthedContext, id: string): SimVolume {
  const volume = ctx.state.volumes.find((v) => v.id === id && v.tenantId === ctx.tenantId);
  if (!volume) throw notFound(`Volume ${id} could not be found.`);
  return volume;
}

function attachedVolume(ctx: AuthedContext, server: SimServer): SimVolume {
  const volumeId = ctx.params.volumeId ?? '';
  const volume = ctx.state.volumes.find((v) => v.id === volumeId && v.attachment?.serverId === server.id);
  if (!volume) throw notFound(`Instance ${server.id} is not attached to volume ${volumeId}`);
  return volume;
}

/**
 * Nova slices the block device rows before it drops the ones without a volume (the local root disk of an
 * image-booted server), so a page can come back short or empty. `limit=0` or none means max_limit.
 */
function list(ctx: AuthedContext): Response {
  const server = findServer(ctx);
  const volumes = createViewIndex(ctx.state).volumes(server.id);
  const rows: Array<SimVolume | null> = server.rootKind === 'local' ? [null, ...volumes] : volumes;
  const limit = lastValue(ctx.url, 'limit') === '0' ? 1000 : parseLimit(ctx.url);
  const offset = parseOffset(ctx.url);
  const page = rows.slice(offset, offset + limit).filter((row): row is SimVolume => row !== null);
  return json({ volumeAttachments: page.map((volume) => attachmentView(server, volume)) });
}

async function attach(ctx: AuthedContext): Promise<Response> {
  const body = requireBodyObject(await ctx.readJson(), 'volumeAttachment');
  const volumeId = body.volumeId;
  if (volumeId === undefined) throw invalidField('volumeAttachment', body, messages.required('volumeId'));
  if (typeof volumeId !== 'string' || !isUuidLike(volumeId)) throw invalidField('volumeId', volumeId, messages.format(volumeId, 'uuid'));
  const server = findServer(ctx);
  checkState(server, RULES.attachVolume);
  const volume = findVolume(ctx, volumeId);
  if (volume.attachment) throw badRequest(`Invalid volume: volume ${volume.id} is already attached to instances: ${volume.attachment.serverId}`);
  if (volume.status !== 'available') throw badRequest(`Invalid volume: volume '${volume.id}' status must be 'available'. Currently in '${volume.status}'`);
  if (volume.availabilityZone !== server.availabilityZone) {
    throw badRequest(
      `Invalid volume: Instance ${server.id} and volume ${volume.id} are not in the same availability_zone. Instance is in ${server.availabilityZone}. Volume is in ${volume.availabilityZone}`,
    );
  }
  const device = nextDeviceName(ctx.state, server.id);
  volume.attachment = { serverId: server.id, attachmentId: uuid(ctx.state), device, attachedAt: ctx.now, bootIndex: null, deleteOnTermination: false };
  volume.status = 'attaching';
  volume.updatedAt = ctx.now;
  addStep(ctx.state, { kind: 'volume', volumeId: volume.id, status: 'in-use', at: ctx.now + ctx.config.transitionMs });
  recordAction({ ...ctx, userId: ctx.user.id }, server, 'attach_volume', volume.id);
  return json({ volumeAttachment: attachmentView(server, volume) });
}

function detach(ctx: AuthedContext): Response {
  const server = findServer(ctx);
  findVolume(ctx, ctx.params.volumeId ?? '');
  const volume = attachedVolume(ctx, server);
  if (volume.attachment?.bootIndex === 0) throw badRequest('Cannot detach a root device volume');
  checkState(server, RULES.detachVolume);
  if (volume.status !== 'in-use') {
    throw badRequest("Invalid volume: Unable to detach volume. Volume status must be 'in-use' and attach_status must be 'attached' to detach.");
  }
  volume.status = 'detaching';
  volume.updatedAt = ctx.now;
  addStep(ctx.state, { kind: 'volume', volumeId: volume.id, status: 'available', detach: true, at: ctx.now + ctx.config.transitionMs });
  recordAction({ ...ctx, userId: ctx.user.id }, server, 'detach_volume', volume.id);
  return empty(202);
}

export const volumeAttachmentRoutes: SimRoute[] = [
  { method: 'GET', path: BASE, service: 'compute', handle: list },
  { method: 'POST', path: BASE, service: 'compute', handle: attach },
  {
    method: 'GET',
    path: `${BASE}/:volumeId`,
    service: 'compute',
    handle(ctx) {
      const server = findServer(ctx);
      return json({ volumeAttachment: attachmentView(server, attachedVolume(ctx, server)) });
    },
  },
  { method: 'DELETE', path: `${BASE}/:volumeId`, service: 'compute', handle: detach },
];
