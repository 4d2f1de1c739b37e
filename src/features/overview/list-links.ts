import type { FacetFilter } from '../../domain/fleet-facets';

/**
 * The instance list filtered to one facet, as the list reads its URL (`group`, `zone`, `family`, `week`). A zone of ""
 * (not placed yet) is written `zone=` with no value.
 */
export function listHref(facet: Partial<FacetFilter>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(facet)) if (value !== null && value !== undefined) search.set(key, value);
  return `/instances?${search.toString()}`;
}
