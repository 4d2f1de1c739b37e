import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { answer } from './__fixtures__/capture';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import { listAllServersDetail } from './servers';

withTestSession();

const servers = (...ids: string[]) => ids.map((id) => ({ id, name: id, status: 'ACTIVE', links: [] }));

/** Serves `fleet` newest first by limit/marker like Nova, with a next link whenever a page is exactly `limit`. */
function serveFleet(fleet: ReturnType<typeof servers>, maxLimit = 1000) {
  return answer('get', `${COMPUTE}/servers/detail`, ({ url }) => {
    const limit = Math.min(Number(url.searchParams.get('limit')), maxLimit);
    const marker = url.searchParams.get('marker');
    const start = marker === null ? 0 : fleet.findIndex((server) => server.id === marker) + 1;
    const page = fleet.slice(start, start + limit);
    const last = page.at(-1);
    const links = page.length === limit && last !== undefined ? [{ rel: 'next', href: `${url.origin}${url.pathname}?limit=${limit}&marker=${last.id}` }] : [];
    return HttpResponse.json({ servers: page, servers_links: links });
  });
}

describe('listAllServersDetail', () => {
  it('follows full pages and stops at the empty page after a full last page', async () => {
    const calls = serveFleet(servers('a', 'b', 'c', 'd'));
    const onProgress = vi.fn();
    const all = await listAllServersDetail({ status: 'ACTIVE' }, { pageSize: 2, onProgress });
    expect(all.map((server) => server.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(calls.map((call) => call.url.searchParams.get('marker'))).toEqual([null, 'b', 'd']);
    expect(calls.every((call) => call.url.searchParams.get('status') === 'ACTIVE')).toBe(true);
    expect(onProgress.mock.calls).toEqual([[{ loaded: 2, pages: 1 }], [{ loaded: 4, pages: 2 }]]);
  });

  it('stops at a short page without asking again', async () => {
    const calls = serveFleet(servers('a', 'b', 'c'));
    const all = await listAllServersDetail({}, { pageSize: 2 });
    expect(all).toHaveLength(3);
    expect(calls).toHaveLength(2);
  });

  it('keeps going when the server caps the limit below the page size (a short page with a next link)', async () => {
    const calls = serveFleet(servers('a', 'b', 'c', 'd', 'e'), 2);
    const all = await listAllServersDetail({}, { pageSize: 10 });
    expect(all.map((server) => server.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(calls).toHaveLength(3);
  });

  it('lists each server once from a cloud whose page starts with the marker itself (a marker that includes itself)', async () => {
    const fleet = servers('a', 'b', 'c', 'd', 'e');
    const calls = answer('get', `${COMPUTE}/servers/detail`, ({ url }) => {
      const limit = Number(url.searchParams.get('limit'));
      const marker = url.searchParams.get('marker');
      const start = marker === null ? 0 : fleet.findIndex((server) => server.id === marker);
      const page = fleet.slice(start, start + limit);
      const links = page.length === limit ? [{ rel: 'next', href: `${url.pathname}?limit=${limit}&marker=${page.at(-1)?.id ?? ''}` }] : [];
      return HttpResponse.json({ servers: page, servers_links: links });
    });
    const all = await listAllServersDetail({}, { pageSize: 2 });
    expect(all.map((server) => server.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(calls.map((call) => call.url.searchParams.get('marker'))).toEqual([null, 'b', 'c', 'd', 'e']);
  });

  it('fails instead of looping when the marker does not advance', async () => {
    const calls = answer('get', `${COMPUTE}/servers/detail`, ({ url }) =>
      HttpResponse.json({ servers: servers('a', 'b'), servers_links: [{ rel: 'next', href: `${url.pathname}?limit=2&marker=b` }] }),
    );
    await expect(listAllServersDetail({}, { pageSize: 2 })).rejects.toMatchObject({ kind: 'invalid-response', service: 'compute' });
    expect(calls).toHaveLength(2);
  });

  it('rejects a page size that is not a positive integer (0 would mean an empty page to Nova)', async () => {
    await expect(listAllServersDetail({}, { pageSize: 0 })).rejects.toThrow(RangeError);
  });
});
