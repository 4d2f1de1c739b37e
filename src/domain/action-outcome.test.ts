import { describe, expect, it } from 'vitest';
import { endsAction, statusAfterResizeDecision, targetStatusFor } from './action-outcome';
import type { InstanceAction } from './instance-actions';

describe('statusAfterResizeDecision', () => {
  it.each([
    [1, 'ACTIVE'],
    [4, 'SHUTOFF'],
    [null, 'ACTIVE'],
    [undefined, 'ACTIVE'],
  ] as const)('a resized server with power state %s ends %s', (powerState, status) => {
    expect(statusAfterResizeDecision(powerState)).toBe(status);
  });
});

describe('targetStatusFor', () => {
  // Written out by hand: where each action ends for a SHUTOFF server whose guest is shut down (power state 4).
  const ENDS: Record<InstanceAction, string | null> = {
    start: 'ACTIVE',
    unshelve: 'ACTIVE',
    stop: 'SHUTOFF',
    rebootSoft: 'ACTIVE',
    rebootHard: 'ACTIVE',
    shelve: 'SHELVED_OFFLOADED',
    resize: 'SHUTOFF',
    confirmResize: 'SHUTOFF',
    revertResize: 'SHUTOFF',
    rename: null,
    createImage: null,
    addSecurityGroup: null,
    removeSecurityGroup: null,
    attachVolume: null,
    detachVolume: null,
    delete: 'DELETED',
  };

  it.each(Object.entries(ENDS) as Array<[InstanceAction, string | null]>)('%s ends in %s', (action, status) => {
    expect(targetStatusFor(action, { status: 'SHUTOFF', powerState: 4 })).toBe(status);
  });

  it('a resize of a running server ends ACTIVE, and so does its confirmation', () => {
    expect(targetStatusFor('resize', { status: 'ACTIVE', powerState: 1 })).toBe('ACTIVE');
    expect(targetStatusFor('confirmResize', { status: 'VERIFY_RESIZE', powerState: 1 })).toBe('ACTIVE');
  });
});

describe('endsAction', () => {
  it.each([
    ['stop', 'SHUTOFF', 'SHUTOFF', true],
    ['stop', 'SHUTOFF', 'ACTIVE', false],
    ['resize', 'ACTIVE', 'VERIFY_RESIZE', true],
    ['resize', 'ACTIVE', 'RESIZE', false],
    ['confirmResize', 'ACTIVE', 'SHUTOFF', true],
    ['revertResize', 'SHUTOFF', 'ACTIVE', true],
    ['start', 'ACTIVE', 'VERIFY_RESIZE', false],
  ] as const)('%s aimed at %s is over at %s: %s', (action, target, status, over) => {
    expect(endsAction(action, target, status)).toBe(over);
  });
});
