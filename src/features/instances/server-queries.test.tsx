import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ServerCreateBody } from '../../api/schemas/server-create';
import { getServer } from '../../api/servers';
import { sessionStore } from '../../api/session';
import { simSession } from '../../mocks/node';
import { seeded } from '../../mocks/test-client';
import { createTestQueryClient } from '../../test/render';
import { useCreateInstance } from '../create-instance/use-create-instance';
import { useInstanceAction } from './actions/use-instance-action';
import { useBulkRun } from './list/bulk/use-bulk-run';
import { flavorNamesOf, rowsOf } from './list/fleet-rows';
import { serverQueries } from './server-queries';

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
});

function createBody(name: string): ServerCreateBody {
  const { flavor, image, subnet } = seeded();
  const ubuntu = image('Ubuntu Server 22.04 LTS (').id;
  return {
    server: {
      name,
      imageRef: ubuntu,
      flavorRef: flavor('m2.c2m4').id,
      networks: [{ subnet: subnet('Default Network').id }],
      key_name: 'demo-key',
      block_device_mapping_v2: [{ source_type: 'image', uuid: ubuntu, boot_index: 0, volume_size: 30, destination_type: 'volume', delete_on_termination: true }],
    },
  };
}

function renderWithUsage<T>(hook: () => T) {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const rendered = renderHook(() => ({ usage: useQuery(serverQueries.usage()), hook: hook() }), { wrapper });
  return { ...rendered, queryClient };
}

// The key pair and zone pages show which servers use a key and run in a zone: they must not miss a change for 30 s.
describe('the server usage the key pair and zone pages show', () => {
  it('counts a new instance as soon as it is created', async () => {
    const { result } = renderWithUsage(() => useCreateInstance());
    await waitFor(() => expect(result.current.usage.isSuccess).toBe(true));
    expect(result.current.usage.data?.map((server) => server.name)).not.toContain('usage-new');

    await act(() => result.current.hook.submit(createBody('usage-new'), new Set()));
    expect(result.current.hook.outcome.kind).toBe('created');
    await waitFor(() => expect(result.current.usage.data?.map((server) => server.name)).toContain('usage-new'));
  });

  it('asks again after a bulk delete', async () => {
    const { result } = renderWithUsage(() => useBulkRun());
    await waitFor(() => expect(result.current.usage.isSuccess).toBe(true));
    const before = result.current.usage.dataUpdatedAt;
    const shutoff = await getServer(seeded().server('shutoff').id);

    act(() => result.current.hook.start('delete', rowsOf([shutoff], flavorNamesOf(undefined))));
    await waitFor(() => expect(result.current.hook.run?.running).toBe(false));
    expect(result.current.hook.run?.results.get(shutoff.id)).toEqual({ state: 'ok' });
    await waitFor(() => expect(result.current.usage.dataUpdatedAt).toBeGreaterThan(before));
  });

  it.each([
    ['a delete', 'shutoff', { action: 'delete' }],
    ['a rename', 'active', { action: 'rename', name: 'usage-renamed' }],
  ] as const)('asks again after %s of one instance', async (_what, seedName, request) => {
    const { result } = renderWithUsage(() => useInstanceAction({ notifyErrors: false }));
    await waitFor(() => expect(result.current.usage.isSuccess).toBe(true));
    const before = result.current.usage.dataUpdatedAt;
    const server = await getServer(seeded().server(seedName).id);

    await act(() => result.current.hook.mutateAsync({ server, request }));
    await waitFor(() => expect(result.current.usage.dataUpdatedAt).toBeGreaterThan(before));
  });
});
