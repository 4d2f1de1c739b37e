import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api/session';
import { sim, simSession } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { renderWithProviders } from '../../test/render';
import { ImportKeyPairDialog } from './import-key-pair-dialog';

const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC8Jay26O0CgeweRedyLcW0QIH9IAdCBRxdD0UaxFgxE me@laptop';
const RSA_BODY =
  'AAAAB3NzaC1yc2EAAAADAQABAAABAQC0Vtqd297SOiPhXquaUYDQdVQKnMYr46gj1mjspC62TQFBC9DFrOZ4y+EYi8TrJBx8YuZTeaOr5dCUyiGjFhgb1bxzbRrvgdLrrhFN4+ijXEdtExzEsd900Xgc2yqNUvIPLk+8cbDkTLcgyDYtyjpxD+wP7GdG+lm2Cw0UlsByw9p2rhCgBz4ChOqifi7XGf09cdMK499gqXCPOV6zHAQfvB87KDI9PnO/HK1TFzuKEHno3yOoOaly1xfKh9oPzlJ39N9ObdQQE81lJ5H0XBXle4d9hIuiviCjtOGUEoZ3wQHSzbLwqd72tqSrAhw9qNkkvHiEGwe2kb1aTEFdZHj9';

let posts: string[] = [];
const recordPosts = ({ request }: { request: Request }) => {
  if (request.method === 'POST' && request.url.includes('/os-keypairs')) posts.push(request.url);
};

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
  posts = [];
  server.events.on('request:start', recordPosts);
});
afterEach(() => server.events.removeListener('request:start', recordPosts));

function open() {
  const onCreated = vi.fn();
  const onClose = vi.fn();
  const rendered = renderWithProviders(<ImportKeyPairDialog opened onClose={onClose} onCreated={onCreated} />);
  const dialog = screen.getByRole('dialog', { name: 'Import public key' });
  return {
    ...rendered,
    onCreated,
    onClose,
    dialog,
    name: within(dialog).getByRole('textbox', { name: /Key pair name/ }),
    key: within(dialog).getByRole('textbox', { name: /Public key/ }),
    submit: within(dialog).getByRole('button', { name: 'Import key pair' }),
  };
}

describe('ImportKeyPairDialog', () => {
  it.each([
    ['a damaged base64 body', 'ssh-rsa AAAAB3NzaC1yc2E!!!!', 'The key is not valid base64'],
    ['the body of another key type', `ssh-ed25519 ${RSA_BODY}`, 'The line says ssh-ed25519, but the key inside is ssh-rsa.'],
    ['a DSA key', 'ssh-dss AAAAB3NzaC1kc3MAAACBAP1 me@old', 'DSA keys (ssh-dss) are not accepted'],
    ['a PuTTY export', '---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----', 'ssh-keygen -i -f key.pub'],
    ['two keys', `${ED25519}\n${ED25519}`, 'The text has 2 lines, one key each.'],
    ['a truncated key', ED25519.replace('AAAAIC8Jay26O0CgeweRedyLcW0QIH9IAdCBRxdD0UaxFgxE', 'AAAAIC8Jay26O0Cg'), 'The key ends too soon'],
  ])('refuses %s with the reason and sends nothing', async (_what, text, reason) => {
    const { user, name, key, submit, onCreated } = open();
    await user.type(name, 'laptop');
    await user.click(key);
    await user.paste(text);
    await user.click(submit);
    expect(await screen.findByText(reason, { exact: false })).toBeInTheDocument();
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('clears a pasted private key at once and says why', async () => {
    const { user, key } = open();
    await user.click(key);
    await user.paste('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n');
    expect(key).toHaveValue('');
    expect(await screen.findByText(/This is a private key\. Never share it/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('b3BlbnNzaC1rZXktdjEAAAAA');
    expect(posts).toEqual([]);
  });

  it('reads a chosen .pub file, names the key after it, and imports the normalized key', async () => {
    const { user, dialog, name, key, submit, onCreated, onClose } = open();
    const file = new File([`  ${ED25519.replace(' me@laptop', '\tme@laptop')}\n`], 'id_ed25519.pub', { type: '' });
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input).not.toBeNull();
    await user.upload(input as HTMLInputElement, file);
    expect(await within(dialog).findByText('Valid Ed25519 public key, comment “me@laptop”.')).toBeInTheDocument();
    expect(within(dialog).getByText(/reported to refuse some ed25519 imports/)).toBeInTheDocument();
    expect(name).toHaveValue('id_ed25519');
    expect(key).toHaveValue(`  ${ED25519.replace(' me@laptop', '\tme@laptop')}\n`);
    await user.click(submit);
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith('id_ed25519'));
    expect(onClose).toHaveBeenCalled();
    expect(sim.state().keypairs.find((k) => k.name === 'id_ed25519')?.publicKey).toBe(ED25519);
  });

  it('takes a .pub file dropped on the key box, and refuses a dropped private key without loading it', async () => {
    const { dialog, name, key } = open();
    // Dropped on the key box itself, as a user drags a file onto it.
    const drop = (file: File) => fireEvent.drop(key, { dataTransfer: { files: [file], types: ['Files'] } });
    drop(new File(['-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n'], 'id_ed25519'));
    expect(await within(dialog).findByText(/id_ed25519 is a private key\. It was not loaded/)).toBeInTheDocument();
    expect(key).toHaveValue('');
    drop(new File([`${ED25519}\n`], 'deploy@ci.pub'));
    expect(await within(dialog).findByText('Valid Ed25519 public key, comment “me@laptop”.')).toBeInTheDocument();
    expect(name).toHaveValue('deploy-ci');
    expect(posts).toEqual([]);
  });

  it("shows the server's 409 message at the name and keeps the form", async () => {
    const { user, name, key, submit } = open();
    await user.type(name, 'demo-key');
    await user.click(key);
    await user.paste(ED25519);
    await user.click(submit);
    expect(await screen.findByText("Key pair 'demo-key' already exists.")).toBeInTheDocument();
    expect(name).toHaveValue('demo-key');
    expect(key).toHaveValue(ED25519);
  });

  it("puts the cloud's refusal of a key at the key field", async () => {
    server.use(
      http.post('*/os-keypairs', () =>
        HttpResponse.json({ badRequest: { code: 400, message: 'Keypair data is invalid: failed to generate fingerprint' } }, { status: 400 }),
      ),
    );
    const { user, name, key, submit } = open();
    await user.type(name, 'laptop');
    await user.click(key);
    await user.paste(ED25519);
    await user.click(submit);
    expect(
      await screen.findByText('The cloud refused this key: Keypair data is invalid: failed to generate fingerprint'),
    ).toBeInTheDocument();
    expect(key).toHaveAttribute('aria-invalid', 'true');
  });
});
