import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api/session';
import { sim, simSession } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render';
import { getByRoleHolding } from '../../test/queries';

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
});

const zoneCard = (name: string) => screen.findByRole('region', { name }, { timeout: 5000 });
const serversIn = (zone: string) => sim.state().servers.filter((s) => !s.deleted && s.availabilityZone === zone).length;

describe('the availability zones page', () => {
  it('shows each zone with its state and the number of the project’s instances in it', async () => {
    renderApp({ url: '/zones' });
    const a = await zoneCard('kr-pub-a');
    expect(a).toHaveTextContent('Available');
    expect(await within(a).findByText(String(serversIn('kr-pub-a')))).toBeInTheDocument();
    expect(a).toHaveTextContent(/Active \d+/);
    const b = await zoneCard('kr-pub-b');
    expect(b).toHaveTextContent('Available');
    expect(within(b).getByText(String(serversIn('kr-pub-b')))).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('makes a zone that is not available stand out, and names zones only the servers know', async () => {
    server.use(
      http.get('*/os-availability-zone', () =>
        HttpResponse.json({
          availabilityZoneInfo: [
            { zoneName: 'kr-pub-a', zoneState: { available: true }, hosts: null },
            { zoneName: 'kr-pub-b', zoneState: { available: false }, hosts: null },
          ],
        }),
      ),
    );
    const serverA = sim.state().servers.find((s) => s.availabilityZone === 'kr-pub-a');
    if (serverA) serverA.availabilityZone = 'kr-pub-old';
    renderApp({ url: '/zones' });
    const b = await zoneCard('kr-pub-b');
    expect(b).toHaveTextContent('Not available');
    expect(b).toHaveTextContent('New instances cannot be created in this zone right now.');
    expect(screen.getByRole('alert')).toHaveTextContent('Zone kr-pub-b is not available');
    const old = await zoneCard('kr-pub-old');
    expect(old).toHaveTextContent('Not listed');
    expect(await within(old).findByText('1')).toBeInTheDocument();
  });

  it('says why instances have no zone: still scheduling (BUILD) or failed before placement (ERROR), each counted apart', async () => {
    const servers = sim.state().servers.filter((s) => !s.deleted);
    for (const name of ['build', 'error']) {
      const found = servers.find((s) => s.name === name);
      if (found) found.availabilityZone = '';
    }
    renderApp({ url: '/zones' });
    expect(await screen.findByText('1 instance has no zone yet: it is still being scheduled (BUILD).', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('1 instance has no zone: it failed before it was placed in one (ERROR).')).toBeInTheDocument();
    expect(screen.queryByText(/still being scheduled\)/)).not.toBeInTheDocument();
  });

  it('shows a zone whose state the cloud did not send as of unknown state, not as unavailable', async () => {
    server.use(
      http.get('*/os-availability-zone', () =>
        HttpResponse.json({ availabilityZoneInfo: [{ zoneName: 'kr-pub-a', zoneState: { available: null } }, { zoneName: 'kr-pub-b', zoneState: { available: true } }] }),
      ),
    );
    renderApp({ url: '/zones' });
    const a = await zoneCard('kr-pub-a');
    expect(a).toHaveTextContent('State unknown');
    expect(a).not.toHaveTextContent('Not available');
    expect(await zoneCard('kr-pub-b')).toHaveTextContent('Available');
  });

  it('shows a failed zone list with the server message and Retry', async () => {
    server.use(
      http.get('*/os-availability-zone', () => HttpResponse.json({ computeFault: { code: 500, message: 'Zone lookup failed.' } }, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = renderApp({ url: '/zones' });
    await screen.findByText('Could not load the availability zones', {}, { timeout: 5000 });
    const alert = getByRoleHolding(document.body, 'alert', (inAlert) => inAlert.queryByText('Could not load the availability zones'));
    expect(alert).toHaveTextContent('Zone lookup failed.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await zoneCard('kr-pub-a')).toBeInTheDocument();
  });
});
