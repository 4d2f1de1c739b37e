import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serverSchema } from '../../../../api/schemas/server';
import type { BulkAction } from '../../../../domain/instance-actions';
import { renderWithProviders } from '../../../../test/render';
import { flavorNamesOf, rowOf } from '../fleet-rows';
import { BulkDialog } from './bulk-dialog';
import { planBulk } from './bulk-plan';

const row = (status: string) => rowOf(serverSchema.parse({ id: 'a1', name: 'web-1', status, links: [], flavor: { id: 'm2', links: [] } }), flavorNamesOf([]));

/** The colour Mantine gives the filled button, as its style says. */
const background = (button: HTMLElement) => button.style.getPropertyValue('--button-bg');

describe('BulkDialog', () => {
  // Red means the user can lose something another action does not give back; Stop is a clean shutdown that Start
  // undoes, so it looks the same in bulk as from one instance's menu.
  it.each([
    ['stop', 'ACTIVE', 'Stop 1 instance', false],
    ['start', 'SHUTOFF', 'Start 1 instance', false],
    ['rebootHard', 'ACTIVE', 'Hard reboot 1 instance', true],
    ['shelve', 'ACTIVE', 'Terminate (shelve) 1 instance', true],
  ] as const)('%s on a server in %s (%s): red %s', (action: BulkAction, status, label, red) => {
    renderWithProviders(<BulkDialog plan={planBulk(action, [row(status)], new Map())} total={1} lookup={() => undefined} onClose={() => {}} />);
    const button = screen.getByRole('button', { name: label });
    expect(background(button).includes('red')).toBe(red);
  });
});
