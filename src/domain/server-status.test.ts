import { describe, expect, it } from 'vitest';
import { isInTransition, normalizeStatus, SPEC_STATUSES, statusTone } from './server-status';

describe('server statuses', () => {
  it('names every status of the spec', () => {
    expect(SPEC_STATUSES).toHaveLength(18);
  });

  it.each([
    ['ACTIVE', 'running'],
    ['SHUTOFF', 'stopped'],
    ['SHELVED_OFFLOADED', 'stopped'],
    ['ERROR', 'error'],
    ['BUILD', 'transition'],
    ['PAUSED', 'paused'],
    ['DELETED', 'gone'],
    ['UNKNOWN', 'unknown'],
    ['SOMETHING_NEW', 'unknown'],
  ])('%s has the %s tone', (status, tone) => {
    expect(statusTone(status)).toBe(tone);
  });

  it('normalises case and rejects what it does not know', () => {
    expect(normalizeStatus(' active ')).toBe('ACTIVE');
    expect(normalizeStatus('SOMETHING_NEW')).toBeNull();
    expect(normalizeStatus(undefined)).toBeNull();
  });

  it('sees a running task as a transition even when the status is steady', () => {
    expect(isInTransition({ status: 'ACTIVE', taskState: 'powering-off' })).toBe(true);
    expect(isInTransition({ status: 'ACTIVE', taskState: null })).toBe(false);
  });
});
