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

/** What each action needs besides the server; most need nothing. */
interface ActionInputs {
  resize: { flavorId: string };
  createImage: { imageName: string; metadata?: Record<string, string> | undefined };
  addSecurityGroup: { groupName: string };
  removeSecurityGroup: { groupName: string };
  rename: { name: string };
  attachVolume: { volumeId: string };
  detachVolume: { volumeId: string };
}

type InputOf<A extends InstanceAction> = A extends keyof ActionInputs ? ActionInputs[A] : unknown;

/** One action with whatever it needs: `{ action: 'resize', flavorId }`, `{ action: 'stop' }`. */
export type ActionRequest = { [A in InstanceAction]: { action: A } & InputOf<A> }[InstanceAction];

type RequestOf<A extends InstanceAction> = Extract<ActionRequest, { action: A }>;

export interface ActionOutcome {
  /** createImage: the new image's id, from the Location header; null when the answer named none. */
  imageId?: string | null;
}

const done = () => ({});

/** How each action is sent: one entry per action of the domain's records, or the table does not compile. */
const SEND: { [A in InstanceAction]: (serverId: string, request: RequestOf<A>, signal?: AbortSignal) => Promise<ActionOutcome> } = {
  start: (id, _, signal) => startServer(id, signal).then(done),
  unshelve: (id, _, signal) => unshelveServer(id, signal).then(done),
  stop: (id, _, signal) => stopServer(id, signal).then(done),
  rebootSoft: (id, _, signal) => rebootServer(id, 'SOFT', signal).then(done),
  rebootHard: (id, _, signal) => rebootServer(id, 'HARD', signal).then(done),
  shelve: (id, _, signal) => shelveServer(id, signal).then(done),
  resize: (id, request, signal) => resizeServer(id, request.flavorId, signal).then(done),
  confirmResize: (id, _, signal) => confirmResizeServer(id, signal).then(done),
  revertResize: (id, _, signal) => revertResizeServer(id, signal).then(done),
  rename: (id, request, signal) => renameServer(id, request.name, signal).then(done),
  createImage: async (id, request, signal) => ({ imageId: await createServerImage(id, request.imageName, request.metadata, signal) }),
  addSecurityGroup: (id, request, signal) => addSecurityGroup(id, request.groupName, signal).then(done),
  removeSecurityGroup: (id, request, signal) => removeSecurityGroup(id, request.groupName, signal).then(done),
  attachVolume: (id, request, signal) => attachVolume(id, request.volumeId, signal).then(done),
  detachVolume: (id, request, signal) => detachVolume(id, request.volumeId, signal).then(done),
  delete: (id, _, signal) => deleteServer(id, signal).then(done),
};

/** Sends one action to the API. Throws ApiError with the server's own message. */
export function runInstanceAction(serverId: string, request: ActionRequest, signal?: AbortSignal): Promise<ActionOutcome> {
  const send = SEND[request.action] as (serverId: string, request: ActionRequest, signal?: AbortSignal) => Promise<ActionOutcome>;
  return send(serverId, request, signal);
}
