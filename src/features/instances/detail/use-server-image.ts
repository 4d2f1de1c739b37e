import { useQuery } from '@tanstack/react-query';
import { serverImageId } from '../../../api/server-refs';
import type { Server } from '../../../api/schemas/server';
import { type ImageFacts, imageFactsOf } from '../server-facts';
import { imageQueries } from '../../images/image-queries';

/**
 * What the server's image says of its OS and login user, for what the server's metadata leaves out (upstream Nova
 * copies nothing there). Undefined for a server booted from a volume, while it loads, when it cannot be read (deleted,
 * another project's) or when not `wanted`. Cached per image: the overview and the connect panel share one request.
 */
export function useServerImage(server: Server, wanted = true): ImageFacts | undefined {
  const options = imageQueries.detail(serverImageId(server) ?? '');
  const query = useQuery({ ...options, enabled: wanted && options.enabled, select: imageFactsOf });
  return query.data;
}
