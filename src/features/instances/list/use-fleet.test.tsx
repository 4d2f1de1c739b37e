import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../api/session';
import { FAST_POLL_MS, SLOW_POLL_MS } from '../../../domain/polling';
import { simSession } from '../../../mocks/node';
import { server as mswServer } from '../../../test/msw-server';
import { createTestQueryClient } from '../../../test/render';
import { pendingActions } from '../actions/pending-actions';
import type { FleetApiFilters } from './list-params';
import { useFleet } from './use-fleet';

let requests: URLSearchParams[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/servers/detail')) requests.push(url.searchParams);
};

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
  requests = [];
  mswServer.events.on('request:start', onRequest);
  // Only the interval timers are fake, and they run on with the real clock too: the simulated cloud answers as usual.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'], shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
  Reflect.deleteProperty(document, 'visibilityState');
  mswServer.events.removeListener('request:start', onRequest);
});

async function renderFleet(filters: FleetApiFilters) {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const rendered = renderHook(() => useFleet(filters), { wrapper });
  await waitFor(() => expect(rendered.result.current.query.data?.complete).toBe(true));
  await waitFor(() => expect(rendered.result.current.query.isFetching).toBe(false));
  requests = [];
  return rendered;
}

/** Lets `ms` of polling time pass and waits for what it sent to be answered. */
async function pass(rendered: Awaited<ReturnType<typeof renderFleet>>, ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
  await waitFor(() => expect(rendered.result.current.query.isFetching).toBe(false));
}

describe('the fleet polls itself', () => {
  it('every 2 s for the changes while a server it holds is changing', async () => {
    const rendered = await renderFleet({});
    expect(rendered.result.current.polling).toEqual({ mode: 'fast', intervalMs: FAST_POLL_MS }); // the seed's reboot, build…
    await pass(rendered, FAST_POLL_MS);
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
    expect(requests[0]?.has('changes-since')).toBe(true);
  });

  it('every 30 s when all it holds is still, and every 2 s while an action is pending', async () => {
    const rendered = await renderFleet({ status: 'SHUTOFF' });
    expect(rendered.result.current.polling).toEqual({ mode: 'slow', intervalMs: SLOW_POLL_MS });
    await pass(rendered, FAST_POLL_MS * 2);
    expect(requests).toEqual([]);

    const shutoff = rendered.result.current.query.data?.servers[0];
    if (!shutoff) throw new Error('no SHUTOFF server in the seed');
    act(() => pendingActions.add(shutoff, 'start'));
    await waitFor(() => expect(rendered.result.current.polling.mode).toBe('fast'));
    await pass(rendered, FAST_POLL_MS);
    await waitFor(() => expect(requests.length).toBeGreaterThan(0));
  });

  it('not at all while the tab is hidden, and at once when it is shown again', async () => {
    const rendered = await renderFleet({});
    setVisibility('hidden');
    expect(rendered.result.current.polling).toEqual({ mode: 'paused', intervalMs: false });
    await pass(rendered, SLOW_POLL_MS * 2);
    expect(requests).toEqual([]);

    setVisibility('visible');
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(rendered.result.current.polling.mode).toBe('fast');
  });
});

describe('Refresh', () => {
  it('asks for every page again, the rows staying on screen until the new ones are in', async () => {
    const rendered = await renderFleet({});
    const before = rendered.result.current.query.data;
    act(() => rendered.result.current.reload());
    expect(rendered.result.current.query.data?.servers).toBe(before?.servers);
    await waitFor(() => expect(rendered.result.current.query.isFetching).toBe(false));
    expect(requests.map((query) => query.toString())).toEqual(['limit=100']);
    expect(rendered.result.current.query.data).toMatchObject({ complete: true, fullSyncDue: false });
  });
});
