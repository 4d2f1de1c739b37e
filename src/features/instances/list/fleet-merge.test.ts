import { describe, expect, it } from 'vitest';
import { serverSchema, type Server } from '../../../api/schemas/server';
import { adoptUnchanged, laterTime, mergeChanges, newestUpdated } from './fleet-merge';

const server = (id: string, extra: Record<string, unknown> = {}): Server =>
  serverSchema.parse({ id, name: id, status: 'ACTIVE', links: [], updated: '2026-07-01T09:00:00Z', ...extra });

describe('merging changes into the fleet', () => {
  const a = server('a');
  const b = server('b');
  const c = server('c');

  it('replaces changed servers, puts new ones first, and keeps the rest as they were', () => {
    const changedB = server('b', { status: 'SHUTOFF', updated: '2026-07-01T09:00:05Z' });
    const { servers, deleted } = mergeChanges([a, b, c], { matching: [server('d'), changedB, server('a')], everyChange: null, keepDeleted: false });
    expect(servers.map((s) => s.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(servers[1]).toBe(a); // the same content comes back: the same object stays
    expect(servers[2]).toEqual(changedB);
    expect(servers[2]).not.toBe(b);
    expect(servers[3]).toBe(c);
    expect(deleted).toEqual([]);
  });

  it('returns the very same list when nothing changed', () => {
    const previous = [a, b];
    expect(mergeChanges(previous, { matching: [server('a')], everyChange: null, keepDeleted: false }).servers).toBe(previous);
  });

  it('drops DELETED servers, unless the list shows them (its own changes-since filter)', () => {
    const gone = server('b', { status: 'DELETED' });
    expect(mergeChanges([a, b], { matching: [gone], everyChange: null, keepDeleted: false })).toEqual({ servers: [a], deleted: ['b'] });
    expect(mergeChanges([a, b], { matching: [gone], everyChange: null, keepDeleted: true }).servers).toEqual([a, gone]);
  });

  it('drops servers that changed but no longer match the filters', () => {
    const stopped = server('b', { status: 'SHUTOFF' });
    const { servers } = mergeChanges([a, b], { matching: [], everyChange: [stopped], keepDeleted: false });
    expect(servers).toEqual([a]);
  });

  it('keeps unchanged objects and the unchanged array after a full reload', () => {
    const previous = [a, b];
    expect(adoptUnchanged(previous, [server('a'), server('b')])).toBe(previous);
    const next = adoptUnchanged(previous, [server('b'), server('a')]);
    expect(next).toEqual([b, a]);
    expect(next[0]).toBe(b);
  });

  it('compares API timestamps as times', () => {
    expect(laterTime('2026-07-01T09:00:00Z', '2026-07-01T10:00:00+09:00')).toBe('2026-07-01T09:00:00Z');
    expect(laterTime(null, '2026-07-01T09:00:00Z')).toBe('2026-07-01T09:00:00Z');
    expect(newestUpdated([a, server('x', { updated: '2026-07-01T09:00:07Z' }), server('y', { updated: undefined })])).toBe('2026-07-01T09:00:07Z');
  });
});
