import { describe, expect, it } from 'vitest';
import { SERVER_STATUSES, type ServerStatus } from '../../../api/schemas/server-status';
import { statusTone } from '../../../domain/server-status';
import { renderWithProviders } from '../../../test/render';
import { StatusBadge } from './status-badge';

function badgeOf(status: ServerStatus) {
  const { container, unmount } = renderWithProviders(<StatusBadge status={status} />);
  const badge = container.querySelector('[role="note"]');
  if (!badge) throw new Error('no badge');
  const facts = {
    text: badge.textContent?.trim() ?? '',
    // Tabler icons carry their name as a class (tabler-icon-circle-check, ...).
    icon: Array.from(badge.querySelector('svg')?.classList ?? []).find((name) => name.startsWith('tabler-icon-')) ?? '',
    iconHidden: badge.querySelector('svg')?.getAttribute('aria-hidden'),
  };
  unmount();
  return facts;
}

// WCAG 1.4.1: status is never told by colour alone. Each badge has its own word and an icon per kind of status.
describe('StatusBadge tells status by word and icon, not colour alone', () => {
  const badges = SERVER_STATUSES.map((status) => ({ status, tone: statusTone(status), ...badgeOf(status) }));

  it.each(badges)('$status: the word "$text" and the icon $icon', ({ text, icon, iconHidden }) => {
    expect(text).not.toBe('');
    expect(icon).not.toBe('');
    // The word is what a screen reader reads; the icon is decoration for sighted users.
    expect(iconHidden).toBe('true');
  });

  it('gives every status its own word', () => {
    expect(new Set(badges.map(({ text }) => text)).size).toBe(SERVER_STATUSES.length);
  });

  it('gives each kind of status (running, stopped, in transition, error, ...) its own icon', () => {
    const iconOfTone = new Map<string, Set<string>>();
    for (const { tone, icon } of badges) iconOfTone.set(tone, (iconOfTone.get(tone) ?? new Set()).add(icon));
    for (const icons of iconOfTone.values()) expect(icons.size).toBe(1);
    const icons = [...iconOfTone.values()].map((set) => [...set][0]);
    expect(new Set(icons).size).toBe(iconOfTone.size);
  });
});
