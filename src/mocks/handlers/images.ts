/** Image API v2 (Glance): list with NHN's limits (default 100, at most 1000), show. */
import { badRequest, notFound } from '../http/faults';
import { json } from '../http/respond';
import type { AuthedContext, SimRoute } from '../http/router';
import type { SimImage } from '../state';
import { imageView } from '../views/image-view';

const RESERVED = new Set(['limit', 'marker', 'sort_key', 'sort_dir', 'sort', 'visibility', 'member_status', 'tag', 'size_min', 'size_max']);
const SORT_KEYS = ['created_at', 'updated_at', 'name', 'status', 'size', 'id', 'min_disk', 'min_ram', 'visibility', 'owner'];

function visible(ctx: AuthedContext, image: SimImage): boolean {
  return image.visibility !== 'private' || image.owner === ctx.tenantId;
}

function glanceLimit(url: URL): number {
  const raw = url.searchParams.get('limit');
  if (raw === null) return 100;
  if (!/^-?\d+$/.test(raw)) throw badRequest('limit param must be an integer');
  if (Number(raw) < 0) throw badRequest('limit param must be positive');
  return Math.min(Number(raw), 1000);
}

function sortValue(image: SimImage, key: string): string | number {
  const view = imageView(image) as Record<string, unknown>;
  const value = key === 'created_at' ? image.createdAt : key === 'updated_at' ? image.updatedAt : view[key];
  return typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

function list(ctx: AuthedContext): Response {
  const { searchParams } = ctx.url;
  const visibility = searchParams.get('visibility');
  if (visibility && !['public', 'private', 'shared', 'community', 'all'].includes(visibility)) throw badRequest(`Invalid visibility value: ${visibility}`);
  const sortKey = searchParams.get('sort_key') ?? 'created_at';
  if (!SORT_KEYS.includes(sortKey)) throw badRequest(`Invalid sort key: ${sortKey}. It should be one of the following: ${SORT_KEYS.join(', ')}.`);
  const sortDir = searchParams.get('sort_dir') ?? 'desc';
  if (sortDir !== 'asc' && sortDir !== 'desc') throw badRequest(`Invalid sort direction: ${sortDir}`);
  const limit = glanceLimit(ctx.url);
  const tags = searchParams.getAll('tag');
  const sign = sortDir === 'asc' ? 1 : -1;
  const compare = (a: SimImage, b: SimImage) => {
    const x = sortValue(a, sortKey);
    const y = sortValue(b, sortKey);
    return (x < y ? -1 : x > y ? 1 : 0) * sign || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  };
  const images = ctx.state.images
    .filter((image) => visible(ctx, image))
    .filter((image) => (visibility && visibility !== 'all' ? image.visibility === visibility : image.visibility !== 'community'))
    .filter((image) => tags.every((tag) => image.tags.includes(tag)))
    .filter((image) => {
      const view = imageView(image) as Record<string, unknown>;
      for (const [key, value] of searchParams) {
        if (RESERVED.has(key)) continue;
        if (key in view && String(view[key]) !== value) return false;
      }
      return true;
    })
    .sort(compare);
  const markerId = searchParams.get('marker');
  let start = 0;
  if (markerId !== null) {
    const marker = ctx.state.images.find((image) => image.id === markerId && visible(ctx, image));
    if (!marker) throw badRequest(`Invalid marker. Image ${markerId} could not be found.`);
    start = images.findIndex((image) => compare(image, marker) > 0);
    if (start < 0) start = images.length;
  }
  const page = images.slice(start, start + limit);
  const params = new URLSearchParams([...searchParams].filter(([key]) => key !== 'marker'));
  const query = params.toString();
  const last = page[page.length - 1];
  const next = last && page.length === limit ? new URLSearchParams([...params, ['marker', last.id]]).toString() : null;
  return json({
    images: page.map(imageView),
    schema: '/v2/schemas/images',
    first: `/v2/images${query ? `?${query}` : ''}`,
    ...(next ? { next: `/v2/images?${next}` } : {}),
  });
}

export const imageRoutes: SimRoute[] = [
  { method: 'GET', path: '/image/v2/images', service: 'image', handle: list },
  {
    method: 'GET',
    path: '/image/v2/images/:imageId',
    service: 'image',
    handle(ctx) {
      const id = ctx.params.imageId ?? '';
      const image = ctx.state.images.find((i) => i.id === id && visible(ctx, i));
      if (!image) throw notFound(`No image found with ID ${id}`);
      return json(imageView(image));
    },
  },
];
