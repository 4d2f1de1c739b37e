import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Volume } from '../../../../api/schemas/block-storage';
import { sim } from '../../../../mocks/node';
import { renderWithProviders } from '../../../../test/render';
import { fetchSimServer, withSimSession } from '../../detail/test-support';
import { AttachVolumeDialog, attachableVolumes } from './attach-volume-dialog';
import { DetachVolumeDialog } from './detach-volume-dialog';

withSimSession();

const volumeId = (name: string) => sim.state().volumes.find((volume) => volume.name === name)!.id;

describe('AttachVolumeDialog', () => {
  it("offers the available volumes of the instance's zone and says how many others are left out", async () => {
    const server = await fetchSimServer('active');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<AttachVolumeDialog server={server} onClose={onClose} />);
    await user.click(await screen.findByRole('combobox', { name: 'Block storage' }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(expect.arrayContaining(['data-a · 100 GB · General HDD', 'encrypted-data · 50 GB · Encrypted HDD']));
    expect(options.some((text) => text?.startsWith('data-b'))).toBe(false);
    expect(screen.getByText('2 available block storages in other availability zones are not listed.')).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'data-a · 100 GB · General HDD' }));
    await user.click(screen.getByRole('button', { name: 'Attach block storage' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sim.state().volumes.find((volume) => volume.name === 'data-a')?.attachment?.serverId).toBe(server.id);
  });

  it('leaves out volumes in use, multi-attach ones included', () => {
    const base = { size: 1, bootable: false, metadata: {}, availability_zone: 'kr-pub-a' };
    const volumes = [
      { ...base, id: 'a', name: 'free', status: 'available', attachments: [] },
      { ...base, id: 'b', name: 'shared', status: 'in-use', multiattach: true, attachments: [{ server_id: 'x' }] },
    ] as Volume[];
    const server = { 'OS-EXT-AZ:availability_zone': 'kr-pub-a' } as Parameters<typeof attachableVolumes>[1];
    expect(attachableVolumes(volumes, server).usable.map((volume) => volume.name)).toEqual(['free']);
  });
});

describe('DetachVolumeDialog', () => {
  it('detaches the volume picked in the Volumes tab after confirmation', async () => {
    const server = await fetchSimServer('active');
    const onClose = vi.fn();
    const { user } = renderWithProviders(<DetachVolumeDialog server={server} volumeId={volumeId('active-data')} onClose={onClose} />);
    expect(await screen.findByText('Detach active-data (/dev/vdb).')).toBeInTheDocument();
    expect(screen.getByText(/Unmount it in the operating system first/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Detach block storage' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sim.state().volumes.find((volume) => volume.name === 'active-data')?.status).toBe('detaching');
  });

  it('never offers the root disk', async () => {
    const server = await fetchSimServer('active');
    const { user } = renderWithProviders(<DetachVolumeDialog server={server} onClose={() => {}} />);
    await user.click(await screen.findByRole('combobox', { name: 'Block storage' }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['active-data (/dev/vdb)']);
  });
});
