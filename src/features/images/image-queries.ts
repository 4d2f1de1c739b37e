import { queryOptions } from '@tanstack/react-query';
import { getImage, listImages } from '../../api/images';
import { hasService } from '../../api/session';

/** Every query of the Image service (Glance) sits under `imageKeys.all`. */
export const imageKeys = {
  all: ['images'] as const,
  lists: () => [...imageKeys.all, 'list'] as const,
  detail: (imageId: string) => [...imageKeys.all, 'detail', imageId] as const,
};

/** A cloud without an image service in the token's catalog is not an error: `enabled` is false and the UI falls back. */
export const imageQueries = {
  /** Every active image visible to the project, all pages. */
  list: () =>
    queryOptions({
      queryKey: imageKeys.lists(),
      queryFn: async ({ signal }) => (await listImages({ all: true, status: 'active', limit: 1000 }, signal)).items,
      staleTime: 5 * 60_000,
      enabled: hasService('image'),
    }),
  /**
   * One image by id (GET /v2/images/{id}): the list holds only active ones, but an instance's image may be private,
   * deactivated or gone (404), and a new snapshot is queued → saving → active. Also where the instance list, the
   * overview and the connect panel read an image's OS and login user when the server's metadata has none (upstream
   * Nova): one request per distinct image, shared by every server made from it.
   */
  detail: (imageId: string) =>
    queryOptions({
      queryKey: imageKeys.detail(imageId),
      queryFn: ({ signal }) => getImage(imageId, signal),
      staleTime: 5 * 60_000,
      enabled: hasService('image') && imageId !== '',
    }),
};
