import { queryOptions } from '@tanstack/react-query';
import { getImage } from '../../../api/images';
import { hasService } from '../../../api/session';

/**
 * One image by id (GET /v2/images/{id}): the image list holds only active ones, but an instance's image may be
 * private, deactivated or gone (404), and a new snapshot is queued → saving → active.
 */
export const imageDetailQuery = (imageId: string) =>
  queryOptions({
    queryKey: ['images', 'detail', imageId] as const,
    queryFn: ({ signal }) => getImage(imageId, signal),
    staleTime: 5 * 60_000,
    enabled: hasService('image') && imageId !== '',
  });
