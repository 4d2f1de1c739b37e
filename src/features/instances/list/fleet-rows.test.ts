import { describe, expect, it } from 'vitest';
import { serverSchema, type Server } from '../../../api/schemas/server';
import { flavorNamesOf, rowOf, rowsOf, searchRows } from './fleet-rows';
import { imagesToLookUp } from './use-image-lookup';

const server = (id: string, extra: Record<string, unknown> = {}): Server =>
  serverSchema.parse({ id, name: id, status: 'ACTIVE', links: [], flavor: { id: 'f1', links: [] }, ...extra });

const web = server('0c9a-web-01', {
  name: 'Web-01',
  addresses: {
    net: [
      { addr: '10.0.0.9', 'OS-EXT-IPS:type': 'fixed' },
      { addr: '133.186.1.2', 'OS-EXT-IPS:type': 'floating' },
    ],
  },
  metadata: { os_type: 'windows', os_distro: 'Windows', os_version: '2022 STD' },
});
const db = server('77aa-db', { addresses: { net: [{ addr: '10.0.0.10' }] }, flavor: { id: 'gone', links: [] } });

describe('fleet rows', () => {
  const flavors = flavorNamesOf([{ id: 'f1', name: 'm2.c2m4' } as never]);

  it('derives what the table shows, with the flavor id as fallback', () => {
    const row = rowOf(web, flavors);
    expect(row).toMatchObject({ flavorLabel: 'm2.c2m4', flavorFamily: 'm2', windows: true, osLabel: 'Windows 2022 STD', ipSortKey: '010.000.000.009' });
    expect(rowOf(db, flavors)).toMatchObject({ flavorLabel: 'gone', flavorFamily: undefined, ipSortKey: '010.000.000.010' });
  });

  it('derives a row once per server object and flavor list', () => {
    expect(rowOf(web, flavors)).toBe(rowOf(web, flavors));
    expect(rowOf(web, flavorNamesOf(undefined))).not.toBe(rowOf(web, flavors));
    expect(rowOf({ ...web }, flavors)).not.toBe(rowOf(web, flavors));
  });

  it('takes the OS from the image lookup when the metadata says nothing, and derives again when the lookup changes', () => {
    const upstream = server('u-1', { image: { id: 'img-1', links: [] } });
    const before = rowOf(upstream, flavors);
    expect(before.osLabel).toBe('');
    const images = new Map([['img-1', { name: 'Windows Server 2022', os_type: 'windows' }]]);
    expect(rowOf(upstream, flavors, images)).toMatchObject({ osLabel: 'Windows Server 2022', windows: true });
    expect(rowsOf([upstream], flavors, images)[0]).toBe(rowOf(upstream, flavors, images));
    expect(imagesToLookUp([upstream, web, db, upstream])).toEqual(['img-1']);
  });

  it('searches name, id and every IP, case-insensitively, all terms together', () => {
    const rows = rowsOf([web, db], flavors);
    expect(searchRows(rows, 'web').map((r) => r.id)).toEqual([web.id]);
    expect(searchRows(rows, '133.186').map((r) => r.id)).toEqual([web.id]);
    expect(searchRows(rows, '77AA').map((r) => r.id)).toEqual([db.id]);
    expect(searchRows(rows, '10.0.0.1').map((r) => r.id)).toEqual([db.id]);
    expect(searchRows(rows, 'web 10.0.0.9').map((r) => r.id)).toEqual([web.id]);
    expect(searchRows(rows, 'web db')).toEqual([]);
    expect(searchRows(rows, '   ')).toBe(rows);
  });
});
