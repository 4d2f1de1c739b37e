import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { TimeAgo } from './time-ago';

afterEach(() => {
  vi.useRealTimers();
});

describe('TimeAgo', () => {
  it('shows the relative time in a <time> element and keeps it fresh', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(Date.UTC(2024, 0, 2, 3, 5, 0));
    renderWithProviders(<TimeAgo value="2024-01-02T03:04:05.000000" />);
    const time = screen.getByText('1 minute ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2024-01-02T03:04:05.000Z');

    act(() => {
      vi.advanceTimersByTime(4 * 60_000);
    });
    expect(screen.getByText('5 minutes ago')).toBeInTheDocument();
  });

  it('gives the exact time on hover and on keyboard focus, and keeps its name', async () => {
    const { user } = renderWithProviders(<TimeAgo value="2024-01-02T03:04:05.000000" />);
    const time = screen.getByRole('note');
    const name = time.textContent ?? '';
    expect(time).toHaveAccessibleName(name);
    await user.hover(time);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toMatch(/2024/);
    expect(time).toHaveAccessibleDescription(tooltip.textContent ?? '');
    await user.unhover(time);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());

    await user.tab();
    expect(time).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/2024/);
    expect(time).toHaveAccessibleName(name);
  });

  it('shows a dash for a missing value', () => {
    renderWithProviders(<TimeAgo value="" />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});

describe('useClockTick', () => {
  it('needs a ClockProvider: each app and each test render has its own clock', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<TimeAgo value="2024-01-02T03:04:05.000000" />)).toThrow('useClockTick needs a ClockProvider above it.');
  });
});
