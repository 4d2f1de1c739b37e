import { describe, expect, it } from 'vitest';
import { isDeletedListingRefused, mayListDeleted } from './deleted-listing';

describe('mayListDeleted', () => {
  it.each([
    [['admin'], true],
    [['member', 'Admin'], true],
    [['project_admin'], false],
    [['_member_', 'reader'], false],
    [[], false],
    [undefined, false],
  ])('roles %j: %s', (roles, expected) => {
    expect(mayListDeleted(roles)).toBe(expected);
  });
});

describe('isDeletedListingRefused', () => {
  it.each([
    [{ kind: 'http', status: 403 }, 'DELETED', true],
    [{ kind: 'http', status: 403 }, 'ACTIVE', false],
    [{ kind: 'http', status: 500 }, 'DELETED', false],
    [{ kind: 'network', status: undefined }, 'DELETED', false],
    [null, 'DELETED', false],
  ] as const)('%j with status=%s: %s', (error, status, expected) => {
    expect(isDeletedListingRefused(error, status)).toBe(expected);
  });
});
