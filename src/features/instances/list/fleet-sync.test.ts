import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../../api/session';
import { sim, simClock, simSession } from '../../../mocks/node';
import { seeded, simClient } from '../../../mocks/test-client';
import { server as mswServer } from '../../../test/msw-server';
import { pendingActions, type PendingEvent } from '../actions/pending-actions';
import { serverQueries } from '../server-queries';
import { FULL_RESYNC_MS } from '../../../domain/polling';
import { type Fleet, requestFullSync } from './fleet';
import type { FleetApiFilters } from './list-params';

let requests: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/servers/detail')) requests.push(decodeURIComponent(url.search));
};

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'DEMO', profile: 'nhn', endpoints, expiresAt: null });
  requests = [];
  mswServer.events.on('request:start', onRequest);
});
afterEach(() => mswServer.events.removeListener('request:start', onRequest));

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const sync = (queryClient: QueryClient, filters: FleetApiFilters = {}) => queryClient.fetchQuery(serverQueries.fleet(filters));
const names = (fleet: Fleet) => fleet.servers.map((server) => server.name);
const byName = (fleet: Fleet, name: string) => fleet.servers.find((server) => server.name === name);
const act = (name: string, body: unknown) => simClient().compute('POST', `/servers/${seeded().server(name).id}/action`, body);

describe('the fleet loader', () => {
  it('loads every page, a small one first, and shows each page as it arrives', async () => {
    sim.controls.setConfig({ extraServers: 1150 });
    const queryClient = client();
    const seen: Array<{ count: number; complete: boolean }> = [];
    queryClient.getQueryCache().subscribe((event) => {
      const data = event.query.state.data as Fleet | undefined;
      if (event.type === 'updated' && data) seen.push({ count: data.servers.length, complete: data.complete });
    });
    const fleet = await sync(queryClient);
    const total = sim.state().servers.filter((s) => !s.deleted).length;
    expect(fleet.complete).toBe(true);
    expect(fleet.servers).toHaveLength(total);
    expect(new Set(fleet.servers.map((s) => s.id)).size).toBe(total);
    expect(requests.map((query) => new URLSearchParams(query).get('limit'))).toEqual(['100', '1000', '1000']);
    expect(seen.filter((s) => !s.complete).map((s) => s.count)).toEqual([100, 1100, total]);
  });

  it('resumes an interrupted first load after the last server it had', async () => {
    sim.controls.setConfig({ extraServers: 300 });
    const queryClient = client();
    let failed = false;
    mswServer.use(
      http.get('*/servers/detail', ({ request }) => {
        if (failed || !new URL(request.url).searchParams.has('marker')) return undefined;
        failed = true;
        return HttpResponse.json({ computeFault: { code: 500, message: 'The gateway dropped it.' } }, { status: 500 });
      }),
    );
    await expect(sync(queryClient)).rejects.toMatchObject({ status: 500 });
    const partial = queryClient.getQueryData<Fleet>(serverQueries.fleet({}).queryKey);
    expect(partial).toMatchObject({ complete: false });
    expect(partial?.servers).toHaveLength(100);
    requests = [];
    const fleet = await sync(queryClient);
    expect(requests).toEqual([`?limit=1000&marker=${partial?.resumeMarker ?? ''}`]);
    expect(fleet.complete).toBe(true);
    expect(fleet.servers).toHaveLength(sim.state().servers.filter((s) => !s.deleted).length);
  });
});

describe('polling for changes', () => {
  it('asks only for changes since the newest update it saw, and keeps unchanged servers as they were', async () => {
    const queryClient = client();
    const first = await sync(queryClient);
    expect(first.cursor).toBe('2026-07-01T09:00:00Z'); // the `build` server, made at the clock's start
    simClock.advance(5000);
    expect((await act('shutoff', { 'os-start': null })).status).toBe(202);
    requests = [];
    const second = await sync(queryClient);
    expect(requests).toEqual(['?changes-since=2026-07-01T09:00:00Z&limit=1000']);
    expect(byName(second, 'shutoff')?.['OS-EXT-STS:task_state']).toBe('powering-on');
    expect(byName(second, 'active')).toBe(byName(first, 'active'));
    expect(second.cursor).toBe('2026-07-01T09:00:05Z');
  });

  it('keeps the same list when nothing changed', async () => {
    const queryClient = client();
    await sync(queryClient);
    const quiet = await sync(queryClient);
    const again = await sync(queryClient);
    expect(again.servers).toBe(quiet.servers);
  });

  it('drops a deleted server and tells the tracker it is gone', async () => {
    const queryClient = client();
    const before = await sync(queryClient);
    const events: PendingEvent[] = [];
    const stop = pendingActions.onEvent((event) => events.push(event));
    const shutoff = byName(before, 'shutoff');
    if (!shutoff) throw new Error('seed without shutoff');
    pendingActions.add(shutoff, 'delete');
    await simClient().compute('DELETE', `/servers/${shutoff.id}`);
    simClock.advance(5000);
    const after = await sync(queryClient);
    expect(names(after)).not.toContain('shutoff');
    expect(after.servers).toHaveLength(before.servers.length - 1);
    expect(events).toMatchObject([{ kind: 'reached', pending: { action: 'delete' } }]);
    stop();
  });

  it('with filters, first asks what changed at all, and drops a server that no longer matches', async () => {
    const queryClient = client();
    const before = await sync(queryClient, { status: 'ACTIVE' });
    expect(names(before)).toContain('public-web');
    await sync(queryClient, { status: 'ACTIVE' });
    requests = [];
    await sync(queryClient, { status: 'ACTIVE' });
    expect(requests).toHaveLength(1); // the same changes as last time: the filtered request is not even sent
    expect(requests[0]).not.toContain('status=');

    await act('public-web', { 'os-stop': null });
    for (let step = 0; step < 5; step += 1) simClock.advance(1000);
    requests = [];
    const after = await sync(queryClient, { status: 'ACTIVE' });
    expect(requests).toHaveLength(2);
    expect(requests[1]).toContain('status=ACTIVE');
    expect(names(after)).not.toContain('public-web');
    const fresh = await sync(client(), { status: 'ACTIVE' });
    expect(names(after).sort()).toEqual(names(fresh).sort());
  });

  it('with its own changes-since filter, the list keeps deleted servers and shows them DELETED', async () => {
    const queryClient = client();
    const fleet = await sync(queryClient, { 'changes-since': '2026-06-01T00:00:00Z' });
    expect(byName(fleet, 'deleted')?.status).toBe('DELETED');
    await simClient().compute('DELETE', `/servers/${seeded().server('shutoff').id}`);
    simClock.advance(5000);
    const after = await sync(queryClient, { 'changes-since': '2026-06-01T00:00:00Z' });
    expect(byName(after, 'shutoff')?.status).toBe('DELETED');
  });

  it('reloads every page when Refresh asked for it, or after a few minutes', async () => {
    const queryClient = client();
    const key = serverQueries.fleet({}).queryKey;
    await sync(queryClient);
    queryClient.setQueryData(key, requestFullSync);
    requests = [];
    await sync(queryClient);
    expect(requests).toEqual(['?limit=100']);

    const data = queryClient.getQueryData<Fleet>(key);
    if (!data) throw new Error('no fleet');
    queryClient.setQueryData<Fleet>(key, { ...data, fullSyncAt: Date.now() - FULL_RESYNC_MS });
    requests = [];
    await sync(queryClient);
    expect(requests).toEqual(['?limit=100']);
  });

  it('reloads behind the rows shown: they and their time stay, with a count, until the last page swaps them', async () => {
    sim.controls.setConfig({ extraServers: 1150 });
    const queryClient = client();
    const key = serverQueries.fleet({}).queryKey;
    const before = await sync(queryClient);
    queryClient.setQueryData(key, requestFullSync);
    const seen: Fleet[] = [];
    const stop = queryClient.getQueryCache().subscribe((event) => {
      const data = event.query.state.data as Fleet | undefined;
      if (event.type === 'updated' && data) seen.push(data);
    });
    const after = await sync(queryClient);
    stop();
    const reloading = seen.filter((fleet) => fleet.resyncLoaded !== null);
    expect(reloading.map((fleet) => fleet.resyncLoaded)).toEqual([100, 1100, before.servers.length]);
    expect(reloading.every((fleet) => fleet.servers === before.servers && fleet.syncedAt === before.syncedAt)).toBe(true);
    expect(after).toMatchObject({ complete: true, fullSyncDue: false, resyncLoaded: null });
    expect(after.servers).toBe(before.servers); // nothing changed: the same list
  });
});

/** A made-up fleet of `count` servers, newest first, as a cloud other than Nova might page it. */
function otherCloud(count: number, paging: { cap: number; marker: 'includes-itself' | 'ignored' }) {
  const fleet = Array.from({ length: count }, (_, index) => ({
    id: `s-${String(index).padStart(3, '0')}`,
    name: `server-${index}`,
    status: 'ACTIVE',
    links: [],
    updated: '2026-12-04T09:00:00Z',
  }));
  mswServer.use(
    http.get('*/servers/detail', ({ request }) => {
      const url = new URL(request.url);
      const limit = Math.min(Number(url.searchParams.get('limit')), paging.cap);
      const marker = url.searchParams.get('marker');
      const start = marker === null || paging.marker === 'ignored' ? 0 : fleet.findIndex((server) => server.id === marker);
      const page = fleet.slice(start, start + limit);
      const links = page.length === limit ? [{ rel: 'next', href: `${url.pathname}?limit=${limit}&marker=${page.at(-1)?.id ?? ''}` }] : [];
      return HttpResponse.json({ servers: page, servers_links: links });
    }),
  );
  return fleet;
}

describe('clouds that page otherwise than Nova', () => {
  it('shows each server once when every page starts with the marker’s own server', async () => {
    otherCloud(150, { cap: 1000, marker: 'includes-itself' });
    const fleet = await sync(client());
    expect(fleet.servers).toHaveLength(150);
    expect(new Set(fleet.servers.map((server) => server.id)).size).toBe(150);
    expect(fleet).toMatchObject({ complete: true, pageRepeated: false });
  });

  it('stops, keeps what it has and says so, when the cloud ignores the marker and sends the same page again', async () => {
    otherCloud(150, { cap: 100, marker: 'ignored' });
    const fleet = await sync(client());
    expect(requests).toHaveLength(2);
    expect(fleet.servers).toHaveLength(100);
    expect(fleet).toMatchObject({ complete: true, pageRepeated: true });
  });
});
