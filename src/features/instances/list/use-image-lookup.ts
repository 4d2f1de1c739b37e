import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { serverImageId } from '../../../api/server-refs';
import type { Image } from '../../../api/schemas/image';
import type { Server } from '../../../api/schemas/server';
import { hasService } from '../../../api/session';
import { imageQueries } from '../../images/image-queries';
import { type ImageFacts, imageFactsOf, metadataDescribesImage } from '../server-facts';

/** Image id → what the image says of its OS, for the servers whose metadata says nothing of it. */
export type ImageLookup = ReadonlyMap<string, ImageFacts>;

export const NO_IMAGES: ImageLookup = new Map();

/** The distinct images to ask for: those of servers booted from an image whose metadata does not name the OS. */
export function imagesToLookUp(servers: readonly Server[]): string[] {
  const ids = new Set<string>();
  for (const server of servers) {
    if (metadataDescribesImage(server)) continue;
    const id = serverImageId(server);
    if (id !== undefined) ids.add(id);
  }
  return [...ids].sort();
}

/**
 * The images of the list, each asked for once (a fleet of 5,000 servers made from three images costs three
 * requests, and none where the metadata answers, as on NHN Cloud), resolved at the table level so that rows stay
 * plain elements. The lookup keeps its identity until an image's answer changes.
 */
export function useImageLookup(servers: readonly Server[]): ImageLookup {
  const idsKey = useMemo(() => (hasService('image') ? imagesToLookUp(servers).join('\n') : ''), [servers]);
  const ids = useMemo(() => (idsKey === '' ? [] : idsKey.split('\n')), [idsKey]);
  // React Query shares the combined result structurally: `facts` keeps its identity until an image's answer changes.
  const facts = useQueries({ queries: ids.map((id) => imageQueries.detail(id)), combine: factsOfResults });
  return useMemo(() => {
    const lookup = new Map<string, ImageFacts>();
    ids.forEach((id, index) => {
      const found = facts[index];
      if (found) lookup.set(id, found);
    });
    return lookup.size === 0 ? NO_IMAGES : lookup;
  }, [ids, facts]);
}

function factsOfResults(results: ReadonlyArray<{ data?: Image | undefined }>): Array<ImageFacts | null> {
  return results.map((result) => (result.data ? imageFactsOf(result.data) : null));
}
