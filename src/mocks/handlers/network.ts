/** Network service (NHN VPC API + Neutron-compatible reads). Lists filter on any top-level field, as Neutron does. */
import { notFound } from '../http/faults';
import { json } from '../http/respond';
import type { AuthedContext, SimRoute } from '../http/router';
import type { SimState } from '../state';
import {
  createNetworkIndex,
  floatingIpView,
  networkView,
  portView,
  securityGroupView,
  subnetView,
  vpcDetailView,
  vpcSubnetView,
  vpcView,
  type NetworkIndex,
} from '../views/network-view';

type View = Record<string, unknown>;
const PAGING_KEYS = new Set(['fields', 'limit', 'marker', 'sort_key', 'sort_dir', 'page_reverse', 'detail']);

/** `?key=value` (repeatable: any of the values) on top-level scalar fields; `fixed_ips=ip_address=...` on ports. */
function matchesQuery(view: View, url: URL): boolean {
  const keys = new Set([...url.searchParams.keys()].filter((key) => !PAGING_KEYS.has(key)));
  for (const key of keys) {
    const wanted = url.searchParams.getAll(key);
    const value = view[key];
    if (key === 'fixed_ips' && Array.isArray(value)) {
      const ips = value as Array<Record<string, string>>;
      const ok = wanted.every((w) => {
        const [field = '', expected = ''] = w.split('=');
        return ips.some((ip) => ip[field] === expected);
      });
      if (!ok) return false;
      continue;
    }
    if (value === undefined || (typeof value === 'object' && value !== null)) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (!wanted.some((w) => text.toLowerCase() === w.toLowerCase())) return false;
  }
  return true;
}

function project(view: View, url: URL): View {
  const fields = url.searchParams.getAll('fields');
  if (fields.length === 0) return view;
  return Object.fromEntries(Object.entries(view).filter(([key]) => fields.includes(key)));
}

interface Collection {
  path: string;
  key: string;
  single: string;
  notFound: [type: string, message: (id: string) => string];
  items(ctx: AuthedContext, index: NetworkIndex): Array<{ id: string; view: View; detail?: View }>;
}

const visibleToTenant = (state: SimState, tenantId: string) => (vpcId: string) =>
  state.vpcs.some((v) => v.id === vpcId && (v.tenantId === tenantId || v.shared));

const COLLECTIONS: Collection[] = [
  {
    path: 'vpcs',
    key: 'vpcs',
    single: 'vpc',
    notFound: ['VpcNotFound', (id) => `Vpc ${id} could not be found.`],
    items: (ctx, index) =>
      ctx.state.vpcs
        .filter((v) => v.tenantId === ctx.tenantId || v.shared)
        .map((v) => ({ id: v.id, view: vpcView(v), detail: vpcDetailView(v, index) })),
  },
  {
    path: 'vpcsubnets',
    key: 'vpcsubnets',
    single: 'vpcsubnet',
    notFound: ['VpcsubnetNotFound', (id) => `Vpcsubnet ${id} could not be found.`],
    items: (ctx, index) =>
      ctx.state.subnets.filter((s) => visibleToTenant(ctx.state, ctx.tenantId)(s.vpcId)).map((s) => ({ id: s.id, view: vpcSubnetView(s, index) })),
  },
  {
    path: 'networks',
    key: 'networks',
    single: 'network',
    notFound: ['NetworkNotFound', (id) => `Network ${id} could not be found.`],
    items: (ctx, index) =>
      ctx.state.vpcs.filter((v) => v.tenantId === ctx.tenantId || v.shared).map((v) => ({ id: v.id, view: networkView(v, index) })),
  },
  {
    path: 'subnets',
    key: 'subnets',
    single: 'subnet',
    notFound: ['SubnetNotFound', (id) => `Subnet ${id} could not be found.`],
    items: (ctx) => ctx.state.subnets.filter((s) => visibleToTenant(ctx.state, ctx.tenantId)(s.vpcId)).map((s) => ({ id: s.id, view: subnetView(s) })),
  },
  {
    path: 'ports',
    key: 'ports',
    single: 'port',
    notFound: ['PortNotFound', (id) => `Port ${id} could not be found.`],
    items: (ctx, index) => ctx.state.ports.filter((p) => p.tenantId === ctx.tenantId).map((p) => ({ id: p.id, view: portView(p, index) })),
  },
  {
    path: 'security-groups',
    key: 'security_groups',
    single: 'security_group',
    notFound: ['SecurityGroupNotFound', (id) => `Security group ${id} does not exist`],
    items: (ctx) => ctx.state.securityGroups.filter((g) => g.tenantId === ctx.tenantId).map((g) => ({ id: g.id, view: securityGroupView(g) })),
  },
  {
    path: 'security-group-rules',
    key: 'security_group_rules',
    single: 'security_group_rule',
    notFound: ['SecurityGroupRuleNotFound', (id) => `Security group rule ${id} does not exist`],
    items: (ctx) =>
      ctx.state.securityGroups
        .filter((g) => g.tenantId === ctx.tenantId)
        .flatMap((g) => securityGroupView(g).security_group_rules.map((rule) => ({ id: rule.id, view: rule }))),
  },
  {
    path: 'floatingips',
    key: 'floatingips',
    single: 'floatingip',
    notFound: ['FloatingIPNotFound', (id) => `Floating IP ${id} could not be found`],
    items: (ctx, index) => ctx.state.floatingIps.filter((f) => f.tenantId === ctx.tenantId).map((f) => ({ id: f.id, view: floatingIpView(f, index) })),
  },
];

export const networkRoutes: SimRoute[] = COLLECTIONS.flatMap((collection): SimRoute[] => [
  {
    method: 'GET',
    path: `/network/v2.0/${collection.path}`,
    service: 'network',
    handle(ctx) {
      const items = collection.items(ctx, createNetworkIndex(ctx.state));
      return json({ [collection.key]: items.map((item) => item.view).filter((view) => matchesQuery(view, ctx.url)).map((view) => project(view, ctx.url)) });
    },
  },
  {
    method: 'GET',
    path: `/network/v2.0/${collection.path}/:id`,
    service: 'network',
    handle(ctx) {
      const id = ctx.params.id ?? '';
      const item = collection.items(ctx, createNetworkIndex(ctx.state)).find((candidate) => candidate.id === id);
      if (!item) throw notFound(collection.notFound[1](id), collection.notFound[0]);
      return json({ [collection.single]: project(item.detail ?? item.view, ctx.url) });
    },
  },
]);
