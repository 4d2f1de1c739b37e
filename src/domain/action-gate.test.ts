import { describe, expect, it } from 'vitest';
import { canPerform } from './action-gate';
import { INSTANCE_ACTIONS, type InstanceAction } from './instance-actions';
import { KNOWN_STATUSES } from './server-status';

// Written out by hand from the spec (not derived from the action records), so a wrong rule fails here.
const ALLOWED_WITHOUT_TASK: Record<InstanceAction, string[]> = {
  start: ['SHUTOFF'],
  unshelve: ['SHELVED_OFFLOADED'],
  stop: ['ACTIVE', 'ERROR'],
  shelve: ['ACTIVE'],
  rebootSoft: ['ACTIVE'],
  rebootHard: ['ACTIVE', 'ERROR', 'PAUSED', 'REBOOT'],
  resize: ['ACTIVE', 'SHUTOFF'],
  confirmResize: ['VERIFY_RESIZE'],
  revertResize: ['VERIFY_RESIZE'],
  createImage: ['ACTIVE', 'SHUTOFF', 'SUSPENDED', 'PAUSED'],
  attachVolume: ['ACTIVE', 'PAUSED', 'SHUTOFF', 'VERIFY_RESIZE'],
  detachVolume: ['ACTIVE', 'PAUSED', 'SHUTOFF', 'VERIFY_RESIZE'],
  addSecurityGroup: KNOWN_STATUSES.filter((s) => s !== 'DELETED' && s !== 'SOFT_DELETED'),
  removeSecurityGroup: KNOWN_STATUSES.filter((s) => s !== 'DELETED' && s !== 'SOFT_DELETED'),
  rename: KNOWN_STATUSES.filter((s) => s !== 'DELETED' && s !== 'SOFT_DELETED'),
  delete: KNOWN_STATUSES.filter((s) => s !== 'DELETED' && s !== 'SOFT_DELETED'),
};

const cases = INSTANCE_ACTIONS.flatMap((action) => KNOWN_STATUSES.map((status) => [action, status] as const));

describe('canPerform on plain OpenStack over every action and every status (no running task, flavors named like NHN’s)', () => {
  it.each(cases.flatMap(([action, status]) => (['m2', 'u2', 'g2'] as const).map((family) => [action, status, family] as const)))(
    '%s on %s, %s flavor: the status alone decides',
    (action, status, family) => {
      expect(canPerform(action, { status, taskState: null, flavorFamily: family }, 'openstack').allowed).toBe(ALLOWED_WITHOUT_TASK[action].includes(status));
    },
  );
});

describe('canPerform over every action and every status (no running task, U2 flavor)', () => {
  it.each(cases)('%s on %s', (action, status) => {
    const verdict = canPerform(action, { status, taskState: null, flavorFamily: 'u2' }, 'nhn');
    const expected = ALLOWED_WITHOUT_TASK[action].includes(status);
    // U2 cannot resize; every other rule holds for U2.
    if (action === 'resize' && expected) {
      expect(verdict).toEqual({ allowed: false, reason: 'flavor', family: 'u2' });
      return;
    }
    expect(verdict.allowed).toBe(expected);
    if (!expected && status !== 'DELETED' && status !== 'SOFT_DELETED') {
      expect(verdict).toMatchObject({ reason: 'status', current: status });
    }
  });
});

describe('running tasks', () => {
  it.each([
    ['start', 'SHUTOFF', 'powering-on'],
    ['stop', 'ACTIVE', 'powering-off'],
    ['rebootSoft', 'ACTIVE', 'image_uploading'],
    ['resize', 'ACTIVE', 'image_snapshot_pending'],
    ['shelve', 'ACTIVE', 'shelving'],
    ['unshelve', 'SHELVED_OFFLOADED', 'unshelving'],
    ['attachVolume', 'ACTIVE', 'powering-off'],
    ['confirmResize', 'VERIFY_RESIZE', 'resize_confirming'],
    ['revertResize', 'VERIFY_RESIZE', 'resize_confirming'],
  ] as const)('%s waits while %s runs %s', (action, status, task) => {
    expect(canPerform(action, { status, taskState: task, flavorFamily: 'm2' }, 'nhn')).toEqual({
      allowed: false,
      reason: 'task',
      task,
    });
  });

  it('lets a hard reboot take over a soft reboot in progress', () => {
    expect(canPerform('rebootHard', { status: 'REBOOT', taskState: 'reboot_started' }, 'nhn').allowed).toBe(true);
  });

  it.each(['rename', 'addSecurityGroup', 'removeSecurityGroup', 'delete'] as const)(
    '%s does not wait for a running task',
    (action) => {
      expect(canPerform(action, { status: 'ACTIVE', taskState: 'powering-off' }, 'nhn').allowed).toBe(true);
    },
  );

  it('offers nothing on a server that is being deleted', () => {
    for (const action of INSTANCE_ACTIONS) {
      expect(canPerform(action, { status: 'ACTIVE', taskState: 'deleting' }, 'nhn')).toEqual({ allowed: false, reason: 'deleted' });
    }
  });
});

describe('flavor rules', () => {
  it.each([
    ['createImage', 'm2', false],
    ['createImage', 'g2', false],
    ['createImage', 'u2', true],
    ['resize', 'u2', false],
    ['resize', 'c2', true],
    ['shelve', 'g2', false],
    ['shelve', 't2', true],
  ] as const)('%s on a %s flavor: allowed %s', (action, family, allowed) => {
    expect(canPerform(action, { status: 'ACTIVE', taskState: null, flavorFamily: family }, 'nhn').allowed).toBe(allowed);
  });

  // Finding 4 of the real-Nova run: these are NHN Cloud's rules; on plain OpenStack the status alone decides.
  it.each([
    ['createImage', 'm2'],
    ['createImage', 'g2'],
    ['createImage', 'other'],
    ['resize', 'u2'],
    ['shelve', 'g2'],
  ] as const)('on plain OpenStack %s on a flavor named like %s is allowed', (action, family) => {
    expect(canPerform(action, { status: 'ACTIVE', taskState: null, flavorFamily: family }, 'openstack').allowed).toBe(true);
  });

  it.each(['SHUTOFF', 'SUSPENDED', 'PAUSED', 'ACTIVE'])('on plain OpenStack createImage still needs its statuses: allowed in %s', (status) => {
    expect(canPerform('createImage', { status, taskState: null, flavorFamily: 'm2' }, 'openstack').allowed).toBe(true);
  });

  it.each(['BUILD', 'ERROR', 'SHELVED_OFFLOADED', 'VERIFY_RESIZE'])('on plain OpenStack createImage is refused in %s', (status) => {
    expect(canPerform('createImage', { status, taskState: null, flavorFamily: 'm2' }, 'openstack')).toMatchObject({ allowed: false, reason: 'status' });
  });

  it('does not block on flavor while the flavor is unknown', () => {
    expect(canPerform('createImage', { status: 'ACTIVE', taskState: null }, 'nhn').allowed).toBe(true);
  });

  it('reads lower-case statuses too', () => {
    expect(canPerform('start', { status: 'shutoff', taskState: null }, 'nhn').allowed).toBe(true);
  });
});

describe('an action asked for and not yet shown by the API', () => {
  const TRACKED: readonly InstanceAction[] = ['start', 'unshelve', 'stop', 'rebootSoft', 'rebootHard', 'shelve', 'resize', 'confirmResize', 'revertResize'];

  it.each(INSTANCE_ACTIONS)('%s: blocked while a stop is pending only if it changes the status too (delete never)', (action) => {
    const status = action === 'start' ? 'SHUTOFF' : action === 'unshelve' ? 'SHELVED_OFFLOADED' : action.endsWith('Resize') ? 'VERIFY_RESIZE' : 'ACTIVE';
    const verdict = canPerform(action, { status, taskState: null, flavorFamily: 'u2', pendingAction: 'stop' }, 'openstack');
    expect(verdict).toEqual(TRACKED.includes(action) ? { allowed: false, reason: 'pending', action: 'stop' } : { allowed: true });
  });

  it('is told after the status rules: a status that refuses anyway says so first', () => {
    expect(canPerform('start', { status: 'ACTIVE', taskState: null, pendingAction: 'stop' }, 'nhn')).toMatchObject({ reason: 'status' });
  });
});

describe('what an action works on', () => {
  it.each([
    ['addSecurityGroup', { port: 0 }, 'port'],
    ['removeSecurityGroup', { port: 0, securityGroup: 2 }, 'port'],
    ['removeSecurityGroup', { port: 1, securityGroup: 0 }, 'securityGroup'],
    ['detachVolume', { detachableVolume: 0 }, 'detachableVolume'],
  ] as const)('%s with %j is refused for want of a %s', (action, has, need) => {
    expect(canPerform(action, { status: 'ACTIVE', taskState: null, has }, 'nhn')).toEqual({ allowed: false, reason: 'missing', need });
  });

  it.each([
    ['addSecurityGroup', { port: 1 }],
    ['removeSecurityGroup', { port: 1, securityGroup: 1 }],
    ['detachVolume', { detachableVolume: 1 }],
    ['detachVolume', {}],
    ['addSecurityGroup', { securityGroup: 0, detachableVolume: 0 }],
  ] as const)('%s with %j is allowed (what is not known does not block)', (action, has) => {
    expect(canPerform(action, { status: 'ACTIVE', taskState: null, has }, 'nhn').allowed).toBe(true);
  });
});
