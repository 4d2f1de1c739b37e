import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import { listFlavorsDetail } from './flavors';
import { sessionStore } from './session';
import { skippedRecords } from './skipped-records';

withTestSession();

const good = { id: '1', name: 'm2.c1m2', links: [], vcpus: 1, ram: 2048, disk: 20 };
const broken = { id: '2', name: 'm2.broken', links: [], vcpus: 1, disk: 20 };

describe('skippedRecords', () => {
  it('learns from the client which records an answer left out, once per record however often it is asked', async () => {
    answer('get', `${COMPUTE}/flavors/detail`, () => HttpResponse.json({ flavors: [good, broken] }));
    await expect(listFlavorsDetail()).resolves.toMatchObject([{ id: '1' }]);
    await listFlavorsDetail({ minRam: 1024 });
    expect(skippedRecords.get()).toEqual([
      { service: 'compute', method: 'GET', path: '/flavors/detail', index: 1, id: '2', problem: expect.stringMatching(/^ram: /) as unknown },
    ]);
  });

  it('forgets them with the session', async () => {
    answer('get', `${COMPUTE}/flavors/detail`, () => HttpResponse.json({ flavors: [broken] }));
    await listFlavorsDetail();
    expect(skippedRecords.get()).toHaveLength(1);
    sessionStore.set(null);
    expect(skippedRecords.get()).toEqual([]);
  });
});
