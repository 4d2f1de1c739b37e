import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api/session';
import { simSession } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render';
import { getByRoleHolding } from '../../test/queries';

let flavorQueries: URLSearchParams[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/flavors/detail')) flavorQueries.push(url.searchParams);
};

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
  flavorQueries = [];
  server.events.on('request:start', record);
});
afterEach(() => server.events.removeListener('request:start', record));

async function table() {
  // The page's one table, once its columns are there.
  await screen.findByRole('columnheader', { name: /vCPUs/ }, { timeout: 5000 });
  return screen.getByRole('table');
}

const rowNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('rowheader')
    .map((header) => header.textContent);

const rowOf = (list: HTMLElement, name: string) => getByRoleHolding(list, 'row', (row) => row.queryByRole('rowheader', { name }));

describe('the flavors page', () => {
  it('shows every detail column with RAM in GB, root disk explained and the family', async () => {
    renderApp({ url: '/flavors' });
    const list = await table();
    expect(rowNames(list)).toHaveLength(16);
    const m2 = rowOf(list, 'm2.c2m4');
    expect(m2).toHaveTextContent('Balanced');
    expect([within(m2).getByRole('rowheader'), ...within(m2).getAllByRole('cell')].map((cell) => cell.textContent)).toEqual([
      'm2.c2m4',
      'm2Balanced',
      '2',
      '4 GB',
      'Block storage',
      '0 GB',
      'None',
      '1',
      'Yes',
      'Yes',
      'flavor_type=standard',
      'Launch',
    ]);
    expect(rowOf(list, 'u2.c2m4')).toHaveTextContent('20 GB local');
    expect(rowOf(list, 'g2.t4.c4m32')).toHaveTextContent('GPU');
    expect(rowOf(list, 'g2.t4.c4m32')).toHaveTextContent('gpu_model=Tesla T4');
    const launch = within(m2).getByRole('link', { name: 'Launch with this flavor: m2.c2m4' });
    expect(launch.getAttribute('href')).toMatch(/^\/instances\/new\?flavor=[0-9a-f-]{36}$/);
  });

  it('sends the minimums to the API as minRam (MB) and minDisk (GB) and keeps them in the URL', async () => {
    const { user, router } = renderApp({ url: '/flavors?minRam=65536' });
    const list = await table();
    expect(rowNames(list)).toEqual(['g2.t4.c8m64', 'g2.v100.c8m90', 'x1.c16m64', 'x1.c32m128', 'x1.c32m256']);
    expect(flavorQueries.at(-1)?.toString()).toBe('minRam=65536');
    expect(screen.getByRole('textbox', { name: 'Minimum RAM' })).toHaveValue('64 GB');

    const disk = screen.getByRole('textbox', { name: 'Minimum root disk' });
    await user.type(disk, '100');
    await waitFor(() => expect(router.state.location.search).toBe('?minRam=65536&minDisk=100'));
    await waitFor(() => expect(rowNames(list)).toEqual(['g2.v100.c8m90']));
    const sent = flavorQueries.at(-1);
    expect([sent?.get('minRam'), sent?.get('minDisk')]).toEqual(['65536', '100']);
    expect(screen.getByText('?minRam=65536&minDisk=100')).toBeInTheDocument();
  });

  it('takes fractions of a GB as they are typed and sends whole MB', async () => {
    const { user, router } = renderApp({ url: '/flavors' });
    await table();
    const ram = screen.getByRole('textbox', { name: 'Minimum RAM' });
    await user.type(ram, '1.5');
    await waitFor(() => expect(router.state.location.search).toBe('?minRam=1536'));
    expect(ram).toHaveValue('1.5 GB');
    await user.clear(ram);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('filters by family and text, and sorts on a column, all from and into the URL', async () => {
    const { user, router } = renderApp({ url: '/flavors?family=x1' });
    const list = await table();
    expect(rowNames(list)).toEqual(['x1.c16m64', 'x1.c32m128', 'x1.c32m256']);
    expect(screen.getByText('3 of 16 flavors')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: /RAM/ }));
    await user.click(within(list).getByRole('button', { name: /RAM/ }));
    expect(router.state.location.search).toBe('?family=x1&sort=ram&dir=desc');
    expect(within(list).getByRole('columnheader', { name: /RAM/ })).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames(list)).toEqual(['x1.c32m256', 'x1.c32m128', 'x1.c16m64']);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'm128');
    expect(rowNames(list)).toEqual(['x1.c32m128']);
    expect(router.state.location.search).toBe('?family=x1&sort=ram&dir=desc&q=m128');
  });

  it('finds GPU flavors by their extra specs', async () => {
    renderApp({ url: '/flavors?q=v100' });
    const list = await table();
    expect(rowNames(list)).toEqual(['g2.v100.c8m90']);
  });

  it('says so when nothing matches, with a way out', async () => {
    const { user, router } = renderApp({ url: '/flavors?family=t2&q=zzz' });
    expect(await screen.findByText('No flavor matches these filters.', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(rowNames(await table())).toHaveLength(16);
  });
});
