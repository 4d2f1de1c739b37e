import { describe, expect, it } from 'vitest';
import { KNOWN_STATUSES } from './server-status';
import { countByStatusGroup, STATUS_GROUPS, statusGroup } from './status-groups';

describe('status groups', () => {
  it.each([
    ['ACTIVE', null, 'running'],
    ['ACTIVE', 'powering-off', 'busy'],
    ['SHUTOFF', null, 'stopped'],
    ['SHUTOFF', 'powering-on', 'busy'],
    ['PAUSED', null, 'stopped'],
    ['SUSPENDED', null, 'stopped'],
    ['RESCUE', null, 'stopped'],
    ['BUILD', 'spawning', 'busy'],
    ['BUILD', null, 'busy'],
    ['REBOOT', 'rebooting', 'busy'],
    ['HARD_REBOOT', null, 'busy'],
    ['RESIZE', 'resize_migrating', 'busy'],
    ['VERIFY_RESIZE', null, 'busy'],
    ['REVERT_RESIZE', null, 'busy'],
    ['MIGRATING', null, 'busy'],
    ['REBUILD', null, 'busy'],
    ['PASSWORD', null, 'busy'],
    ['ERROR', null, 'error'],
    ['ERROR', 'deleting', 'error'],
    ['UNKNOWN', null, 'error'],
    ['SOMETHING_NEW', null, 'error'],
    ['SHELVED', null, 'shelved'],
    ['SHELVED_OFFLOADED', null, 'shelved'],
    ['SHELVED_OFFLOADED', 'unshelving', 'busy'],
    ['DELETED', null, 'shelved'],
    ['SOFT_DELETED', null, 'shelved'],
    ['active', null, 'running'],
  ])('%s with task %s is %s', (status, taskState, group) => {
    expect(statusGroup({ status, taskState })).toBe(group);
  });

  it('puts every known status in one of the five groups', () => {
    for (const status of KNOWN_STATUSES) expect(STATUS_GROUPS).toContain(statusGroup({ status, taskState: null }));
  });

  it('counts every group, empty ones as 0', () => {
    expect(
      countByStatusGroup([
        { status: 'ACTIVE', taskState: null },
        { status: 'ACTIVE', taskState: null },
        { status: 'ACTIVE', taskState: 'rebooting' },
        { status: 'ERROR', taskState: null },
      ]),
    ).toEqual({ running: 2, stopped: 0, busy: 1, error: 1, shelved: 0 });
  });
});
