import { request, send } from './client';
import { type RebootType, type ServerActionBody, createImageResponseSchema } from './schemas/server-action';
import { segment } from './url';

function actionPath(id: string): string {
  return `/servers/${segment(id)}/action`;
}

/** Every action answers 202 (confirmResize 204) with an empty body, which is not parsed. */
async function postAction(id: string, body: ServerActionBody, signal?: AbortSignal): Promise<void> {
  await request({ service: 'compute', method: 'POST', path: actionPath(id), body, signal });
}

/** SHUTOFF → ACTIVE. */
export const startServer = (id: string, signal?: AbortSignal) => postAction(id, { 'os-start': null }, signal);
/** ACTIVE or ERROR → SHUTOFF. */
export const stopServer = (id: string, signal?: AbortSignal) => postAction(id, { 'os-stop': null }, signal);
/** NHN's "terminate": ends SHELVED_OFFLOADED. */
export const shelveServer = (id: string, signal?: AbortSignal) => postAction(id, { shelve: null }, signal);
/** SHELVED_OFFLOADED → ACTIVE. */
export const unshelveServer = (id: string, signal?: AbortSignal) => postAction(id, { unshelve: null }, signal);

export const rebootServer = (id: string, type: RebootType, signal?: AbortSignal) =>
  postAction(id, { reboot: { type } }, signal);

export const resizeServer = (id: string, flavorRef: string, signal?: AbortSignal) =>
  postAction(id, { resize: { flavorRef } }, signal);

/** VERIFY_RESIZE → the new flavor kept (Nova answers 204), or the old one back (202). NHN confirms by itself. */
export const confirmResizeServer = (id: string, signal?: AbortSignal) => postAction(id, { confirmResize: null }, signal);
export const revertResizeServer = (id: string, signal?: AbortSignal) => postAction(id, { revertResize: null }, signal);

export const addSecurityGroup = (id: string, name: string, signal?: AbortSignal) =>
  postAction(id, { addSecurityGroup: { name } }, signal);

export const removeSecurityGroup = (id: string, name: string, signal?: AbortSignal) =>
  postAction(id, { removeSecurityGroup: { name } }, signal);

function lastPathSegment(url: string): string | undefined {
  try {
    const path = new URL(url, 'http://relative.invalid').pathname;
    const last = path.split('/').filter((part) => part !== '').at(-1);
    return last === undefined ? undefined : decodeURIComponent(last);
  } catch {
    return undefined;
  }
}

/**
 * Returns the new image's id: from 2.45 the body's `image_id`; below, the last path segment of `Location`
 * (`<glance endpoint>/images/<id>`). null when the cloud accepted the request (202) but named no image: the image is
 * being made all the same, so this is no failure. A cross-origin deployment must expose `Location` (CORS).
 */
export async function createServerImage(
  id: string,
  name: string,
  metadata?: Record<string, string>,
  signal?: AbortSignal,
): Promise<string | null> {
  const response = await send({
    service: 'compute',
    method: 'POST',
    path: actionPath(id),
    body: { createImage: metadata === undefined ? { name } : { name, metadata } } satisfies ServerActionBody,
    schema: createImageResponseSchema,
    signal,
  });
  const location = response.headers.get('location');
  return response.data?.image_id ?? (location === null ? undefined : lastPathSegment(location)) ?? null;
}
