import { request } from './client';
import {
  type InstanceAction,
  type InstanceActionDetail,
  instanceActionListResponseSchema,
  instanceActionResponseSchema,
} from './schemas/instance-action';
import { segment } from './url';

function actionsPath(serverId: string): string {
  return `/servers/${segment(serverId)}/os-instance-actions`;
}

/**
 * Every action recorded for the server, newest first as Nova returns them. 404 for a server Nova does not know (or a
 * deleted one, before 2.21), and also from a cloud that does not serve this API at all: the caller tells them apart.
 */
export async function listInstanceActions(serverId: string, signal?: AbortSignal): Promise<InstanceAction[]> {
  const body = await request({ service: 'compute', path: actionsPath(serverId), schema: instanceActionListResponseSchema, signal });
  return body.instanceActions;
}

/** One action with its events (where the cloud's policy shows them); 404 "Action <request_id> not found". */
export async function getInstanceAction(serverId: string, requestId: string, signal?: AbortSignal): Promise<InstanceActionDetail> {
  const path = `${actionsPath(serverId)}/${segment(requestId)}`;
  const body = await request({ service: 'compute', path, schema: instanceActionResponseSchema, signal });
  return body.instanceAction;
}
