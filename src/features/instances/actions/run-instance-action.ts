import {
  addSecurityGroup,
  confirmResizeServer,
  createServerImage,
  rebootServer,
  removeSecurityGroup,
  resizeServer,
  revertResizeServer,
  shelveServer,
  startServer,
  stopServer,
  unshelveServer,
} from '../../../api/server-actions';
import { deleteServer, renameServer } from '../../../api/servers';
import { attachVolume, detachVolume } from '../../../api/volume-attachments';
import type { InstanceAction } from '../../../domain/instance-actions';

/** One action with whatever it needs; `action` names the entry of the domain's gating table. */
export type ActionRequest =
  | { action: 'start' | 'unshelve' | 'stop' | 'shelve' | 'rebootSoft' | 'rebootHard' | 'confirmResize' | 'revertResize' | 'delete' }
  | { action: 'resize'; flavorId: string }
  | { action: 'createImage'; imageName: string; metadata?: Record<string, string> }
  | { action: 'addSecurityGroup' | 'removeSecurityGroup'; groupName: string }
  | { action: 'rename'; name: string }
  | { action: 'attachVolume' | 'detachVolume'; volumeId: string };

export interface ActionOutcome {
  /** createImage: the new image's id, from the Location header; null when the answer named none. */
  imageId?: string | null;
}

/** Sends one action to the API. Throws ApiError with the server's own message. */
export async function runInstanceAction(serverId: string, request: ActionRequest, signal?: AbortSignal): Promise<ActionOutcome> {
  switch (request.action) {
    case 'start':
      return startServer(serverId, signal).then(() => ({}));
    case 'unshelve':
      return unshelveServer(serverId, signal).then(() => ({}));
    case 'stop':
      return stopServer(serverId, signal).then(() => ({}));
    case 'shelve':
      return shelveServer(serverId, signal).then(() => ({}));
    case 'rebootSoft':
      return rebootServer(serverId, 'SOFT', signal).then(() => ({}));
    case 'rebootHard':
      return rebootServer(serverId, 'HARD', signal).then(() => ({}));
    case 'delete':
      return deleteServer(serverId, signal).then(() => ({}));
    case 'resize':
      return resizeServer(serverId, request.flavorId, signal).then(() => ({}));
    case 'confirmResize':
      return confirmResizeServer(serverId, signal).then(() => ({}));
    case 'revertResize':
      return revertResizeServer(serverId, signal).then(() => ({}));
    case 'createImage':
      return { imageId: await createServerImage(serverId, request.imageName, request.metadata, signal) };
    case 'addSecurityGroup':
      return addSecurityGroup(serverId, request.groupName, signal).then(() => ({}));
    case 'removeSecurityGroup':
      return removeSecurityGroup(serverId, request.groupName, signal).then(() => ({}));
    case 'rename':
      return renameServer(serverId, request.name, signal).then(() => ({}));
    case 'attachVolume':
      return attachVolume(serverId, request.volumeId, signal).then(() => ({}));
    case 'detachVolume':
      return detachVolume(serverId, request.volumeId, signal).then(() => ({}));
  }
}

/** Compile-time check that every action of the domain table can be sent. */
export type UnsentAction = Exclude<InstanceAction, ActionRequest['action']>;
const everyActionIsSent: UnsentAction extends never ? true : false = true;
void everyActionIsSent;
