import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { LazyTooltip } from './lazy-tooltip';

function renderBadge(openDelay = 0) {
  return renderWithProviders(
    <>
      <button type="button">Before</button>
      <LazyTooltip label="SHUTOFF: Instance is stopped" openDelay={openDelay}>
        <span tabIndex={0} role="note" aria-label="Stopped">
          Stopped
        </span>
      </LazyTooltip>
    </>,
  );
}

describe('LazyTooltip', () => {
  it('renders the child as it is, with its name and no description, until it is wanted', () => {
    renderBadge();
    const badge = screen.getByRole('note', { name: 'Stopped' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(badge).not.toHaveAttribute('aria-describedby');
    expect(badge).toHaveAccessibleDescription('');
  });

  it('shows the label on hover, describes the child with it, and hides it on leave', async () => {
    const { user } = renderBadge();
    const badge = screen.getByRole('note', { name: 'Stopped' });
    await user.hover(badge);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('SHUTOFF: Instance is stopped');
    expect(badge).toHaveAccessibleDescription('SHUTOFF: Instance is stopped');
    // The child keeps its name and is the same element: it was not remounted.
    expect(screen.getByRole('note', { name: 'Stopped' })).toBe(badge);

    await user.unhover(badge);
    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
    expect(badge).not.toHaveAttribute('aria-describedby');
    // A second hover opens the same tooltip again.
    await user.hover(badge);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('SHUTOFF: Instance is stopped');
  });

  it('shows the label on keyboard focus, keeps focus on the child, and hides it on Escape and on blur', async () => {
    const { user } = renderBadge(300);
    await user.tab();
    await user.tab();
    const badge = screen.getByRole('note', { name: 'Stopped' });
    expect(badge).toHaveFocus();
    // Focus does not wait for the hover delay.
    expect(await screen.findByRole('tooltip')).toHaveTextContent('SHUTOFF: Instance is stopped');
    expect(badge).toHaveFocus();
    expect(badge).toHaveAccessibleDescription('SHUTOFF: Instance is stopped');

    await user.keyboard('{Escape}');
    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
    expect(badge).toHaveFocus();

    await user.tab({ shift: true });
    await user.tab();
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    await user.tab({ shift: true });
    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
  });

  it('waits for the open delay on hover and never opens when the pointer leaves first', async () => {
    renderBadge(300);
    const badge = screen.getByRole('note', { name: 'Stopped' });
    fireEvent.pointerEnter(badge, { pointerType: 'mouse' });
    fireEvent.pointerLeave(badge, { pointerType: 'mouse' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    fireEvent.pointerEnter(badge, { pointerType: 'mouse' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(await screen.findByRole('tooltip', {}, { timeout: 1000 })).toHaveTextContent('SHUTOFF: Instance is stopped');
  });

  it('does not open on the focus a click gives, only on keyboard focus', async () => {
    const { user } = renderBadge(300);
    const badge = screen.getByRole('note', { name: 'Stopped' });
    fireEvent.pointerDown(badge, { pointerType: 'touch' });
    badge.focus();
    fireEvent.pointerUp(badge, { pointerType: 'touch' });
    expect(badge).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab({ shift: true });
    await user.tab();
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
  });

  it('does not open on touch: a tap is not a hover', async () => {
    renderBadge();
    fireEvent.pointerEnter(screen.getByRole('note', { name: 'Stopped' }), { pointerType: 'touch' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
