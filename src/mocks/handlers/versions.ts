/**
 * Version documents, without a token: what openstacksdk's discovery asks for first
 * (docs/nova-behaviour.md, "Version documents").
 */
import { json } from '../http/respond';
import type { RequestContext, SimRoute } from '../http/router';

const NOVA_UPDATED = '2011-01-21T11:33:21Z';

function novaV2(baseUrl: string) {
  return {
    id: 'v2.0',
    status: 'SUPPORTED',
    version: '',
    min_version: '',
    updated: NOVA_UPDATED,
    links: [
      { rel: 'self', href: `${baseUrl}/compute/v2/` },
      { rel: 'describedby', type: 'text/html', href: 'http://docs.openstack.org/' },
    ],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2' }],
  };
}

function keystoneV2(baseUrl: string) {
  return {
    id: 'v2.0',
    status: 'stable',
    updated: '2014-04-17T00:00:00Z',
    links: [{ rel: 'self', href: `${baseUrl}/identity/v2.0/` }],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v2.0+json' }],
  };
}

const open = (path: string, handle: (ctx: RequestContext) => Response, service: SimRoute['service'] = 'compute'): SimRoute => ({
  method: 'GET',
  path,
  service,
  open: true,
  handle,
});

/** Only the legacy v2 API is served, so only v2.0 is listed: a client must not try /v2.1 here. */
export const versionRoutes: SimRoute[] = [
  open('/compute', (ctx) => json({ versions: [novaV2(ctx.baseUrl)] })),
  open('/compute/v2', (ctx) => json({ version: novaV2(ctx.baseUrl) })),
  open('/image', (ctx) => json({ versions: [{ id: 'v2.9', status: 'CURRENT', links: [{ rel: 'self', href: `${ctx.baseUrl}/image/v2/` }] }] }, 300), 'image'),
  open('/network', (ctx) => json({ versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ rel: 'self', href: `${ctx.baseUrl}/network/v2.0/` }] }] }), 'network'),
  open(
    '/volume',
    (ctx) => json({ versions: [{ id: 'v2.0', status: 'SUPPORTED', updated: '2014-06-28T12:20:21Z', links: [{ rel: 'self', href: `${ctx.baseUrl}/volume/v2/` }] }] }, 300),
    'volume',
  ),
  open('/identity', (ctx) => json({ versions: { values: [keystoneV2(ctx.baseUrl)] } }, 300), 'identity'),
  open('/identity/v2.0', (ctx) => json({ version: keystoneV2(ctx.baseUrl) }), 'identity'),
];
