import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sim, SIM_BASE_URL, simClock } from '../../mocks/node';
import { simClient, validCreateBody } from '../../mocks/test-client';
import { server } from '../../test/msw-server';
import { DRAFT_STORAGE_KEY } from './draft-storage';
import { completeDraft, renderWizard, seedDraft, serversNamed, stepArea, stepHeading, withSimSession } from './wizard-test-utils';

withSimSession();

const CREATE = /\/compute\/v2\/[^/]+\/servers$/;

/** Every POST /servers body the simulated cloud receives. */
function recordCreateBodies(): unknown[] {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && CREATE.test(new URL(request.url).pathname)) void request.clone().json().then((body) => bodies.push(body));
  });
  return bodies;
}

afterEach(() => {
  server.events.removeAllListeners();
  vi.useRealTimers();
});

async function openReview(patch = {}) {
  seedDraft(completeDraft(patch));
  const rendered = renderWizard('/instances/new?step=review');
  await stepHeading('Review');
  await stepArea('Review').findByRole('heading', { name: 'Request body (POST /servers)' });
  return rendered;
}

const reviewJson = () => JSON.parse(within(screen.getByRole('region', { name: 'Review' })).getByLabelText('Request body (POST /servers)').textContent ?? '') as unknown;
const location = () => screen.findByTestId('location');

describe('Create', () => {
  it('sends exactly the JSON the review shows, then opens the new instance and drops the draft', async () => {
    const bodies = recordCreateBodies();
    const { user } = await openReview();
    const shown = reviewJson();
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    const [created] = serversNamed(/^web-01$/);
    expect(await location()).toHaveTextContent(`/instances/${created?.id ?? 'missing'}`);
    expect(bodies).toEqual([shown]);
    expect(shown).toMatchObject({ server: { name: 'web-01', min_count: 1, max_count: 1 } });
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('creates three instances in one request and lists them by their reservation id', async () => {
    const { user } = await openReview({ count: 3 });
    expect(reviewJson()).toMatchObject({ server: { min_count: 3, max_count: 3, return_reservation_id: true } });
    await user.click(screen.getByRole('button', { name: 'Create 3 instances' }));
    // NHN names them without a hyphen before the number (the simulated cloud does as NHN).
    const servers = serversNamed(/^web-01\d$/);
    expect(servers.map((s) => s.name).sort()).toEqual(['web-011', 'web-012', 'web-013']);
    const reservation = servers[0]?.reservationId ?? 'missing';
    expect(servers.every((s) => s.reservationId === reservation)).toBe(true);
    expect(await location()).toHaveTextContent(`/instances?reservation_id=${reservation}`);
  });

  it("keeps the whole form on a refusal, with the server's message beside the step it concerns", async () => {
    server.use(
      http.post(`${SIM_BASE_URL}/compute/v2/:tenant/servers`, () =>
        HttpResponse.json({ badRequest: { code: 400, message: 'Invalid key_name provided.' } }, { status: 400, headers: { 'x-openstack-request-id': 'req-7' } }),
      ),
    );
    const { user } = await openReview();
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    const alert = await stepArea('Review').findByRole('alert');
    expect(alert).toHaveTextContent('The cloud refused to create the instance');
    expect(alert).toHaveTextContent('Invalid key_name provided.');
    expect(alert).toHaveTextContent('This concerns the Key pair step.');
    await user.click(within(alert).getByRole('button', { name: 'Go to Key pair' }));
    await stepHeading('Key pair');
    expect(screen.getByText('Invalid key_name provided.')).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: /demo-key/ })).toBeChecked();
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toContain('"name":"web-01"');
  });

  it('after a lost answer looks for the instance, finds it, and creates no duplicate', async () => {
    // The browser and the simulated cloud must agree on the time for changes-since.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(simClock.now());
    sim.controls.failNext({ kind: 'drop-after-apply', match: { method: 'POST', path: CREATE } });
    const { user } = await openReview();
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    const [created] = serversNamed(/^web-01$/);
    expect(await location()).toHaveTextContent(`/instances/${created?.id ?? 'missing'}`);
    expect(serversNamed(/^web-01$/)).toHaveLength(1);
  });

  it('after a lost answer of three instances, finds the three NHN named without a hyphen, and offers no second batch', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(simClock.now());
    sim.controls.failNext({ kind: 'drop-after-apply', match: { method: 'POST', path: CREATE } });
    const { user } = await openReview({ name: 'lost', count: 3 });
    await user.click(screen.getByRole('button', { name: 'Create 3 instances' }));
    expect(await location()).toHaveTextContent(`/instances?name=${encodeURIComponent('^lost-?[0-9]+$')}`);
    expect(screen.getByText('3 instances (lost1 … lost3) are being built.')).toBeInTheDocument();
    expect(serversNamed(/^lost/).map((s) => s.name).sort()).toEqual(['lost1', 'lost2', 'lost3']);
  });

  it('after a lost answer that created nothing, offers to send again, which creates it once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(simClock.now());
    sim.controls.failNext({ kind: 'drop', match: { method: 'POST', path: CREATE } });
    const { user } = await openReview();
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    const alert = await stepArea('Review').findByRole('alert');
    expect(alert).toHaveTextContent('nothing was created. Sending the request again is safe.');
    expect(serversNamed(/^web-01$/)).toHaveLength(0);
    await user.click(within(alert).getByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(serversNamed(/^web-01$/)).toHaveLength(1));
    expect(await location()).toHaveTextContent('/instances/');
  });

  it('warns that instances of the names several would get exist, numbered with or without a hyphen', async () => {
    await simClient().compute('POST', '/servers', validCreateBody({ name: 'twin', max_count: 2 }));
    await simClient().compute('POST', '/servers', validCreateBody({ name: 'twin-3' }));
    await simClient().compute('POST', '/servers', validCreateBody({ name: 'twin-4' }));
    await openReview({ name: 'twin', count: 3 });
    expect(await stepArea('Review').findByText('3 instances with these names exist already')).toBeInTheDocument();
    expect(stepArea('Review').queryByRole('link', { name: 'twin-4' })).not.toBeInTheDocument();
  });

  it('warns, without blocking, that an instance of that name exists', async () => {
    const { user } = await openReview({ name: 'active' });
    expect(await stepArea('Review').findByText('An instance with this name exists already')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    expect(await location()).toHaveTextContent('/instances/');
    expect(serversNamed(/^active$/)).toHaveLength(2);
  });
});
