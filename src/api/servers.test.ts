import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import createRequest from './__fixtures__/spec/server-create-req.json';
import createResponse from './__fixtures__/spec/server-create-resp.json';
import getResponse from './__fixtures__/spec/server-get-resp.json';
import list from './__fixtures__/spec/servers-list-resp.json';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import { serverCreateBodySchema } from './schemas/server-create';
import { isReservation } from './server-refs';
import {
  createServer,
  deleteServer,
  getServer,
  listServers,
  listServersDetail,
  renameServer,
} from './servers';

withTestSession();

const SERVER = getResponse.server;

describe('server lists', () => {
  it('sends every filter of the guide under its own query name', async () => {
    const calls = answer('get', `${COMPUTE}/servers`, () => HttpResponse.json(list));
    await listServers({
      reservation_id: 'r-3fhpjulh',
      'changes-since': '2020-02-25T10:22:24+09:00',
      image: 'img',
      flavor: 'flv',
      name: '^web',
      status: 'SHUTOFF',
      limit: 50,
      marker: 'm',
    });
    const params = calls[0]?.url.searchParams;
    expect([...(params?.keys() ?? [])]).toEqual(['reservation_id', 'changes-since', 'image', 'flavor', 'name', 'status', 'limit', 'marker']);
    expect(params?.get('changes-since')).toBe('2020-02-25T10:22:24+09:00');
    expect(calls[0]?.url.search).toContain('changes-since=2020-02-25T10%3A22%3A24%2B09%3A00');
  });

  it('returns items and no next marker without a next link', async () => {
    answer('get', `${COMPUTE}/servers`, () => HttpResponse.json(list));
    await expect(listServers()).resolves.toEqual({
      items: [{ id: 'aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec', name: 'Web-Server', links: list.servers[0]?.links }],
      next: null,
    });
  });

  it("takes the next marker from Nova's next link", async () => {
    const href = `${COMPUTE}/servers/detail?limit=1&status=error&marker=${SERVER.id}`;
    answer('get', `${COMPUTE}/servers/detail`, () => HttpResponse.json({ servers: [SERVER], servers_links: [{ rel: 'next', href }] }));
    const page = await listServersDetail({ limit: 1 });
    expect(page.next).toEqual({ marker: SERVER.id, href });
    expect(page.items[0]).toMatchObject({ id: SERVER.id, status: 'ACTIVE' });
  });
});

describe('one server', () => {
  it('gets a server', async () => {
    answer('get', `${COMPUTE}/servers/${SERVER.id}`, () => HttpResponse.json(getResponse));
    await expect(getServer(SERVER.id)).resolves.toMatchObject({ name: 'Web-Server', key_name: 'access-key' });
  });

  it("creates a server from the guide's body, sent exactly as built", async () => {
    const calls = answer('post', `${COMPUTE}/servers`, () => HttpResponse.json(createResponse, { status: 202 }));
    const body = serverCreateBodySchema.parse(createRequest);
    const result = await createServer(body);
    expect(calls[0]?.body).toEqual(JSON.parse(JSON.stringify(body)));
    expect(isReservation(result)).toBe(false);
    expect(result).toMatchObject({ id: '3a005d5b-63cf-4493-bfc6-49db990b5b50', security_groups: [{ name: 'default' }] });
  });

  it('returns only the reservation id when that was asked for', async () => {
    answer('post', `${COMPUTE}/servers`, () => HttpResponse.json({ reservation_id: 'r-3fhpjulh' }, { status: 202 }));
    const body = serverCreateBodySchema.parse({ server: { ...createRequest.server, return_reservation_id: true, max_count: 3 } });
    const result = await createServer(body);
    expect(isReservation(result) && result.reservation_id).toBe('r-3fhpjulh');
  });

  it('renames with {server: {name}} and returns the server', async () => {
    const calls = answer('put', `${COMPUTE}/servers/${SERVER.id}`, () =>
      HttpResponse.json({ server: { ...SERVER, name: 'new-server-test' } }),
    );
    const server = await renameServer(SERVER.id, 'new-server-test');
    expect(calls[0]?.body).toEqual({ server: { name: 'new-server-test' } });
    expect(server.name).toBe('new-server-test');
  });

  it('deletes, accepting the empty 204', async () => {
    const calls = answer('delete', `${COMPUTE}/servers/${SERVER.id}`, () => new HttpResponse(null, { status: 204 }));
    await expect(deleteServer(SERVER.id)).resolves.toBeUndefined();
    expect(calls).toHaveLength(1);
  });
});
