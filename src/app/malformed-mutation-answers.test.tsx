import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateImageDialog } from '../features/instances/actions/dialogs/create-image-dialog';
import { fetchSimServer } from '../features/instances/detail/test-support';
import { CreateKeyPairDialog } from '../features/key-pairs/create-key-pair-dialog';
import { completeDraft, renderWizard, seedDraft, serversNamed, stepArea, stepHeading, withSimSession } from '../features/create-instance/wizard-test-utils';
import { sim, simClock } from '../mocks/node';
import { server } from '../test/msw-server';
import { renderWithProviders } from '../test/render';

/*
 * A mutation whose answer cannot be read was still carried out by the cloud. The dialog must say so (not "it failed,
 * try again", which would make a second one), keep what the user typed, and the wizard must find the instance.
 */

withSimSession();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets the simulated cloud carry the request out, then answers `garbled` instead of its answer. */
function applyThenGarble(method: 'post', path: string, garbled: () => Response, when: (request: Request) => boolean = () => true) {
  server.use(
    http[method](path, async ({ request }) => {
      if (!when(request.clone())) return undefined;
      await getResponse(sim.handlers, request);
      return garbled();
    }),
  );
}

describe('an unreadable answer to a mutation', () => {
  it('key pair: the generate answer without private_key warns that the key pair exists without its key, and keeps the name', async () => {
    applyThenGarble('post', '*/os-keypairs', () => HttpResponse.json({ keypair: { name: 'web key', public_key: 'ssh-rsa AAAA', fingerprint: 'SHA256:x' } }));
    const { user } = renderWithProviders(<CreateKeyPairDialog opened onClose={vi.fn()} onCreated={vi.fn()} />);
    const name = screen.getByRole('textbox', { name: /Key pair name/ });
    await user.type(name, 'web key');
    await user.click(screen.getByRole('button', { name: 'Create key pair' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The key pair may have been created without its private key');
    expect(alert).toHaveTextContent('If “web key” now appears in the list, delete it');
    expect(alert).toHaveTextContent('keypair.private_key');
    expect(alert).not.toHaveTextContent('The key pair was not created');
    expect(name).toHaveValue('web key');
    expect(sim.state().keypairs.map((k) => k.name)).toContain('web key');
  });

  it('key pair: a gateway 502 page may hide a created key pair too', async () => {
    sim.controls.failNext({ kind: 'server-error', status: 502, match: { method: 'POST', path: '/os-keypairs' } });
    const { user } = renderWithProviders(<CreateKeyPairDialog opened onClose={vi.fn()} onCreated={vi.fn()} />);
    await user.type(screen.getByRole('textbox', { name: /Key pair name/ }), 'gw-key');
    await user.click(screen.getByRole('button', { name: 'Create key pair' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('If “gw-key” now appears in the list, delete it');
    // The same button sends again, with the name kept.
    expect(screen.getByRole('textbox', { name: /Key pair name/ })).toHaveValue('gw-key');
    expect(screen.getByRole('button', { name: 'Create key pair' })).toBeEnabled();
  });

  it('createImage: an unreadable 202 says the image may be on its way, and keeps the name', async () => {
    const target = await fetchSimServer('u2-active');
    applyThenGarble('post', '*/servers/:id/action', () => HttpResponse.json({ image_id: 42 }, { status: 202 }), (request) => request.url.includes(target.id));
    const { user } = renderWithProviders(<CreateImageDialog server={target} onClose={vi.fn()} />);
    const name = screen.getByRole('textbox', { name: /Image name/ });
    await user.clear(name);
    await user.type(name, 'golden');
    await user.click(screen.getByRole('button', { name: 'Create image' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The server sent an answer the console does not understand');
    expect(alert).toHaveTextContent("look for “golden” among the project's images before you try again");
    expect(name).toHaveValue('golden');
  });

  it('wizard: an unreadable 202 to POST /servers finds the created instance instead of offering to create it again', async () => {
    // The browser and the simulated cloud must agree on the time for changes-since.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(simClock.now());
    applyThenGarble('post', '*/compute/v2/:tenant/servers', () => HttpResponse.json({ server: { adminPass: 'x' } }, { status: 202 }));
    seedDraft(completeDraft());
    const { user } = renderWizard('/instances/new?step=review');
    await stepHeading('Review');
    await stepArea('Review').findByRole('heading', { name: 'Request body (POST /servers)' });
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    const [created] = serversNamed(/^web-01$/);
    expect(await screen.findByTestId('location', {}, { timeout: 10_000 })).toHaveTextContent(`/instances/${created?.id ?? 'missing'}`);
    await waitFor(() => expect(serversNamed(/^web-01$/)).toHaveLength(1));
  });
});
