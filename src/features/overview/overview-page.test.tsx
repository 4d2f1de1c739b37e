import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listKeyPairs } from '../../api/keypairs';
import { getLimits } from '../../api/limits';
import { listAllServersDetail } from '../../api/servers';
import { sessionStore } from '../../api/session';
import { countByStatusGroup } from '../../domain/status-groups';
import { simSession } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render';
import { serverKeys } from '../instances/server-queries';
import { getByRoleHolding } from '../../test/queries';

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
});

const chart = (name: string) => screen.findByRole('region', { name }, { timeout: 5000 });
const countOf = (region: HTMLElement, label: string | RegExp) => {
  const row = getByRoleHolding(region, 'row', (cells) => cells.queryByRole('rowheader', { name: label }));
  return within(row).getByRole('cell').textContent;
};

let detailRequests = 0;
const onRequest = ({ request }: { request: Request }) => {
  if (new URL(request.url).pathname.endsWith('/servers/detail')) detailRequests += 1;
};
beforeEach(() => {
  detailRequests = 0;
  server.events.on('request:start', onRequest);
});
afterEach(() => server.events.removeListener('request:start', onRequest));

describe('the overview page', () => {
  it('counts the fleet by status group, each number a link to the list filtered to it', async () => {
    const servers = await listAllServersDetail({});
    const expected = countByStatusGroup(servers.map((s) => ({ status: s.status, taskState: s['OS-EXT-STS:task_state'] })));
    renderApp({ url: '/overview' });
    const status = await chart('By status');
    expect(await screen.findByText(`${servers.length} instances`)).toBeInTheDocument();
    expect(countOf(status, 'Running')).toBe(String(expected.running));
    expect(countOf(status, 'Stopped')).toBe(String(expected.stopped));
    expect(countOf(status, 'Busy with a task')).toBe(String(expected.busy));
    expect(countOf(status, 'In error')).toBe(String(expected.error));
    expect(countOf(status, 'Terminated or shelved')).toBe(String(expected.shelved));
    expect(within(status).getByRole('link', { name: 'Busy with a task' })).toHaveAttribute('href', '/instances?group=busy');

    const zones = await chart('By availability zone');
    const inA = servers.filter((s) => s['OS-EXT-AZ:availability_zone'] === 'kr-pub-a').length;
    expect(countOf(zones, 'kr-pub-a')).toBe(String(inA));
    expect(within(zones).getByRole('link', { name: 'kr-pub-a' })).toHaveAttribute('href', '/instances?zone=kr-pub-a');
    const families = await chart('By flavor family');
    expect(within(families).getByRole('link', { name: /^u2 ·/ })).toHaveAttribute('href', '/instances?family=u2');
    expect(await chart('Created per week')).toHaveTextContent(/Weeks start on Monday \(UTC\)/);
  });

  it('shares the unfiltered list’s fleet: opening the list after it loads nothing twice', async () => {
    const { user, queryClient } = renderApp({ url: '/overview' });
    await chart('By status');
    const loads = detailRequests;
    expect(queryClient.getQueryData(serverKeys.fleet({}))).toMatchObject({ complete: true });
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Instances' }));
    expect(await screen.findByRole('table', { name: 'Instances' })).toBeInTheDocument();
    // The list asks only for the changes since (one request), never every page again.
    expect(detailRequests - loads).toBeLessThanOrEqual(1);
  });

  it('shows quotas as used of their limit, key pairs counted from the key pair list', async () => {
    const limits = await getLimits();
    const keyPairs = await listKeyPairs();
    renderApp({ url: '/overview' });
    const quotas = await chart('Quota usage');
    expect(await within(quotas).findByText(`${limits.totalInstancesUsed} of ${limits.maxTotalInstances}`)).toBeInTheDocument();
    expect(within(quotas).getByText(`${limits.totalCoresUsed} of ${limits.maxTotalCores}`)).toBeInTheDocument();
    expect(await within(quotas).findByText(`${keyPairs.length} of ${limits.maxTotalKeypairs}`)).toBeInTheDocument();
  });

  it.each([404, 403])('says quotas are not available in one line when /limits answers %i, never an error', async (status) => {
    server.use(http.get('*/limits', () => HttpResponse.json({ itemNotFound: { code: status, message: 'no' } }, { status })));
    renderApp({ url: '/overview' });
    const quotas = await chart('Quota usage');
    expect(await within(quotas).findByText('Quotas are not available on this cloud')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server’s message with Retry when the fleet cannot be loaded', async () => {
    server.use(http.get('*/servers/detail', () => HttpResponse.json({ computeFault: { code: 500, message: 'The compute service is down' } }, { status: 500 }), { once: true }));
    const { user } = renderApp({ url: '/overview' });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Could not load the instances');
    expect(alert).toHaveTextContent('The compute service is down');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await chart('By status')).toBeInTheDocument();
  });

  it('says so when the project has no instances, with a way to create one', async () => {
    server.use(http.get('*/servers/detail', () => HttpResponse.json({ servers: [] })));
    renderApp({ url: '/overview' });
    expect(await screen.findByText('No instances yet', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create instance' })).toHaveAttribute('href', '/instances/new');
    expect(screen.queryByRole('region', { name: 'By status' })).not.toBeInTheDocument();
  });
});
