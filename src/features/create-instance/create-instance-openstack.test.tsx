import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Session, sessionStore } from '../../api/session';
import { sim, SIM_BASE_URL, simSession } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { DRAFT_STORAGE_KEY } from './draft-storage';
import { chooseFlavor, completeDraft, next, renderWizard, seedDraft, serversNamed, stepArea, stepHeading } from './wizard-test-utils';

/**
 * The wizard on plain OpenStack (the profile of a cloud that is not NHN Cloud), against the simulated cloud: Neutron
 * networks by uuid instead of NHN's VPC subnets, every public image, the flavor's own disk as the root.
 */
function signInAsOpenStack(endpoints: Partial<Session['endpoints']> = {}) {
  const session = simSession();
  sessionStore.set({ mode: 'live', token: session.token, tenantId: session.tenantId, region: 'RegionOne', profile: 'openstack', endpoints: { ...session.endpoints, ...endpoints }, expiresAt: null });
}

const CREATE = /\/compute\/v2\/[^/]+\/servers$/;

/** Every POST /servers body the simulated cloud receives. */
function recordCreateBodies(): unknown[] {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && CREATE.test(new URL(request.url).pathname)) void request.clone().json().then((body) => bodies.push(body));
  });
  return bodies;
}

const flavorId = (name: string) => sim.state().flavors.find((f) => f.name === name)?.id ?? `no flavor ${name}`;
const vpc = (name: string) => sim.state().vpcs.find((v) => v.name === name)?.id ?? `no VPC ${name}`;
const reviewJson = () => JSON.parse(within(screen.getByRole('region', { name: 'Review' })).getByLabelText('Request body (POST /servers)').textContent ?? '') as unknown;

beforeEach(() => sessionStorage.removeItem(DRAFT_STORAGE_KEY));
afterEach(() => {
  server.events.removeAllListeners();
  sessionStorage.removeItem(DRAFT_STORAGE_KEY);
});

describe('the wizard on plain OpenStack', () => {
  it('lists every public image, NHN’s _AVAILABLE_ tag or not, under “Public”', async () => {
    const untagged = sim.state().images.find((image) => image.name.startsWith('Debian'));
    if (!untagged) throw new Error('The seed has no Debian image.');
    untagged.tags = [];
    signInAsOpenStack();
    renderWizard();
    await stepHeading('Image');
    expect(await screen.findByRole('radio', { name: /^Debian 12\.11/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Public \(\d+\)/ })).toBeChecked();
  });

  it('lists the image and the network of a plain Glance and Neutron, as the real-Nova stand-in answers them', async () => {
    // The stand-in's own answers (GET /image/v2/images, GET /network/v2.0/networks), recorded.
    const image = {
      id: '6c7d4e2a-0b9b-4d3e-9a57-3f1f5a1f0b11', name: 'Ubuntu 22.04', status: 'active', visibility: 'public', min_disk: 0, min_ram: 0,
      disk_format: 'qcow2', container_format: 'bare', size: 1, tags: [], os_type: 'linux', os_distro: 'ubuntu', os_version: '22.04',
      owner: '00000000000000000000000000000000', protected: false, created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z',
    };
    const network = {
      id: '11111111-2222-3333-4444-555555555555', name: 'Default Network', status: 'ACTIVE', tenant_id: 't', project_id: 't',
      subnets: ['22222222-3333-4444-5555-666666666666'], admin_state_up: true, shared: false, 'router:external': false, mtu: 1450,
    };
    server.use(
      http.get(`${SIM_BASE_URL}/image/v2/images`, () => HttpResponse.json({ images: [image], first: '/v2/images', schema: '/v2/schemas/images' })),
      http.get(`${SIM_BASE_URL}/network/v2.0/networks`, () => HttpResponse.json({ networks: [network] })),
      http.get(`${SIM_BASE_URL}/network/v2.0/ports`, () => HttpResponse.json({ ports: [] })),
    );
    signInAsOpenStack();
    seedDraft(completeDraft({ imageId: '', nics: [] }), 'review');
    const { user } = renderWizard();
    await stepHeading('Image');
    await user.click(await screen.findByRole('radio', { name: /^Ubuntu 22\.04/ }));
    expect(screen.getByRole('radio', { name: 'Public (1)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Step 4 of 8: Network' }));
    await stepHeading('Network');
    await user.click(await stepArea('Network').findByRole('checkbox', { name: 'Default Network' }));
    expect(stepArea('Network').getByText('No port of this project is free.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Step 8 of 8: Review' }));
    await stepArea('Review').findByRole('heading', { name: 'Request body (POST /servers)' });
    expect(reviewJson()).toMatchObject({ server: { imageRef: image.id, networks: [{ uuid: network.id }] } });
  });

  it('shows no flavor family filter, and boots a flavor with a disk of its own on that disk', async () => {
    signInAsOpenStack();
    seedDraft(completeDraft({ flavorId: '' }), 'flavor');
    const { user } = renderWizard('/instances/new?step=flavor');
    await stepHeading('Flavor');
    await chooseFlavor(user, 'u2.c2m4');
    // NHN's families mean nothing here.
    expect(screen.queryByRole('group', { name: 'Show flavor families' })).not.toBeInTheDocument();
    await next(user, 'Storage');
    await stepHeading('Storage');
    expect(await screen.findByText(/u2\.c2m4 has a disk of its own \(20 GB\): the image boots on it/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Size/ })).not.toBeInTheDocument();
  });

  it('creates an instance on a Neutron network chosen by uuid, with a fixed IP, and sends what the review shows', async () => {
    signInAsOpenStack();
    const bodies = recordCreateBodies();
    seedDraft(completeDraft({ flavorId: flavorId('u2.c2m4'), nics: [], name: 'os-web' }), 'review');
    const { user } = renderWizard('/instances/new?step=network');
    await stepHeading('Network');

    // Neutron's networks, not NHN's VPC subnets; the external public_network is left out.
    const network = stepArea('Network');
    expect(await network.findByRole('checkbox', { name: 'Default Network' })).toBeInTheDocument();
    expect(network.getByRole('checkbox', { name: 'batch-vpc' })).toBeInTheDocument();
    expect(network.queryByRole('checkbox', { name: 'public_network' })).not.toBeInTheDocument();
    expect(network.queryByRole('checkbox', { name: 'private-subnet' })).not.toBeInTheDocument();
    await next(user, 'Security groups');
    expect(await network.findByText('Choose at least one network or port.')).toBeInTheDocument();
    await user.click(network.getByRole('checkbox', { name: 'Default Network' }));
    const fixedIp = network.getByRole('textbox', { name: 'Fixed IP of eth0 (optional)' });
    await user.click(fixedIp);
    await user.paste('10.0.5x');
    expect(await network.findByText('10.0.5x is not an IPv4 or IPv6 address.')).toBeInTheDocument();
    await user.clear(fixedIp);
    await user.paste('192.168.0.77');

    await user.click(screen.getByRole('button', { name: 'Step 8 of 8: Review' }));
    await stepHeading('Review');
    await stepArea('Review').findByRole('heading', { name: 'Request body (POST /servers)' });
    const shown = reviewJson();
    // The flavor's own disk is the root: no block device mapping at all.
    expect(shown).toEqual({
      server: {
        name: 'os-web',
        imageRef: expect.any(String) as unknown,
        flavorRef: flavorId('u2.c2m4'),
        networks: [{ uuid: vpc('Default Network'), fixed_ip: '192.168.0.77' }],
        key_name: 'demo-key',
        min_count: 1,
        max_count: 1,
      },
    });
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/instances/');
    expect(bodies).toEqual([shown]);
    const [created] = serversNamed(/^os-web$/);
    expect(sim.state().ports.filter((port) => port.deviceId === created?.id).map((port) => port.ip)).toEqual(['192.168.0.77']);
  });

  it('offers a free port as a NIC, and says first that a port cannot serve two instances', async () => {
    signInAsOpenStack();
    seedDraft(completeDraft({ flavorId: flavorId('u2.c2m4'), nics: [], count: 2 }), 'network');
    const { user } = renderWizard('/instances/new?step=network');
    await stepHeading('Network');
    const network = stepArea('Network');
    await user.click(await network.findByRole('checkbox', { name: 'reserved-port (192.168.0.200)' }));
    expect(within(network.getByRole('list', { name: 'Network interfaces, in order' })).getByRole('listitem')).toHaveTextContent(/^eth0port reserved-port \(192\.168\.0\.200\)/);
    // A port keeps its own address: no fixed IP asked.
    expect(network.queryByRole('textbox', { name: /^Fixed IP/ })).not.toBeInTheDocument();
    expect(await network.findByText(/A port or a fixed IP belongs to one instance only, and 2 are to be created/)).toBeInTheDocument();
  });

  it('creates two instances on a network typed by uuid when the session has no network service', async () => {
    signInAsOpenStack({ network: undefined });
    seedDraft(completeDraft({ flavorId: flavorId('u2.c2m4'), nics: [], securityGroups: [], count: 2, name: 'typed' }), 'review');
    const { user } = renderWizard('/instances/new?step=network');
    await stepHeading('Network');
    const ids = await screen.findByRole('combobox', { name: /^Network IDs, in order/ });
    await user.click(ids);
    await user.paste('default');
    await user.keyboard('{Enter}');
    expect(await stepArea('Network').findByText(/Not an ID: default\./)).toBeInTheDocument();
    // Backspace in the empty box takes the last id back.
    await user.keyboard('{Backspace}');
    await user.paste(vpc('Default Network'));
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Step 8 of 8: Review' }));
    await stepHeading('Review');
    await stepArea('Review').findByRole('heading', { name: 'Request body (POST /servers)' });
    expect(reviewJson()).toMatchObject({ server: { networks: [{ uuid: vpc('Default Network') }], min_count: 2, max_count: 2, return_reservation_id: true } });
    await user.click(screen.getByRole('button', { name: 'Create 2 instances' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/instances?reservation_id=');
    expect(serversNamed(/^typed-?\d$/)).toHaveLength(2);
  });
});
