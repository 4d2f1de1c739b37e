/** Block Storage API v2 (Cinder): volume types and volumes, read-only. Attach and detach go through compute. */
import { badRequest, notFound } from '../http/faults';
import { lastValue, nextLink, parseOffset } from '../http/query';
import { json } from '../http/respond';
import type { AuthedContext, SimRoute } from '../http/router';
import type { SimVolume } from '../state';
import { volumeDetailView, volumeLinks, volumeTypeView } from '../views/volume-view';

const BASE = '/volume/v2/:tenantId';
const SORT_KEYS = ['created_at', 'updated_at', 'name', 'size', 'status', 'id', 'availability_zone', 'volume_type'];
const FILTERS = ['name', 'status', 'availability_zone', 'bootable', 'volume_type'];

function sortSpec(url: URL): Array<[key: string, dir: 1 | -1]> {
  const raw = lastValue(url, 'sort') ?? (lastValue(url, 'sort_key') ? `${lastValue(url, 'sort_key')}:${lastValue(url, 'sort_dir') ?? 'desc'}` : 'created_at:desc');
  const spec = raw.split(',').map((part): [string, 1 | -1] => {
    const [key = '', dir = 'desc'] = part.trim().split(':');
    if (!SORT_KEYS.includes(key)) throw badRequest(`Invalid input received: Invalid sort key ${key}`);
    if (dir !== 'asc' && dir !== 'desc') throw badRequest(`Invalid input received: Invalid sort direction ${dir}`);
    return [key, dir === 'asc' ? 1 : -1];
  });
  return [...spec, ['id', -1]];
}

function valueOf(volume: SimVolume, key: string): string | number {
  switch (key) {
    case 'created_at':
      return volume.createdAt;
    case 'updated_at':
      return volume.updatedAt;
    case 'size':
      return volume.size;
    case 'availability_zone':
      return volume.availabilityZone;
    case 'volume_type':
      return volume.volumeType;
    case 'name':
      return volume.name;
    case 'status':
      return volume.status;
    default:
      return volume.id;
  }
}

function page(ctx: AuthedContext) {
  const spec = sortSpec(ctx.url);
  const compare = (a: SimVolume, b: SimVolume) => {
    for (const [key, dir] of spec) {
      const x = valueOf(a, key);
      const y = valueOf(b, key);
      if (x !== y) return (x < y ? -1 : 1) * dir;
    }
    return 0;
  };
  const rawLimit = lastValue(ctx.url, 'limit');
  if (rawLimit !== undefined && !/^\d+$/.test(rawLimit)) throw badRequest(`Invalid input received: limit must be a non-negative integer (${rawLimit})`);
  const limit = Math.min(rawLimit === undefined ? 1000 : Number(rawLimit), 1000);
  const volumes = ctx.state.volumes
    .filter((v) => v.tenantId === ctx.tenantId)
    .filter((v) => FILTERS.every((key) => {
      const wanted = lastValue(ctx.url, key);
      if (wanted === undefined) return true;
      return key === 'bootable' ? String(v.bootable) === wanted.toLowerCase() : String(valueOf(v, key)) === wanted;
    }))
    .sort(compare);
  let start = parseOffset(ctx.url);
  const markerId = lastValue(ctx.url, 'marker');
  if (markerId !== undefined) {
    const marker = ctx.state.volumes.find((v) => v.id === markerId && v.tenantId === ctx.tenantId);
    if (!marker) throw badRequest(`Invalid input received: marker [${markerId}] not found`);
    start = volumes.findIndex((v) => compare(v, marker) > 0);
    if (start < 0) start = volumes.length;
  }
  const items = volumes.slice(start, start + limit);
  const last = items[items.length - 1];
  return { items, links: last && items.length === limit ? [{ href: nextLink(ctx.url, last.id), rel: 'next' }] : [] };
}

function findVolume(ctx: AuthedContext): SimVolume {
  const id = ctx.params.volumeId ?? '';
  const volume = ctx.state.volumes.find((v) => v.id === id && v.tenantId === ctx.tenantId);
  if (!volume) throw notFound(`Volume ${id} could not be found.`);
  return volume;
}

export const blockStorageRoutes: SimRoute[] = [
  { method: 'GET', path: `${BASE}/types`, service: 'volume', handle: (ctx) => json({ volume_types: ctx.state.volumeTypes.map(volumeTypeView) }) },
  {
    method: 'GET',
    path: `${BASE}/types/:typeId`,
    service: 'volume',
    handle(ctx) {
      const type = ctx.state.volumeTypes.find((t) => t.id === ctx.params.typeId);
      if (!type) throw notFound(`Volume type ${ctx.params.typeId ?? ''} could not be found.`);
      return json({ volume_type: volumeTypeView(type) });
    },
  },
  {
    method: 'GET',
    path: `${BASE}/volumes`,
    service: 'volume',
    handle(ctx) {
      const { items, links } = page(ctx);
      const volumes = items.map((v) => ({ id: v.id, name: v.name, links: volumeLinks(ctx.baseUrl, ctx.tenantId, v.id) }));
      return json({ volumes, ...(links.length ? { volumes_links: links } : {}) });
    },
  },
  {
    method: 'GET',
    path: `${BASE}/volumes/detail`,
    service: 'volume',
    handle(ctx) {
      const { items, links } = page(ctx);
      return json({ volumes: items.map((v) => volumeDetailView(v, ctx.baseUrl)), ...(links.length ? { volumes_links: links } : {}) });
    },
  },
  { method: 'GET', path: `${BASE}/volumes/:volumeId`, service: 'volume', handle: (ctx) => json({ volume: volumeDetailView(findVolume(ctx), ctx.baseUrl) }) },
];
