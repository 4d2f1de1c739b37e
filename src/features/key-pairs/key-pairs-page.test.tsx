import { screen, waitFor, within } from '@testing-library/react';
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

const seededUsers = () => sim.state().servers.filter((s) => s.keyName === 'demo-key' && !s.deleted).length;

async function table() {
  // The page's one table, once its columns are there.
  await screen.findByRole('columnheader', { name: /Fingerprint/ }, { timeout: 5000 });
  return screen.getByRole('table');
}

const rowOf = (tableElement: HTMLElement, name: string) => getByRoleHolding(tableElement, 'row', (row) => row.queryByRole('button', { name }));

describe('the key pairs page', () => {
  it('lists name, fingerprint, algorithm and the instances using each key', async () => {
    renderApp({ url: '/key-pairs' });
    const list = await table();
    const demo = rowOf(list, 'demo-key');
    expect(demo).toHaveTextContent('SHA256:7TiGq1ltvzbWpcNhrB3F7Oi3hstAFzsg2Gt92/mH2Rg');
    expect(demo).toHaveTextContent('RSA');
    await waitFor(() => expect(within(demo).getAllByRole('link')).toHaveLength(3));
    expect(within(demo).getByRole('button', { name: `+${seededUsers() - 3} more` })).toBeInTheDocument();
    const link = within(demo).getAllByRole('link')[0];
    expect(link?.getAttribute('href')).toMatch(/^\/instances\/[0-9a-f-]{36}$/);
    const ops = rowOf(list, 'ops-ed25519');
    expect(ops).toHaveTextContent('Ed25519');
    expect(ops).toHaveTextContent('No instances');
    // Nova 2.1 sends no `type`: no empty column for it.
    expect(within(list).queryByRole('columnheader', { name: /^Type/ })).not.toBeInTheDocument();
    expect(screen.getByText('2 key pairs')).toBeInTheDocument();
  });

  it('shows the type column when the API sends `type` (microversion 2.2 and later)', async () => {
    server.use(
      http.get('*/os-keypairs', () =>
        HttpResponse.json({
          keypairs: sim.state().keypairs.map((k) => ({ keypair: { name: k.name, public_key: k.publicKey, fingerprint: k.fingerprint, type: 'ssh' } })),
        }),
      ),
    );
    renderApp({ url: '/key-pairs' });
    const list = await table();
    expect(within(list).getByRole('columnheader', { name: /^Type/ })).toBeInTheDocument();
    expect(rowOf(list, 'demo-key')).toHaveTextContent('ssh');
  });

  it('keeps search and sort in the URL', async () => {
    const { user, router } = renderApp({ url: '/key-pairs?q=ops' });
    const list = await table();
    expect(within(list).queryByRole('button', { name: 'demo-key' })).not.toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'ops-ed25519' })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search key pairs' }));
    await user.click(within(list).getByRole('button', { name: /Name/ }));
    expect(router.state.location.search).toBe('?sort=name&dir=desc');
    const header = within(list).getByRole('columnheader', { name: /Name/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const names = within(list)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('button')[0]?.textContent);
    expect(names).toEqual(['ops-ed25519', 'demo-key']);
  });

  it('shows a key pair in the drawer from the URL: id, user, created time and the public key with Copy', async () => {
    renderApp({ url: '/key-pairs?key=demo-key' });
    const drawer = await screen.findByRole('dialog', { name: 'Key pair demo-key' }, { timeout: 5000 });
    const keyPair = sim.state().keypairs.find((k) => k.name === 'demo-key');
    expect(await within(drawer).findByText(keyPair?.userId ?? '?')).toBeInTheDocument();
    expect(within(drawer).getByText('ID').nextSibling).toHaveTextContent(String(keyPair?.id));
    expect(within(drawer).getByText(keyPair?.publicKey ?? '?')).toBeInTheDocument();
    expect(within(drawer).getByText(/\(UTC[+-]\d\d:\d\d\)/)).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Copy public key' })).toBeInTheDocument();
  });

  it('says so when the key pair in the URL does not exist', async () => {
    renderApp({ url: '/key-pairs?key=nope' });
    const drawer = await screen.findByRole('dialog', { name: 'Key pair nope' }, { timeout: 5000 });
    expect(await within(drawer).findByText('Key pair “nope” does not exist')).toBeInTheDocument();
  });

  it('asks before deleting and names the instances that use the key', async () => {
    const { user } = renderApp({ url: '/key-pairs' });
    const list = await table();
    await user.click(within(list).getByRole('button', { name: 'Actions for demo-key' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete key pair demo-key?' });
    expect(await within(dialog).findByText(`${seededUsers()} instances were created with this key pair`)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'active' })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'gpu-active' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sim.state().keypairs.map((k) => k.name)).toContain('demo-key');
  });

  it('deletes an unused key pair after confirmation', async () => {
    const { user } = renderApp({ url: '/key-pairs?key=ops-ed25519' });
    const drawer = await screen.findByRole('dialog', { name: 'Key pair ops-ed25519' }, { timeout: 5000 });
    await user.click(await within(drawer).findByRole('button', { name: 'Delete key pair' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete key pair ops-ed25519?' });
    expect(await within(dialog).findByText('No instance of this project uses this key pair.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete key pair' }));
    await waitFor(() => expect(sim.state().keypairs.map((k) => k.name)).toEqual(['demo-key']));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const list = await table();
    await waitFor(() => expect(within(list).queryByRole('button', { name: 'ops-ed25519' })).not.toBeInTheDocument());
  });

  it('shows a failed list with the server message and Retry', async () => {
    server.use(
      http.get('*/os-keypairs', () => HttpResponse.json({ computeFault: { code: 500, message: 'Unexpected API Error.' } }, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = renderApp({ url: '/key-pairs' });
    await screen.findByText('Could not load the key pairs', {}, { timeout: 5000 });
    const alert = getByRoleHolding(document.body, 'alert', (inAlert) => inAlert.queryByText('Could not load the key pairs'));
    expect(alert).toHaveTextContent('Unexpected API Error.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await table()).toBeInTheDocument();
  });

  it('shows a name with a bidi override as it is, in the list, the drawer and the delete dialog', async () => {
    const name = 'deploy\u202egnp.exe';
    const shown = 'deploy\\u202Egnp.exe';
    const seeded = sim.state().keypairs.find((k) => k.name === 'demo-key')!;
    const keypair = { name, public_key: seeded.publicKey, fingerprint: seeded.fingerprint };
    server.use(
      http.get('*/os-keypairs', () => HttpResponse.json({ keypairs: [{ keypair }] })),
      http.get('*/os-keypairs/:name', () => HttpResponse.json({ keypair: { ...keypair, user_id: 'u1', created_at: '2026-01-01T00:00:00.000000', id: 7 } })),
    );
    const { user } = renderApp({ url: '/key-pairs' });
    const list = await table();
    expect(rowOf(list, shown).querySelector('[data-hidden-character]')).toHaveTextContent('\\u202E');

    await user.click(within(list).getByRole('button', { name: shown }));
    const drawer = await screen.findByRole('dialog', { name: `Key pair ${shown}` }, { timeout: 5000 });
    expect((await within(drawer).findByText('Name')).nextSibling).toHaveTextContent(shown);
    await user.click(within(drawer).getByRole('button', { name: 'Delete key pair' }));
    expect(await screen.findByRole('dialog', { name: `Delete key pair ${shown}?` })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('\u202e');
  });
});
