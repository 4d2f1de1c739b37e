/** createImage: a private image that goes queued → saving → active in the image service while the task runs. */
import { uuid } from '../random';
import type { SimFlavor, SimImage, SimServer } from '../state';
import { addStep, startTask, type EngineContext } from './steps';
import { SNAPSHOT_ACTIVE_STEP, SNAPSHOT_SAVING_STEP, snapshotRecipe } from './transitions';

const GB = 1024 ** 3;

export function createSnapshotImage(
  ctx: EngineContext,
  server: SimServer,
  flavor: SimFlavor,
  name: string,
  metadata: Record<string, string>,
): SimImage {
  const source = ctx.state.images.find((image) => image.id === server.imageId);
  const image: SimImage = {
    id: uuid(ctx.state),
    name,
    status: 'queued',
    visibility: 'private',
    owner: server.tenantId,
    minDisk: flavor.disk,
    minRam: source?.minRam ?? 0,
    size: null,
    tags: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
    properties: {
      ...(source?.properties ?? {}),
      ...metadata,
      image_type: 'snapshot',
      instance_uuid: server.id,
      base_image_ref: server.imageId,
      user_id: server.userId,
    },
  };
  ctx.state.images.push(image);
  startTask(ctx, server, snapshotRecipe.immediate, snapshotRecipe.later);
  const step = ctx.config.transitionMs;
  addStep(ctx.state, { kind: 'image', imageId: image.id, status: 'saving', at: ctx.now + SNAPSHOT_SAVING_STEP * step });
  addStep(ctx.state, {
    kind: 'image',
    imageId: image.id,
    status: 'active',
    size: Math.round(Math.min(flavor.disk, 20) * 0.15 * GB),
    at: ctx.now + SNAPSHOT_ACTIVE_STEP * step,
  });
  return image;
}
