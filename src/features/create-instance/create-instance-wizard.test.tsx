import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { sessionStore } from '../../api/session';
import { sim, SIM_BASE_URL } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { chooseFlavor, chooseImage, completeDraft, next, renderWizard, seedDraft, seedIds, stepArea, stepHeading, summary, UBUNTU, withSimSession } from './wizard-test-utils';

withSimSession();

describe('step validation', () => {
  it('keeps the user on a step until its choice is made, and says what is missing', async () => {
    const { user } = renderWizard();
    await stepHeading('Image');
    await next(user, 'Flavor');
    expect(await stepArea('Image').findByText('Choose an image.')).toBeInTheDocument();
    expect(summary().getByText('Choose an image.')).toBeInTheDocument();

    await chooseImage(user, UBUNTU);
    expect(screen.queryByText('Choose an image.')).not.toBeInTheDocument();
    await next(user, 'Flavor');
    await stepHeading('Flavor');
  });

  it('shows a choice not made yet once its field was left or Create was pressed, not before', async () => {
    seedDraft(completeDraft({ name: '', keyName: '' }), 'review');
    const { user } = renderWizard('/instances/new?step=details');
    await stepHeading('Details');
    expect(summary().queryByText('Enter a name.')).not.toBeInTheDocument();
    expect(summary().queryByText('Choose a key pair, or create or import one.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Step 6 of 8: Key pair' })).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: /^Name/ }));
    await user.tab();
    expect(await stepArea('Details').findByText('Enter a name.')).toBeInTheDocument();
    expect(summary().queryByText('Choose a key pair, or create or import one.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Step 8 of 8: Review' }));
    await stepHeading('Review');
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    expect(await summary().findByText('Choose a key pair, or create or import one.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Step 6 of 8: Key pair (needs attention)' })).toBeInTheDocument();
    await waitFor(() => expect(document.getElementById('review-problems')).toHaveFocus());
  });

  it('starts the root disk at the smallest allowed size and refuses less, with the reason', async () => {
    seedDraft(completeDraft({ root: { volumeType: '', sizeGb: '', deleteOnTermination: true, skmAppKey: '', skmKeyId: '' } }), 'storage');
    const { user } = renderWizard('/instances/new?step=storage');
    await stepHeading('Storage');
    const size = await screen.findByRole('textbox', { name: /^Size/ });
    await waitFor(() => expect(size).toHaveValue('20 GB'));
    await waitFor(() => expect(screen.getAllByDisplayValue('General HDD')[0]).toBeVisible());
    await user.clear(size);
    await user.type(size, '15');
    expect(await stepArea('Storage').findByText('Ubuntu Server 22.04 LTS (2025.07.15) needs a root disk of at least 20 GB (its min_disk).')).toBeInTheDocument();
    await next(user, 'Network');
    expect(screen.getByRole('region', { name: 'Storage' })).toBeInTheDocument();
  });

  it('asks for the Secure Key Manager key of an encrypted volume type', async () => {
    seedDraft(completeDraft({ root: { volumeType: 'Encrypted HDD', sizeGb: 30, deleteOnTermination: true, skmAppKey: '', skmKeyId: '' } }), 'storage');
    const { user } = renderWizard('/instances/new?step=storage');
    await stepHeading('Storage');
    await next(user, 'Network');
    expect(await stepArea('Storage').findByText('Encrypted HDD is encrypted: enter the Secure Key Manager appkey.')).toBeInTheDocument();
    expect(stepArea('Storage').getByText('Encrypted HDD is encrypted: enter the ID of the symmetric key in Secure Key Manager.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Secure Key Manager appkey/ }), 'appkey-1');
    await user.type(screen.getByRole('textbox', { name: /^Symmetric key ID/ }), 'key-1');
    await next(user, 'Network');
    await stepHeading('Network');
  });

  it('explains that a U2 flavor boots from its own disk and asks no size', async () => {
    seedDraft(completeDraft({ flavorId: seedIds.flavor('u2.c2m4') }), 'storage');
    renderWizard('/instances/new?step=storage');
    await stepHeading('Storage');
    expect(await screen.findByText(/U2 flavors boot from their own local disk: u2\.c2m4 has 20 GB/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Size/ })).not.toBeInTheDocument();
  });

  it('needs at least one subnet, and keeps them in NIC order', async () => {
    seedDraft(completeDraft({ nics: [] }), 'network');
    const { user } = renderWizard('/instances/new?step=network');
    await stepHeading('Network');
    await next(user, 'Security groups');
    expect(await stepArea('Network').findByText('Choose at least one subnet.')).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: 'private-subnet' }));
    await user.click(screen.getByRole('checkbox', { name: 'Default Network' }));
    const order = screen.getByRole('list', { name: 'Network interfaces, in order' });
    expect(within(order).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^eth0private-subnet/),
      expect.stringMatching(/^eth1Default Network/),
    ]);
    await user.click(screen.getByRole('button', { name: 'Move Default Network (192.168.0.0/24) up' }));
    expect(within(order).getAllByRole('listitem')[0]).toHaveTextContent(/^eth0Default Network.*default gateway/);
  });

  it('says that no security group means the default group', async () => {
    seedDraft(completeDraft(), 'securityGroups');
    const { user } = renderWizard('/instances/new?step=securityGroups');
    await stepHeading('Security groups');
    expect(screen.getByText('No group chosen: the default group applies')).toBeInTheDocument();
    await user.click(await screen.findByRole('checkbox', { name: 'web' }));
    expect(screen.queryByText('No group chosen: the default group applies')).not.toBeInTheDocument();
    expect(screen.getByText('TCP 22 (IPv4) from 0.0.0.0/0')).toBeInTheDocument();
  });

  it('counts the user data in bytes after base64, and refuses a bad name with the characters it may not hold', async () => {
    seedDraft(completeDraft({ name: '' }), 'details');
    const { user } = renderWizard('/instances/new?step=details');
    await stepHeading('Details');
    await user.type(screen.getByRole('textbox', { name: /^User data/ }), '#!/bin/sh');
    expect(screen.getByText('12 of 65,535 bytes after base64 (9 bytes of text).')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'web server!');
    expect(await stepArea('Details').findByText(/Not allowed here: ␣ !$/)).toBeInTheDocument();
  });
});

describe('a later choice that invalidates earlier ones', () => {
  it('says exactly what a Windows image did to a 1 GB flavor, a 30 GB root and a 16-character name, and changes none of them', async () => {
    seedDraft(completeDraft({ flavorId: seedIds.flavor('t2.c1m1'), name: 'win-server-00001' }));
    const { user } = renderWizard('/instances/new?step=image');
    await stepHeading('Image');
    await chooseImage(user, /^Windows 2022 STD/);

    const notice = await screen.findByRole('status', { name: 'Your new Image choice changed what earlier choices allow' });
    const items = within(notice).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Flavor: Windows needs a flavor with at least 2 GB of RAM; t2.c1m1 has 1 GB. Fix in Flavor',
      'Storage: Windows needs a root disk of at least 50 GB. Fix in Storage',
      'Details: Windows instance names are at most 15 characters; this one has 16. Fix in Details',
    ]);

    await user.click(within(notice).getByRole('button', { name: 'Fix in Flavor' }));
    await stepHeading('Flavor');
    // Kept as chosen, shown with the reason; the flavors that fit are offered.
    expect(screen.getByRole('radio', { name: 't2.c1m1' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'm2.c1m2' })).toBeEnabled();
    await chooseFlavor(user, 'm2.c2m4');
    expect(within(notice).getAllByRole('listitem')).toHaveLength(2);
  });

  it('lists the flavors a Windows image cannot use as disabled, each with its reason', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/flavors/detail')) asked.push(new URL(request.url).search);
    });
    seedDraft(completeDraft({ imageId: seedIds.image(/^Windows 2022/), flavorId: '' }), 'flavor');
    renderWizard('/instances/new?step=flavor');
    await stepHeading('Flavor');
    expect(await screen.findByRole('radio', { name: 't2.c1m1' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'u2.c2m4' })).toBeDisabled();
    expect(screen.getByText('U2 flavors cannot run Windows images; u2.c2m4 is a U2 flavor.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'm2.c2m4' })).toBeEnabled();
    expect(screen.getByText(/the API was asked for flavors with at least 2 GB of RAM \(minRam=2047: one MB less/)).toBeInTheDocument();
    expect(asked).toContain('?minRam=2047');
    server.events.removeAllListeners();
  });

  it('keeps a 2 GB flavor for Windows on a cloud that reads minRam as "greater than", as the spec words it', async () => {
    server.use(
      http.get(`${SIM_BASE_URL}/compute/v2/:tenant/flavors/detail`, ({ request }) => {
        const minRam = Number(new URL(request.url).searchParams.get('minRam') ?? 0);
        const flavors = sim.state().flavors.filter((flavor) => flavor.ram > minRam);
        return HttpResponse.json({
          flavors: flavors.map((f) => ({ id: f.id, name: f.name, links: [], ram: f.ram, vcpus: f.vcpus, disk: f.disk, swap: '', 'OS-FLV-EXT-DATA:ephemeral': 0, extra_specs: f.extraSpecs })),
        });
      }),
    );
    seedDraft(completeDraft({ imageId: seedIds.image(/^Windows 2022/), flavorId: '' }), 'flavor');
    renderWizard('/instances/new?step=flavor');
    await stepHeading('Flavor');
    expect(await screen.findByRole('radio', { name: 't2.c1m1' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'm2.c1m2' })).toBeEnabled());
    expect(screen.getByRole('radio', { name: 'c2.c2m2' })).toBeEnabled();
    expect(screen.queryByText("Not returned by the API for this image's minimum RAM.")).not.toBeInTheDocument();
  });
});

describe('without an image service in the catalog', () => {
  it('takes an image ID and the OS type, so the Windows rules still apply', async () => {
    const session = sessionStore.get();
    if (!session) throw new Error('no session');
    const { image: _image, ...endpoints } = session.endpoints;
    sessionStore.set({ ...session, endpoints });
    const { user } = renderWizard();
    await stepHeading('Image');
    expect(screen.getByText('No image service in this session')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Image ID/ }), 'ubuntu');
    await next(user, 'Flavor');
    expect(await stepArea('Image').findByText(/An image ID is a UUID/)).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: /^Image ID/ }));
    await user.paste('9956f822-29c9-4f81-9410-0c392d9c8c24');
    await user.click(screen.getByRole('radio', { name: 'Windows' }));
    await next(user, 'Flavor');
    await stepHeading('Flavor');
    expect(await screen.findByRole('radio', { name: 't2.c1m1' }, { timeout: 5000 })).toBeDisabled();
  }, 30_000);
});
