import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SIM_BASE_URL, SIM_TENANT_ID, simClock } from '../../../../mocks/node';
import { simClient } from '../../../../mocks/test-client';
import { server as mswServer } from '../../../../test/msw-server';
import { renderApp } from '../../../../test/render';
import { InstanceDetailPage } from '../../instance-detail-page';
import { simServerId, withSimSession } from '../test-support';
import { getByRoleHolding } from '../../../../test/queries';

withSimSession();

const routes = [{ path: '/instances/:serverId', element: <InstanceDetailPage /> }];
const open = (name: string) => renderApp({ url: `/instances/${simServerId(name)}?tab=actions`, routes });
const actionsUrl = (serverId: string) => `${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}/servers/${serverId}/os-instance-actions`;

async function stop(name: string): Promise<string> {
  const response = await simClient().compute('POST', `/servers/${simServerId(name)}/action`, { 'os-stop': null });
  return response.headers.get('x-openstack-request-id') ?? '';
}

describe('the Action log tab', () => {
  it('lists every action newest first, in words, with its request id, user and start time; a failed one with its message', async () => {
    open('error');
    const table = await screen.findByRole('table', { name: '2 actions, newest first' });
    const [, failed, create] = within(table).getAllByRole('row');
    expect(failed).toHaveTextContent('Start');
    expect(failed).toHaveTextContent('Failed: Error');
    expect(within(failed!).getByRole('button', { name: /^Copy request ID req-/ })).toBeInTheDocument();
    expect(create).toHaveTextContent('Create');
    expect(create).not.toHaveTextContent('Failed');
    expect(within(create!).getByRole('note')).toHaveAccessibleName(/ago$/);
  });

  it('shows the request id the cloud answered with, and the events of an action on demand', async () => {
    const requestId = await stop('active');
    const { user } = open('active');
    const table = await screen.findByRole('table', { name: '2 actions, newest first' });
    const row = getByRoleHolding(table, 'row', (inRow) => inRow.queryByText(requestId));
    expect(row).toHaveTextContent('Stop');
    expect(row).toHaveTextContent('stop');
    const show = within(row).getByRole('button', { name: `Show the events of Stop (${requestId})` });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    const events = await screen.findByRole('table', { name: '1 event of Stop' });
    expect(within(events).getByText('compute_stop_instance')).toBeInTheDocument();
    expect(within(events).getByText('Running')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: `Hide the events of Stop (${requestId})` })).toHaveAttribute('aria-expanded', 'true');
  });

  it('refreshes with the page: the task ends, the event reads Success; a new action appears', async () => {
    const requestId = await stop('active');
    const { user } = open('active');
    const table = await screen.findByRole('table', { name: '2 actions, newest first' });
    await user.click(within(table).getByRole('button', { name: `Show the events of Stop (${requestId})` }));
    const events = await screen.findByRole('table', { name: '1 event of Stop' });
    expect(within(events).getByText('Running')).toBeInTheDocument();
    simClock.advance(1000);
    await simClient().compute('POST', `/servers/${simServerId('active')}/action`, { 'os-start': null });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(within(events).getByText('Success')).toBeInTheDocument());
    expect(await screen.findByRole('table', { name: '3 actions, newest first' })).toBeInTheDocument();
  });

  it('says the log is not available where the cloud does not serve it (a bare 404)', async () => {
    mswServer.use(
      http.get(actionsUrl(simServerId('active')), () =>
        HttpResponse.json({ itemNotFound: { code: 404, message: 'The resource could not be found.' } }, { status: 404 }),
      ),
    );
    open('active');
    expect(await screen.findByText(/The action log is not available on this cloud/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows any other failure with the server's message", async () => {
    mswServer.use(
      http.get(actionsUrl(simServerId('active')), () =>
        HttpResponse.json({ forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:os-instance-actions:list to be performed." } }, { status: 403 }),
      ),
    );
    open('active');
    expect(await screen.findByRole('alert')).toHaveTextContent("Policy doesn't allow os_compute_api:os-instance-actions:list to be performed.");
  });

  it('says so when the cloud does not show events to this role (no events key, Nova before 2.51)', async () => {
    const requestId = await stop('active');
    const id = simServerId('active');
    mswServer.use(
      http.get(`${actionsUrl(id)}/:requestId`, () =>
        HttpResponse.json({ instanceAction: { action: 'stop', instance_uuid: id, request_id: requestId, user_id: 'u', project_id: 'p', start_time: '2026-11-30T08:12:41.000000', message: null } }),
      ),
    );
    const { user } = open('active');
    const table = await screen.findByRole('table', { name: '2 actions, newest first' });
    await user.click(within(table).getByRole('button', { name: `Show the events of Stop (${requestId})` }));
    expect(await screen.findByText('This cloud does not show the events of an action to your role.')).toBeInTheDocument();
  });

  it('shows a name it has no words for as the cloud sent it', async () => {
    const id = simServerId('active');
    mswServer.use(
      http.get(actionsUrl(id), () =>
        HttpResponse.json({ instanceActions: [{ action: 'trigger_crash_dump', instance_uuid: id, request_id: 'req-1', user_id: 'u', project_id: 'p', start_time: '2026-11-30T08:12:41.000000', message: '' }] }),
      ),
    );
    open('active');
    const table = await screen.findByRole('table', { name: '1 action, newest first' });
    expect(within(table).getByText('trigger_crash_dump')).toBeInTheDocument();
  });
});
