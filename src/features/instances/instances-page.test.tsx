import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { act } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api/session';
import { simClock, simSession } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render';
import { pendingActions } from './actions/pending-actions';
import { COLUMNS_STORAGE_KEY } from './list/use-column-choice';
import { getByRoleHolding } from '../../test/queries';

// jsdom lays nothing out: give the table's scroll box a height, so the virtualizer renders the whole seed.
beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 2000 }));
afterAll(() => Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight'));

let detailRequests: URLSearchParams[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/servers/detail')) detailRequests.push(url.searchParams);
};

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
  detailRequests = [];
  server.events.on('request:start', onRequest);
});
afterEach(() => {
  server.events.removeListener('request:start', onRequest);
  localStorage.clear();
});

const table = () => screen.getByRole('table', { name: 'Instances' });
const rowOf = (name: string) => getByRoleHolding(table(), 'row', (row) => row.queryByRole('link', { name }));
const names = () => within(table()).queryAllByRole('link').map((link) => link.textContent);

// The first render loads the lazy page and the fleet: give it time on a busy machine.
const firstLoad = { timeout: 10_000 };

async function openList(url = '/instances') {
  const rendered = renderApp({ url });
  await screen.findByText('23 instances', {}, firstLoad);
  return rendered;
}

// Rendering the whole console in jsdom is slow on a busy machine.
describe('the instance list', { timeout: 40_000 }, () => {
  it('loads the fleet and shows each server with its status, task, flavor name and OS', async () => {
    await openList();
    expect(screen.getByText('23 instances')).toBeInTheDocument();
    expect(within(rowOf('shutoff')).getByText('Stopped')).toBeInTheDocument();
    expect(within(rowOf('reboot')).getByText('Rebooting')).toBeInTheDocument();
    expect(within(rowOf('reboot')).getByText('rebooting')).toBeInTheDocument();
    expect(within(rowOf('private-db')).getByText('r2.c2m8')).toBeInTheDocument();
    expect(within(rowOf('private-db')).getByText('Rocky Linux 8.10')).toBeInTheDocument();
    expect(within(rowOf('public-web')).getByText('(Floating IP)')).toBeInTheDocument();
    expect(rowOf('shutoff').querySelector('a')).toHaveAttribute('href', expect.stringMatching(/^\/instances\/[0-9a-f-]{36}$/));
    // The first page is small: the first rows do not wait for a large fleet.
    expect(detailRequests[0]?.get('limit')).toBe('100');
  });

  it('keeps the created times fresh as the clock ticks', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
    // The browser's clock where the simulated cloud's is: the seed's BUILD server was created just now.
    vi.setSystemTime(simClock.now());
    try {
      await openList();
      const created = () => within(rowOf('build')).getByRole('note', { name: /^now$|ago$/ });
      expect(created()).toHaveTextContent(/^now$/);
      act(() => {
        vi.advanceTimersByTime(3 * 60_000);
      });
      expect(created()).toHaveTextContent('3 minutes ago');
    } finally {
      vi.useRealTimers();
    }
  });

  it('searches name, ID and IP as you type, and keeps the query in the URL', async () => {
    const { user, router } = await openList();
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.paste('192.168.1.11');
    await waitFor(() => expect(names()).toEqual(['private-db']));
    expect(screen.getByText('1 of 23 instances match the search')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?q=192.168.1.11'));
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(names()).toHaveLength(23));
  });

  it('filters the loaded fleet by the overview’s status group, zone, flavor family or week, none of it sent to Nova', async () => {
    const { user, router } = renderApp({ url: '/instances?group=stopped' });
    expect(await screen.findByText(/of 23 instances match the filter$/, {}, firstLoad)).toBeInTheDocument();
    // SHUTOFF, PAUSED, SUSPENDED and RESCUE, with no task running: the seed names its servers after their status.
    expect([...names()].sort()).toEqual(['paused', 'rescue', 'shutoff', 'suspended']);
    expect(detailRequests.every((params) => !params.has('group') && !params.has('status'))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Remove the filter Status: Stopped' }));
    await waitFor(() => expect(names()).toHaveLength(23));
    expect(router.state.location.search).toBe('');

    await router.navigate('/instances?family=u2&zone=kr-pub-a');
    await waitFor(() => expect(names()).toEqual(['u2-active']));
    expect(screen.getByText('Flavor family: u2')).toBeInTheDocument();
    expect(screen.getByText('Zone: kr-pub-a')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(names()).toHaveLength(23));
  });

  it('sends the URL filters to Nova and offers to clear them when nothing matches', async () => {
    const { user, router } = renderApp({ url: '/instances?status=SHUTOFF&name=%5Eno-such' });
    expect(await screen.findByText('No instance matches', {}, firstLoad)).toBeInTheDocument();
    expect(detailRequests[0]?.get('status')).toBe('SHUTOFF');
    expect(detailRequests[0]?.get('name')).toBe('^no-such');
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1) as HTMLElement);
    expect(await screen.findByText('23 instances')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('never sends an invalid name regex from the URL, and says why', async () => {
    renderApp({ url: '/instances?name=web(' });
    expect(await screen.findByText('23 instances', {}, firstLoad)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Not a valid regular expression, so it is not applied');
    expect(detailRequests.every((params) => !params.has('name'))).toBe(true);
  });

  it('shows a failed first load with the server message, and Retry loads the list', async () => {
    server.use(
      http.get('*/servers/detail', () => HttpResponse.json({ computeFault: { code: 500, message: 'The cell is down.' } }, { status: 500 }), { once: true }),
    );
    const { user } = renderApp({ url: '/instances' });
    const alert = await screen.findByRole('alert', {}, firstLoad);
    expect(alert).toHaveTextContent('Could not load the instances');
    expect(alert).toHaveTextContent('The cell is down.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('23 instances')).toBeInTheDocument();
  });

  it('shows what it has and says the list may be short when the cloud sends the same page again (it ignores the marker)', async () => {
    const fleet = Array.from({ length: 150 }, (_, index) => ({ id: `s-${index}`, name: `server-${index}`, status: 'ACTIVE', links: [] }));
    server.use(
      http.get('*/servers/detail', ({ request }) => {
        const limit = Math.min(Number(new URL(request.url).searchParams.get('limit')), 100);
        return HttpResponse.json({ servers: fleet.slice(0, limit), servers_links: [{ rel: 'next', href: '/servers/detail?marker=s-99' }] });
      }),
    );
    renderApp({ url: '/instances' });
    expect(await screen.findByText('100 instances', {}, firstLoad)).toBeInTheDocument();
    expect(screen.getByText(/The cloud sent a page it had sent before instead of the next one/)).toBeInTheDocument();
    expect(detailRequests).toHaveLength(2);
  });

  it('offers DELETED in the status filter only when the session is an administrator’s', async () => {
    const { user, unmount } = await openList();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    expect(await screen.findByRole('option', { name: 'Stopped (SHUTOFF)' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /\(DELETED\)/ })).not.toBeInTheDocument();
    unmount();
    const session = sessionStore.get();
    if (session) sessionStore.set({ ...session, roles: ['member', 'admin'] });
    const admin = await openList();
    await admin.user.click(screen.getByRole('combobox', { name: 'Status' }));
    expect(await screen.findByRole('option', { name: /\(DELETED\)/ })).toBeInTheDocument();
  });

  it('shows Nova’s 403 to status=DELETED as administrators-only, with the server’s words and a way back', async () => {
    const { user, router } = renderApp({ url: '/instances?status=DELETED' });
    const alert = await screen.findByRole('alert', {}, firstLoad);
    expect(alert).toHaveTextContent('Only administrators can list deleted instances');
    expect(alert).toHaveTextContent('Only administrators may list deleted instances');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Show every status' }));
    expect(await screen.findByText('23 instances')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('shows the OS from the image itself when the metadata says nothing (upstream Nova), asking once per image', async () => {
    const image = (id: string) => ({ id, links: [] });
    const fleet = [
      ...Array.from({ length: 20 }, (_, index) => ({ id: `u-${index}`, name: `ubuntu-${index}`, status: 'ACTIVE', links: [], image: image('img-ubuntu'), metadata: {} })),
      ...Array.from({ length: 9 }, (_, index) => ({ id: `w-${index}`, name: `windows-${index}`, status: 'ACTIVE', links: [], image: image('img-windows'), metadata: {} })),
      { id: 'r-0', name: 'rocky-0', status: 'ACTIVE', links: [], image: image('img-rocky'), metadata: { os_distro: 'rocky', os_version: '9.4' } },
    ];
    const images: Record<string, unknown> = {
      'img-ubuntu': { id: 'img-ubuntu', name: 'jammy-server-cloudimg', status: 'active', os_distro: 'ubuntu', os_version: '22.04', login_username: 'ubuntu' },
      'img-windows': { id: 'img-windows', name: 'Windows Server 2022', status: 'active', os_type: 'windows' },
    };
    const imageRequests: string[] = [];
    server.use(
      http.get('*/servers/detail', () => HttpResponse.json({ servers: fleet })),
      http.get('*/v2/images/:id', ({ params }) => {
        imageRequests.push(String(params.id));
        const found = images[String(params.id)];
        return found ? HttpResponse.json(found) : HttpResponse.json({ itemNotFound: { code: 404, message: 'gone' } }, { status: 404 });
      }),
    );
    renderApp({ url: '/instances' });
    expect(await screen.findByText('30 instances', {}, firstLoad)).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('ubuntu-7')).getByText('Ubuntu 22.04')).toBeInTheDocument());
    expect(within(rowOf('windows-3')).getByText('Windows Server 2022')).toBeInTheDocument();
    expect(within(rowOf('rocky-0')).getByText('Rocky Linux 9.4')).toBeInTheDocument();
    expect(imageRequests.sort()).toEqual(['img-ubuntu', 'img-windows']);
  });

  it('says there is nothing yet and offers to create an instance', async () => {
    server.use(http.get('*/servers/detail', () => HttpResponse.json({ servers: [] })));
    renderApp({ url: '/instances' });
    expect(await screen.findByText('No instances yet', {}, firstLoad)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Create instance' }).at(-1)).toHaveAttribute('href', '/instances/new');
  });

  it('keeps the rows when a refresh fails, and says so', async () => {
    const { user } = await openList();
    server.use(http.get('*/servers/detail', () => HttpResponse.json({ computeFault: { code: 503, message: 'Try later.' } }, { status: 503 })));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not check for changes; the list shows what was loaded before.');
    expect(alert).toHaveTextContent('Try later.');
    expect(names()).toHaveLength(23);
  });

  it('sorts by a column header, marks it with aria-sort, and keeps the order in the URL', async () => {
    const { user, router } = await openList();
    const header = within(table()).getByRole('columnheader', { name: 'Name' });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(names().slice(0, 3)).toEqual(['active', 'build', 'error']);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toBe('win-active');
    expect(router.state.location.search).toBe('?sort=-name');
  });

  it('remembers the column choice in this browser', async () => {
    const { user } = await openList();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Key pair' }));
    await user.click(screen.getByRole('checkbox', { name: 'ID' }));
    expect(localStorage.getItem(COLUMNS_STORAGE_KEY)).toBe('name,status,ips,flavor,image,zone,created,id');
    expect(within(table()).queryByRole('columnheader', { name: 'Key pair' })).not.toBeInTheDocument();
    expect(within(table()).getByRole('columnheader', { name: 'ID' })).toBeInTheDocument();
  });
});

describe('bulk actions', { timeout: 40_000 }, () => {
  it('previews, groups the skipped by reason, shows a result per server, and retries the failed', async () => {
    const { user } = await openList();
    for (const name of ['shutoff', 'active', 'private-db']) await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    expect(screen.getByText('3 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Actions for selected' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Stop (2 of 3)' }));

    const dialog = await screen.findByRole('dialog', { name: 'Stop: 3 selected' });
    expect(within(dialog).getByText('Stop 2 of 3.')).toBeInTheDocument();
    expect(within(dialog).getByText('1 skipped: Stop needs ACTIVE or ERROR; this instance is SHUTOFF.')).toBeInTheDocument();

    let refused = false;
    server.use(
      http.post('*/servers/:id/action', () => {
        if (refused) return undefined;
        refused = true;
        return HttpResponse.json({ conflictingRequest: { code: 409, message: 'Instance is locked' } }, { status: 409 });
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Stop 2 instances' }));
    const results = await screen.findByRole('dialog', { name: 'Stop: results' });
    expect(await within(results).findByText('1 accepted, 1 failed.')).toBeInTheDocument();
    expect(within(results).getByText('409 · Instance is locked')).toBeInTheDocument();
    
    await user.click(within(results).getByRole('button', { name: 'Retry 1 failed' }));
    expect(await within(results).findByText('2 accepted, 0 failed.')).toBeInTheDocument();
    expect(pendingActions.size()).toBe(2);
    await user.click(within(results).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByText('3 selected')).not.toBeInTheDocument());
    // The API shows the task at once: the row follows it.
    expect(await within(rowOf('active')).findByText('powering off')).toBeInTheDocument();
  });

  it('deletes only after the number of instances is typed', async () => {
    const { user } = await openList();
    for (const name of ['shutoff', 'active']) await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    await user.click(screen.getByRole('button', { name: 'Actions for selected' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete (2 of 2)' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Delete 2 instances' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type 2 to confirm' }), '3');
    expect(confirm).toBeDisabled();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Type 2 to confirm' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Type 2 to confirm' }), '2');
    expect(confirm).toBeEnabled();
  });

  it('selects every shown row from the header, and only those', async () => {
    const { user } = await openList();
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.paste('active');
    await waitFor(() => expect(names()).toEqual(['gpu-active', 'u2-active', 'win-active', 'active']));
    await user.click(screen.getByRole('checkbox', { name: 'Select all 4 instances shown' }));
    expect(screen.getByText('4 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select win-active' })).toBeChecked();
  });
});
