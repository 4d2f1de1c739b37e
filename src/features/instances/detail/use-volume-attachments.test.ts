import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_SESSION } from '../../../api/__fixtures__/test-session';
import { sessionStore } from '../../../api/session';
import { server } from '../../../test/msw-server';
import { ATTACHMENT_PAGE_SIZE, attachmentsQuery } from './use-volume-attachments';

beforeEach(() => sessionStore.set(TEST_SESSION));

/** A cloud that answers every offset with the same first page: it ignores `offset`. */
function ignoringOffset(count: number): string[] {
  const offsets: string[] = [];
  const attachments = Array.from({ length: count }, (_, index) => ({ id: `v${index}`, serverId: 's1', volumeId: `v${index}`, device: `/dev/vd${index}` }));
  server.use(
    http.get('*/servers/s1/os-volume_attachments', ({ request }) => {
      const url = new URL(request.url);
      offsets.push(url.searchParams.get('offset') ?? '');
      return HttpResponse.json({ volumeAttachments: attachments.slice(0, Number(url.searchParams.get('limit'))) });
    }),
  );
  return offsets;
}

describe('the volume attachment pages', () => {
  it.each([
    ['a full page', ATTACHMENT_PAGE_SIZE, ['0', '20']],
    ['a short page', 2, ['0']],
  ])('stop when a cloud ignores offset and sends %s again', async (_label, count, expected) => {
    const offsets = ignoringOffset(count);
    const data = await new QueryClient().fetchInfiniteQuery({ ...attachmentsQuery('s1'), pages: 50 });
    expect(offsets).toEqual(expected);
    expect(data.pages.flat()).toHaveLength(count * expected.length);
  });
});
