import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SIM_BASE_URL, SIM_TENANT_ID } from '../../../mocks/node';
import { server as mswServer } from '../../../test/msw-server';
import { renderApp } from '../../../test/render';
import { InstanceDetailPage } from '../instance-detail-page';
import { simServerId, withSimSession } from './test-support';
import { getByRoleHolding } from '../../../test/queries';

withSimSession();

const routes = [
  { path: '/instances/:serverId', element: <InstanceDetailPage /> },
  { path: '/key-pairs', element: <h1>Key pairs</h1> },
];
const open = (name: string, tab: string) => renderApp({ url: `/instances/${simServerId(name)}?tab=${tab}`, routes });

describe('the Block storage tab', () => {
  it('lists the attachments with device, name, size, type and status; the root disk cannot be detached', async () => {
    open('active', 'volumes');
    const table = await screen.findByRole('table', { name: /2 attachments/ });
    const data = getByRoleHolding(table, 'row', (row) => row.queryByText('active-data'));
    expect(data).toHaveTextContent('/dev/vdb');
    expect(data).toHaveTextContent('100 GB');
    expect(data).toHaveTextContent('General HDD');
    expect(data).toHaveTextContent('in-use');
    expect(within(data).getByRole('button', { name: 'Detach active-data' })).toBeEnabled();
    const root = getByRoleHolding(table, 'row', (row) => row.queryByText('/dev/vda'));
    const detachRoot = within(root).getByRole('button', { name: /^Detach / });
    expect(detachRoot).toBeDisabled();
    expect(detachRoot).toHaveAccessibleDescription('The root disk cannot be detached.');
  });

  it('keeps reading after a page short by the rows Nova hides (the local root disk), until a page shorter than that', async () => {
    const id = simServerId('active');
    const offsets: string[] = [];
    const attachment = (index: number) => ({ id: `vol-${index}`, volumeId: `vol-${index}`, serverId: id, device: `/dev/vd${String.fromCharCode(98 + index)}` });
    mswServer.use(
      http.get(`${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}/servers/${id}/os-volume_attachments`, ({ request }) => {
        const offset = new URL(request.url).searchParams.get('offset') ?? '0';
        offsets.push(offset);
        // Nova hides the rows without a volume after slicing: the first page of 20 rows shows 19 (a local root disk).
        const pages: Record<string, unknown[]> = { '0': Array.from({ length: 19 }, (_, index) => attachment(index)), '20': [attachment(19)] };
        return HttpResponse.json({ volumeAttachments: pages[offset] ?? [] });
      }),
    );
    open('active', 'volumes');
    const table = await screen.findByRole('table', { name: '20 attachments, read in 2 requests of up to 20' });
    expect(within(table).getByText('/dev/vdu')).toBeInTheDocument();
    expect(offsets).toEqual(['0', '20']);
  });

  it('shows a failed page with Retry', async () => {
    const id = simServerId('active');
    mswServer.use(
      http.get(`${SIM_BASE_URL}/compute/v2/${SIM_TENANT_ID}/servers/${id}/os-volume_attachments`, () =>
        HttpResponse.json({ computeFault: { code: 500, message: 'Attachments are unavailable' } }, { status: 500 }), { once: true }),
    );
    const { user } = open('active', 'volumes');
    expect(await screen.findByText('Attachments are unavailable')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: /2 attachments/ })).toBeInTheDocument();
  });
});

describe('the Connect tab', () => {
  it('gives the ssh command with the floating IP and the chmod hint', async () => {
    open('public-web', 'connect');
    expect(await screen.findByText('ssh -i demo-key.pem ubuntu@133.186.1' + '51.32')).toBeInTheDocument();
    expect(screen.getByText('chmod 400 demo-key.pem')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy the ssh command' })).toBeInTheDocument();
  });

  it('gives the RDP address and Administrator for Windows', async () => {
    open('win-active', 'connect');
    expect(await screen.findByRole('heading', { name: 'Connect with Remote Desktop (RDP)' })).toBeInTheDocument();
    expect(screen.getByText('Administrator')).toBeInTheDocument();
    expect(screen.getByText(/decrypt it with the private key in the NHN Cloud console/)).toBeInTheDocument();
    expect(screen.getByText(/This is a private \(fixed\) address/)).toBeInTheDocument();
  });
});

describe('the Security groups tab', () => {
  it("shows each group's rules and offers to remove it", async () => {
    open('active', 'security');
    expect(await screen.findByRole('heading', { name: 'web' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('443').length).toBeGreaterThan(0));
    expect(screen.getByRole('button', { name: 'Remove security group web' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Add security group' })).toBeEnabled();
  });
});
