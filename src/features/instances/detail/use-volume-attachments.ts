import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { VolumeAttachment } from '../../../api/schemas/volume-attachment';
import { listVolumeAttachments, nextAttachmentOffset } from '../../../api/volume-attachments';
import { serverKeys } from '../server-queries';

/**
 * Attachments per request. Nova slices the block-device rows before it drops those without a volume (a local root
 * disk, ephemeral and swap disks: at most a few), so a page can come back a little short although more follow; the
 * page is much larger than those hidden rows (nextAttachmentOffset).
 */
export const ATTACHMENT_PAGE_SIZE = 20;

export const attachmentsQuery = (serverId: string) =>
  infiniteQueryOptions({
    queryKey: serverKeys.attachments(serverId),
    queryFn: ({ pageParam, signal }) => listVolumeAttachments(serverId, { limit: ATTACHMENT_PAGE_SIZE, offset: pageParam }, signal),
    initialPageParam: 0,
    getNextPageParam: (_page, pages) => nextAttachmentOffset(pages, ATTACHMENT_PAGE_SIZE),
  });

/** Every attachment of a server, read page after page with limit/offset until the last (nextAttachmentOffset). */
export function useVolumeAttachments(serverId: string, options: { refetchInterval?: () => number | false } = {}) {
  const query = useInfiniteQuery({ ...attachmentsQuery(serverId), refetchInterval: options.refetchInterval ?? false });
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  // The page count is a dependency too: a fast answer can go by without a render that shows it fetching.
  const pages = query.data?.pages.length ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isError) void fetchNextPage();
  }, [hasNextPage, isFetching, isError, fetchNextPage, pages]);

  const attachments = useMemo(() => {
    // A volume attached or detached between two page reads can shift the rows: keep each volume once.
    const byVolume = new Map<string, VolumeAttachment>();
    for (const attachment of query.data?.pages.flat() ?? []) byVolume.set(attachment.volumeId, attachment);
    return [...byVolume.values()];
  }, [query.data]);

  return { query, attachments, complete: query.isSuccess && !hasNextPage, pagesRead: query.data?.pages.length ?? 0 };
}
