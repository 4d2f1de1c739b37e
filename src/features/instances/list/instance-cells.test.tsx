import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FleetRow } from './fleet-rows';
import { type CellLabels, NameCell } from './instance-cells';

const labels = { unnamed: '(no name)' } as CellLabels;
const row = (name: string) => ({ id: 'id-1', name }) as FleetRow;

describe('NameCell', () => {
  it('shows a name with a bidi override as it is, the override written out and marked', () => {
    render(<NameCell row={row('safe\u202egnp.exe')} labels={labels} link={undefined} />);
    const link = screen.getByRole('link', { name: 'safe\\u202Egnp.exe' });
    expect(link).toHaveAttribute('title', 'safe\\u202Egnp.exe');
    expect(link.querySelector('[data-hidden-character]')).toHaveTextContent('\\u202E');
    expect(link.innerHTML).not.toContain('\u202e');
  });

  it('draws a plain name as plain text in the link, nothing more', () => {
    render(<NameCell row={row('web-01')} labels={labels} link={undefined} />);
    const link = screen.getByRole('link', { name: 'web-01' });
    expect(link.innerHTML).toBe('web-01');
    expect(link).toHaveAttribute('href', '/instances/id-1');
  });
});
