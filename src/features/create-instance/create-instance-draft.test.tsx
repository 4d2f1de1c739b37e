import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DRAFT_STORAGE_KEY, loadDraft } from './draft-storage';
import { chooseImage, completeDraft, next, renderWizard, seedDraft, seedIds, stepArea, stepHeading, summary, UBUNTU, withSimSession } from './wizard-test-utils';

withSimSession();

const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC8Jay26O0CgeweRedyLcW0QIH9IAdCBRxdD0UaxFgxE ops@example.com';

describe('the draft', () => {
  it('survives leaving the page, in this tab only, and says it was restored', async () => {
    const first = renderWizard();
    await stepHeading('Image');
    await chooseImage(first.user, UBUNTU);
    await next(first.user, 'Flavor');
    await stepHeading('Flavor');
    first.unmount();
    expect(loadDraft()).toMatchObject({ values: { imageId: seedIds.image(UBUNTU) }, furthest: 'flavor' });

    renderWizard('/instances/new?step=flavor');
    expect(await screen.findByText(/^Your draft from .+ was restored\.$/)).toBeInTheDocument();
    await stepHeading('Flavor');
    expect(summary().getByText('Ubuntu Server 22.04 LTS (2025.07.15)')).toBeInTheDocument();
  });

  it('keeps nothing for a form never touched', async () => {
    const { unmount } = renderWizard();
    await stepHeading('Image');
    unmount();
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('is cleared by Start over, after confirmation', async () => {
    seedDraft(completeDraft());
    const { user } = renderWizard('/instances/new?step=details');
    await stepHeading('Details');
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('web-01');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Start over?' })).getByRole('button', { name: 'Clear the draft' }));
    await stepHeading('Image');
    await waitFor(() => expect(summary().getAllByText('Not chosen yet').length).toBeGreaterThan(3));
  });
});

describe('pre-filled drafts', () => {
  it('"Create similar" repeats the instance, named -copy, without the metadata copied from its image', async () => {
    const { user } = renderWizard(`/instances/new?from=${seedIds.server('active')}`);
    expect(await screen.findByText(/^Pre-filled from active\./)).toBeInTheDocument();
    await stepHeading('Image');
    await waitFor(() => expect(summary().getByText('active-copy')).toBeInTheDocument());
    expect(summary().getByText('Metadata:').parentElement).toHaveTextContent('Metadata: None');
    await user.click(screen.getByRole('button', { name: 'Step 7 of 8: Details' }));
    await stepHeading('Details');
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('active-copy');
  });

  it('?flavor= from the Flavors page chooses that flavor', async () => {
    renderWizard(`/instances/new?flavor=${seedIds.flavor('r2.c2m8')}`);
    expect(await screen.findByText(/^The flavor you picked on the Flavors page is chosen\./)).toBeInTheDocument();
    await waitFor(() => expect(summary().getByText('r2.c2m8')).toBeInTheDocument());
  });
});

describe('the key pair step', () => {
  it('imports a public key right there and chooses the new key pair', async () => {
    seedDraft(completeDraft({ keyName: '' }), 'keyPair');
    const { user } = renderWizard('/instances/new?step=keyPair');
    await stepHeading('Key pair');
    await user.click(screen.getByRole('button', { name: 'Import public key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import public key' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Key pair name/ }), 'laptop');
    await user.click(within(dialog).getByRole('textbox', { name: /^Public key/ }));
    await user.paste(ED25519);
    await user.click(within(dialog).getByRole('button', { name: 'Import key pair' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: /^laptop/ })).toBeChecked());
    expect(stepArea('Key pair').queryByText(/no longer exists/)).not.toBeInTheDocument();
  });

  it("stays on the step when a key is imported while another is chosen (the dialog's submit is not the wizard's)", async () => {
    seedDraft(completeDraft(), 'keyPair');
    const { user } = renderWizard('/instances/new?step=keyPair');
    await stepHeading('Key pair');
    await user.click(screen.getByRole('button', { name: 'Import public key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import public key' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Key pair name/ }), 'second-laptop');
    await user.click(within(dialog).getByRole('textbox', { name: /^Public key/ }));
    await user.paste(ED25519.replace('ops@', 'second@'));
    await user.click(within(dialog).getByRole('button', { name: 'Import key pair' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: /^second-laptop/ })).toBeChecked());
    expect(screen.getByRole('heading', { level: 2, name: 'Key pair' })).toBeInTheDocument();
  });
});
