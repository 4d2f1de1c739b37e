import { queryOptions } from '@tanstack/react-query';
import { getImage } from '../../../api/images';
import { hasService } from '../../../api/session';

/** Every image query of the console sits under one root (the image list of the resources feature too). */
export const imageKeys = {
  all: ['images'] as const,
  detail: (imageId: string) => [...imageKeys.all, 'detail', imageId] as const,
};

/**
 * One image by id (GET /v2/images/{id}): the image list holds only active ones, but an instance's image may be
 * private, deactivated or gone (404), and a new snapshot is queued → saving → active. Also where the list, the
 * overview and the connect panel read an image's OS and login user when the server's metadata has none (upstream
 * Nova): one request per distinct image, shared by every server made from it.
 */
export const imageDetailQuery = (imageId: string) =>
  queryOptions({
    queryKey: imageKeys.detail(imageId),
    queryFn: ({ signal }) => getImage(imageId, signal),
    staleTime: 5 * 60_000,
    enabled: hasService('image') && imageId !== '',
  });
