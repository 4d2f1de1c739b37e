import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeDraft, next, renderWizard, seedDraft, stepArea, stepHeading, withSimSession } from '../wizard-test-utils';

withSimSession();

const items = (count: number) => Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: 'v' }));

describe('metadata in the wizard', () => {
  it('says before sending that the cloud refuses more than 128 items, and adds no 129th', { timeout: 60_000 }, async () => {
    seedDraft(completeDraft({ metadata: items(129) }), 'details');
    const { user } = renderWizard('/instances/new?step=details');
    await stepHeading('Details');
    expect(screen.getByRole('button', { name: 'Add metadata' })).toBeDisabled();
    await next(user, 'Review');
    const message = 'At most 128 metadata items: the cloud refuses more (this draft has 129). Remove this row and those after it.';
    expect((await stepArea('Details').findAllByText(message)).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Remove metadata row 129' }));
    expect(stepArea('Details').queryByText(message)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add metadata' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Remove metadata row 128' }));
    expect(screen.getByRole('button', { name: 'Add metadata' })).toBeEnabled();
  });
});
