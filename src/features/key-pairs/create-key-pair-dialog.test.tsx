import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { sessionStore } from '../../api/session';
import { sim, simSession } from '../../mocks/node';
import { renderWithProviders } from '../../test/render';
import { CreateKeyPairDialog } from './create-key-pair-dialog';

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Every string reachable from the query and mutation caches (what devtools or a persister could ever see). */
function cachedStrings(queryClient: QueryClient): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number) => {
    if (typeof value === 'string') out.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 12) return;
    seen.add(value);
    for (const child of Object.values(value)) walk(child, depth + 1);
  };
  for (const query of queryClient.getQueryCache().getAll()) walk(query.state, 0);
  for (const mutation of queryClient.getMutationCache().getAll()) walk(mutation.state, 0);
  return out;
}

/** Captures what saveTextFile hands to the browser: jsdom has no object URLs or downloads. */
function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  let blob: Blob | undefined;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => ((blob = b), 'blob:test'), revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) files.push({ name: this.download, text: blob.text() });
  });
  return files;
}

function Harness({ onCreated, onClose }: { onCreated: (name: string) => void; onClose: () => void }) {
  const [opened, setOpened] = useState(true);
  return (
    <CreateKeyPairDialog
      opened={opened}
      onClose={() => {
        setOpened(false);
        onClose();
      }}
      onCreated={onCreated}
    />
  );
}

describe('CreateKeyPairDialog', () => {
  it('checks the name before sending and says what is wrong', async () => {
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<Harness onCreated={onCreated} onClose={vi.fn()} />);
    const before = sim.state().keypairs.length;
    await user.type(screen.getByRole('textbox', { name: /Key pair name/ }), 'me@laptop.local');
    await user.click(screen.getByRole('button', { name: 'Create key pair' }));
    expect(await screen.findByText(/Not allowed in a key pair name: “@” “.”/)).toBeInTheDocument();
    expect(sim.state().keypairs).toHaveLength(before);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('downloads <name>.pem at once, shows it once, closes only after confirmation, and caches no private key', async () => {
    const files = captureDownloads();
    const onCreated = vi.fn();
    const onClose = vi.fn();
    const { user, queryClient } = renderWithProviders(<Harness onCreated={onCreated} onClose={onClose} />);
    await user.type(screen.getByRole('textbox', { name: /Key pair name/ }), 'web key');
    await user.click(screen.getByRole('button', { name: 'Create key pair' }));

    const dialog = await screen.findByRole('dialog', { name: 'Save the private key of web key' }, { timeout: 10_000 });
    expect(within(dialog).getByText('This is the only chance to save the private key')).toBeInTheDocument();
    expect(files.map((file) => file.name)).toEqual(['web key.pem']);
    const pem = await files[0]?.text;
    expect(pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+-----END RSA PRIVATE KEY-----\n$/);
    expect(within(dialog).getByText("chmod 400 'web key.pem'")).toBeInTheDocument();
    expect(within(dialog).getByText("ssh -i 'web key.pem' '<user>@<instance IP>'")).toBeInTheDocument();

    // Hidden until asked for; then exactly the downloaded text.
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Show private key' }));
    expect(within(dialog).getByRole('textbox', { name: 'Private key (web key.pem)' })).toHaveValue(pem);

    await user.click(within(dialog).getByRole('button', { name: 'Download again' }));
    expect(files.map((file) => file.name)).toEqual(['web key.pem', 'web key.pem']);
    expect(await files[1]?.text).toBe(pem);

    // Neither Escape nor a premature Done closes it.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Done' })).toBeDisabled();
    expect(cachedStrings(queryClient).filter((text) => text.includes('PRIVATE KEY'))).toEqual([]);

    await user.click(within(dialog).getByRole('checkbox', { name: 'I have saved the private key in a safe place' }));
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(onCreated).toHaveBeenCalledWith('web key');
    expect(onClose).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.body.textContent).not.toContain('PRIVATE KEY');
    expect(cachedStrings(queryClient).filter((text) => text.includes('PRIVATE KEY'))).toEqual([]);
    expect(sim.state().keypairs.map((k) => k.name)).toContain('web key');
  });

  it("shows the server's 409 message at the name and keeps what was typed", async () => {
    const { user } = renderWithProviders(<Harness onCreated={vi.fn()} onClose={vi.fn()} />);
    const name = screen.getByRole('textbox', { name: /Key pair name/ });
    await user.type(name, 'demo-key');
    await user.click(screen.getByRole('button', { name: 'Create key pair' }));
    expect(await screen.findByText("Key pair 'demo-key' already exists.")).toBeInTheDocument();
    expect(name).toHaveValue('demo-key');
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('warns that a lost answer may have left a key pair without its private key', async () => {
    sim.controls.failNext({ kind: 'drop-after-apply', match: { method: 'POST' } });
    const { user } = renderWithProviders(<Harness onCreated={vi.fn()} onClose={vi.fn()} />);
    await user.type(screen.getByRole('textbox', { name: /Key pair name/ }), 'lost-key');
    await user.click(screen.getByRole('button', { name: 'Create key pair' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The key pair may have been created without its private key');
    expect(alert).toHaveTextContent('If “lost-key” now appears in the list, delete it');
  });
});
