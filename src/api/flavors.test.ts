import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import detail from './__fixtures__/spec/flavors-detail-resp.json';
import list from './__fixtures__/spec/flavors-list-resp.json';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import { listFlavors, listFlavorsDetail } from './flavors';

withTestSession();

describe('flavors', () => {
  it('lists flavors unwrapped, sending exactly minDisk and minRam', async () => {
    const calls = answer('get', `${COMPUTE}/flavors`, () => HttpResponse.json(list));
    const flavors = await listFlavors({ minDisk: 20, minRam: 1024 });
    expect(flavors.map((flavor) => flavor.name)).toEqual(['x1.c32m256', 'x1.c32m128']);
    expect(calls[0]?.url.search).toBe('?minDisk=20&minRam=1024');
  });

  it('sends no query without filters, and lists details with swap as a number', async () => {
    const calls = answer('get', `${COMPUTE}/flavors/detail`, () => HttpResponse.json(detail));
    const flavors = await listFlavorsDetail();
    expect(calls[0]?.url.search).toBe('');
    expect(flavors[0]).toMatchObject({ id: '97604802-a090-43fa-a5ce-c7cfd737fbba', vcpus: 32, ram: 262144, disk: 0, swap: 0 });
  });
});
