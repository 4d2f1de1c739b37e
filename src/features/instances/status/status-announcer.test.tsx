import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { stopServer } from '../../../api/server-actions';
import { simClock } from '../../../mocks/node';
import { renderApp, renderWithProviders } from '../../../test/render';
import { pendingActions } from '../actions/pending-actions';
import { fetchSimServer, simServerId, withSimSession } from '../detail/test-support';
import { InstanceDetailPage } from '../instance-detail-page';
import { type AnnouncedServer, changedStatuses, StatusAnnouncer } from './status-announcer';

withSimSession();

const region = () => {
  const live = document.querySelector('[aria-live="polite"][aria-atomic="true"]');
  if (!live) throw new Error('no live region');
  return live;
};

const web = (status: AnnouncedServer['status']): AnnouncedServer => ({ id: 'id-web', name: 'web-01', status });
const db = (status: AnnouncedServer['status']): AnnouncedServer => ({ id: 'id-db', name: 'db-01', status });

describe('changedStatuses', () => {
  it('finds servers whose status differs from the last poll, and ignores servers seen for the first time', () => {
    const before = new Map([['id-web', 'ACTIVE' as const]]);
    expect(changedStatuses(before, [web('SHUTOFF'), db('ACTIVE')])).toEqual([web('SHUTOFF')]);
    expect(changedStatuses(before, [web('ACTIVE')])).toEqual([]);
  });
});

/** Renders the announcer; the returned function is the next poll's answer. */
function renderAnnouncer(first: AnnouncedServer[] | undefined) {
  let poll: (servers: AnnouncedServer[]) => void = () => undefined;
  function Harness() {
    const [servers, setServers] = useState(first);
    poll = setServers;
    return <StatusAnnouncer servers={servers} />;
  }
  renderWithProviders(<Harness />);
  return (servers: AnnouncedServer[]) => act(() => poll(servers));
}

describe('StatusAnnouncer', () => {
  it('is a polite live region, silent on the first load', () => {
    renderAnnouncer([web('ACTIVE'), db('ACTIVE')]);
    expect(region()).toHaveAttribute('aria-live', 'polite');
    expect(region()).toHaveTextContent(/^$/);
  });

  it('says which server changed, once: a poll that changes nothing leaves the text alone', () => {
    const poll = renderAnnouncer(undefined);
    poll([web('ACTIVE'), db('ACTIVE')]);
    poll([web('ACTIVE'), db('ACTIVE')]);
    expect(region()).toHaveTextContent(/^$/);

    poll([web('SHUTOFF'), db('ACTIVE')]);
    expect(region()).toHaveTextContent('web-01 is now Stopped (SHUTOFF).');

    // The next poll changes db-01 only: web-01 is not told again.
    poll([web('SHUTOFF'), db('REBOOT')]);
    expect(region()).toHaveTextContent(/^db-01 is now Rebooting \(REBOOT\)\.$/);
  });

  it('sums up a poll that changes many servers in one sentence', () => {
    const fleet = (status: AnnouncedServer['status']) => Array.from({ length: 8 }, (_, index) => ({ id: `id-${index}`, name: `node-${index}`, status }));
    const poll = renderAnnouncer(fleet('BUILD'));
    poll(fleet('ACTIVE'));
    expect(region()).toHaveTextContent('8 instances changed status: node-0, node-1, node-2, node-3, node-4, …');
  });

  it('leaves a change the user asked for to that action’s own notification', async () => {
    const server = await fetchSimServer('active');
    const shown: AnnouncedServer = { id: server.id, name: server.name, status: 'ACTIVE' };
    const poll = renderAnnouncer([shown]);
    pendingActions.add(server, 'stop');
    poll([{ ...shown, status: 'SHUTOFF' }]);
    expect(region()).toHaveTextContent(/^$/);
  });
});

describe('on the detail page', () => {
  it('announces a status change made behind the console’s back after a poll, not after one that changed nothing', async () => {
    const id = simServerId('active');
    const { queryClient } = renderApp({ url: `/instances/${id}`, routes: [{ path: '/instances/:serverId', element: <InstanceDetailPage /> }] });
    expect(await screen.findByRole('heading', { level: 1, name: 'active' })).toBeInTheDocument();
    // A poll is a refetch of the page's queries; awaited, so the assertion after it sees its result.
    const poll = () => act(() => queryClient.refetchQueries({ type: 'active' }));

    await poll();
    expect(region()).toHaveTextContent(/^$/);

    await stopServer(id);
    simClock.advance(60_000);
    expect((await fetchSimServer('active')).status).toBe('SHUTOFF');
    await poll();
    await waitFor(() => expect(region()).toHaveTextContent(/^active is now Stopped \(SHUTOFF\)\.$/));

    await poll();
    expect(region()).toHaveTextContent(/^active is now Stopped \(SHUTOFF\)\.$/);
  });
});
