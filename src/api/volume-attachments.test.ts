import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import attached from './__fixtures__/spec/volume-attach-resp.json';
import list from './__fixtures__/spec/volume-attachments-list-resp.json';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import { attachVolume, detachVolume, listVolumeAttachments, nextAttachmentOffset } from './volume-attachments';

withTestSession();

const BASE = `${COMPUTE}/servers/s1/os-volume_attachments`;

describe('volume attachments', () => {
  it('lists with limit and offset', async () => {
    const calls = answer('get', BASE, () => HttpResponse.json(list));
    const attachments = await listVolumeAttachments('s1', { limit: 2, offset: 4 });
    expect(calls[0]?.url.search).toBe('?limit=2&offset=4');
    expect(attachments.map((attachment) => attachment.device)).toEqual(['/dev/vda', '/dev/vdb']);
  });

  it('attaches with {volumeAttachment: {volumeId}} and returns the attachment', async () => {
    const calls = answer('post', BASE, () => HttpResponse.json(attached));
    await expect(attachVolume('s1', 'v1')).resolves.toMatchObject({ device: '/dev/vdc' });
    expect(calls[0]?.body).toEqual({ volumeAttachment: { volumeId: 'v1' } });
  });

  it('detaches, accepting the empty 202', async () => {
    const calls = answer('delete', `${BASE}/v1`, () => new HttpResponse(null, { status: 202 }));
    await detachVolume('s1', 'v1');
    expect(calls).toHaveLength(1);
  });
});

describe('nextAttachmentOffset', () => {
  const page = (...volumeIds: string[]) => volumeIds.map((volumeId) => ({ serverId: 's1', volumeId }));
  const ids = (from: number, count: number) => Array.from({ length: count }, (_, index) => `v${from + index}`);

  it.each([
    ['no page yet: the first', [], 0],
    ['a full page: the next', [page(...ids(0, 4))], 4],
    ['a page short by the rows Nova may hide (a local root disk): the next', [page(...ids(0, 4)), page(...ids(4, 1))], 8],
    ['an empty page: done', [page(...ids(0, 4)), page()], undefined],
    ['a page with only volumes already seen (offset ignored): done', [page(...ids(0, 4)), page(...ids(0, 4))], undefined],
  ])('%s', (_label, pages, expected) => {
    expect(nextAttachmentOffset(pages, 4)).toBe(expected);
  });

  it('stops at a page short by more than the hidden rows', () => {
    expect(nextAttachmentOffset([page(...ids(0, 20)), page(...ids(20, 16))], 20)).toBeUndefined();
    expect(nextAttachmentOffset([page(...ids(0, 17))], 20)).toBe(20);
  });
});
