import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import page1 from './__fixtures__/nhn/images-page-1.json';
import page2 from './__fixtures__/nhn/images-page-2.json';
import { IMAGE, withTestSession } from './__fixtures__/test-session';
import { getImage, listImages } from './images';

withTestSession();

describe('images', () => {
  it('lists one page with its filters, and hands back the next link', async () => {
    const calls = answer('get', `${IMAGE}/v2/images`, () => HttpResponse.json(page1));
    const page = await listImages({ visibility: 'public', tag: '_AVAILABLE_', limit: 2 });
    expect(calls[0]?.url.search).toBe('?visibility=public&tag=_AVAILABLE_&limit=2');
    expect(page.next).toBe(page1.next);
    expect(page.items).toHaveLength(2);
  });

  it('follows next for the whole list when asked', async () => {
    const calls = answer('get', `${IMAGE}/v2/images`, ({ url }) => HttpResponse.json(url.searchParams.has('marker') ? page2 : page1));
    const { items, next } = await listImages({ limit: 2, all: true });
    expect(items.map((image) => image.os_distro)).toEqual(['CentOS', 'Windows', 'ubuntu']);
    expect(next).toBeNull();
    expect(calls[1]?.url.search).toBe('?marker=057f9a69-4e4c-4025-8a69-fa248cd9db94&limit=2');
  });

  it('fails instead of looping when next does not change', async () => {
    answer('get', `${IMAGE}/v2/images`, () => HttpResponse.json(page1));
    await expect(listImages({ all: true })).rejects.toMatchObject({ kind: 'invalid-response', service: 'image' });
  });

  it("reads NHN's flattened properties", async () => {
    const windows = page1.images[1];
    answer('get', `${IMAGE}/v2/images/:id`, () => HttpResponse.json(windows));
    const image = await getImage('057f9a69-4e4c-4025-8a69-fa248cd9db94');
    expect(image).toMatchObject({
      os_type: 'Windows',
      login_username: 'Administrator',
      min_disk: 50,
      min_ram: 2048,
      min_cpu: 2,
      tags: ['_AVAILABLE_'],
      nhncloud_product: 'compute',
      visibility: 'public',
      status: 'active',
    });
    expect(image).not.toHaveProperty('checksum');
  });
});
