/** Flavors: list, detail, show, extra specs (the last two are not in NHN's guide; real clients need them). */
import { badRequest, notFound } from '../http/faults';
import { json } from '../http/respond';
import type { AuthedContext, SimRoute } from '../http/router';
import { lastValue } from '../http/query';
import type { SimFlavor } from '../state';
import { selfAndBookmark, type LinkBase } from '../views/links';
import { markerPage } from './paging';

const BASE = '/compute/v2/:tenantId/flavors';

export function flavorDetailView(flavor: SimFlavor, base: LinkBase) {
  return {
    id: flavor.id,
    name: flavor.name,
    links: selfAndBookmark(base, 'flavors', flavor.id),
    ram: flavor.ram,
    'OS-FLV-DISABLED:disabled': false,
    vcpus: flavor.vcpus,
    extra_specs: { ...flavor.extraSpecs },
    swap: '',
    'os-flavor-access:is_public': true,
    rxtx_factor: 1.0,
    'OS-FLV-EXT-DATA:ephemeral': flavor.ephemeral,
    disk: flavor.disk,
  };
}

/** `minRam`/`minDisk` are "greater or equal" (Nova), and anything `int()` refuses is 400. */
function minFilter(url: URL, name: 'minRam' | 'minDisk'): number | null {
  const raw = lastValue(url, name);
  if (raw === undefined) return null;
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) throw badRequest(`Invalid ${name} filter [${raw}]`);
  return Number(raw.trim());
}

function listed(ctx: AuthedContext) {
  const minRam = minFilter(ctx.url, 'minRam');
  const minDisk = minFilter(ctx.url, 'minDisk');
  const all = [...ctx.state.flavors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const filtered = all.filter((f) => (minRam === null || f.ram >= minRam) && (minDisk === null || f.disk >= minDisk));
  return markerPage(ctx.url, filtered, (id) => all.find((f) => f.id === id), (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function findFlavor(ctx: AuthedContext): SimFlavor {
  const id = ctx.params.flavorId ?? '';
  const flavor = ctx.state.flavors.find((f) => f.id === id);
  if (!flavor) throw notFound(`Flavor ${id} could not be found.`);
  return flavor;
}

export const flavorRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: BASE,
    service: 'compute',
    handle(ctx) {
      const page = listed(ctx);
      const flavors = page.items.map((f) => ({ id: f.id, links: selfAndBookmark(ctx, 'flavors', f.id), name: f.name }));
      return json({ flavors, ...(page.links.length ? { flavors_links: page.links } : {}) });
    },
  },
  {
    method: 'GET',
    path: `${BASE}/detail`,
    service: 'compute',
    handle(ctx) {
      const page = listed(ctx);
      return json({ flavors: page.items.map((f) => flavorDetailView(f, ctx)), ...(page.links.length ? { flavors_links: page.links } : {}) });
    },
  },
  { method: 'GET', path: `${BASE}/:flavorId`, service: 'compute', handle: (ctx) => json({ flavor: flavorDetailView(findFlavor(ctx), ctx) }) },
  {
    method: 'GET',
    path: `${BASE}/:flavorId/os-extra_specs`,
    service: 'compute',
    handle: (ctx) => json({ extra_specs: { ...findFlavor(ctx).extraSpecs } }),
  },
];
