import { ApiError } from './api-error';
import { request } from './client';
import { type Image, imageListResponseSchema, imageSchema } from './schemas/image';
import { segment } from './url';

export interface ImageListParams {
  /** Default 100, at most 1000 per page. */
  limit?: number;
  marker?: string;
  name?: string;
  visibility?: 'public' | 'private' | 'shared' | 'community';
  owner?: string;
  status?: string;
  /** e.g. `_AVAILABLE_`, the tag NHN's console lists public images by. Several tags must all match. */
  tag?: string | string[];
  /** Shared images are listed only once accepted, unless this is `all`. */
  member_status?: 'accepted' | 'pending' | 'rejected' | 'all';
  sort_key?: string;
  sort_dir?: 'asc' | 'desc';
  /** Follow `next` to the last page and return every image. */
  all?: boolean;
}

export interface ImagePage {
  items: Image[];
  /** Glance's `next` path (with its marker), or null on the last page. */
  next: string | null;
}

async function fetchPage(path: string, query: Omit<ImageListParams, 'all'>, signal?: AbortSignal): Promise<ImagePage> {
  const body = await request({ service: 'image', path, query, schema: imageListResponseSchema, signal });
  return { items: body.images, next: body.next ?? null };
}

export async function listImages(params: ImageListParams = {}, signal?: AbortSignal): Promise<ImagePage> {
  const { all = false, ...query } = params;
  let page = await fetchPage('/v2/images', query, signal);
  if (!all) return page;
  const items = [...page.items];
  const seen = new Set<string>();
  while (page.next !== null) {
    if (seen.has(page.next)) {
      const message = `Paging does not advance: the next link ${page.next} came back again.`;
      throw new ApiError({ kind: 'invalid-response', message, service: 'image', method: 'GET', path: page.next });
    }
    seen.add(page.next);
    // Glance's next link is a path below the endpoint that already repeats every filter.
    page = await fetchPage(page.next, {}, signal);
    items.push(...page.items);
  }
  return { items, next: null };
}

export async function getImage(id: string, signal?: AbortSignal): Promise<Image> {
  return request({ service: 'image', path: `/v2/images/${segment(id)}`, schema: imageSchema, signal });
}
